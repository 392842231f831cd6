package vn.baocao.benchmarks;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import vn.baocao.api.unit.AdministrativeUnit;

/**
 * The floor: the least a program can do with the file. A hand-written byte parser, checks by lookups
 * in small arrays (known indicator, known commune, valid month, value ≥ 0) and sums into a
 * {@code long[]} per (indicator, province, year, sex). No platform code.
 */
final class FloorSum {
    private final int[] provinceOfCommune = new int[100_000];
    private final int provinces;

    FloorSum(List<AdministrativeUnit> communes) {
        java.util.Arrays.fill(provinceOfCommune, -1);
        java.util.Map<String, Integer> provinceIds = new java.util.HashMap<>();
        for (AdministrativeUnit c : communes) {
            int p = provinceIds.computeIfAbsent(c.parentCode().orElseThrow(), k -> provinceIds.size());
            provinceOfCommune[Integer.parseInt(c.code())] = p;
        }
        provinces = provinceIds.size();
    }

    /** Returns {values, errors, checksum}. */
    long[] run(Path file) throws IOException {
        int indicators = BenchmarkIndicatorsPlugin.INDICATORS;
        long[] sums = new long[indicators * provinces * NationalDataset.YEARS * 2];
        long values = 0;
        long errors = 0;
        byte[] buf = new byte[1 << 20];
        int filled = 0;
        boolean header = true;
        try (InputStream in = Files.newInputStream(file)) {
            while (true) {
                int read = in.read(buf, filled, buf.length - filled);
                if (read < 0) break;
                filled += read;
                int start = 0;
                for (int i = 0; i < filled; i++) {
                    if (buf[i] != '\n') continue;
                    if (header) {
                        header = false;
                    } else {
                        // BM07,21484,2026-06,F,17
                        int p = start;
                        int ind = (buf[p + 2] - '0') * 10 + (buf[p + 3] - '0') - 1;
                        p += 5;
                        int unit = 0;
                        while (buf[p] != ',') unit = unit * 10 + (buf[p++] - '0');
                        p++;
                        int year = (buf[p] - '0') * 1000 + (buf[p + 1] - '0') * 100 + (buf[p + 2] - '0') * 10 + (buf[p + 3] - '0');
                        int month = (buf[p + 5] - '0') * 10 + (buf[p + 6] - '0');
                        p += 8;
                        int sex = buf[p] == 'F' ? 1 : buf[p] == 'M' ? 0 : -1;
                        p += 2;
                        long v = 0;
                        for (; p < i; p++) v = v * 10 + (buf[p] - '0');
                        int province = unit < provinceOfCommune.length ? provinceOfCommune[unit] : -1;
                        int y = year - NationalDataset.FIRST_YEAR;
                        if (ind < 0 || ind >= indicators || province < 0 || y < 0 || y >= NationalDataset.YEARS
                                || month < 1 || month > 12 || sex < 0 || v < 0) {
                            errors++;
                        } else {
                            sums[((ind * provinces + province) * NationalDataset.YEARS + y) * 2 + sex] += v;
                            values++;
                        }
                    }
                    start = i + 1;
                }
                System.arraycopy(buf, start, buf, 0, filled - start);
                filled -= start;
            }
        }
        long checksum = 0;
        for (long s : sums) checksum += s;
        return new long[] {values, errors, checksum};
    }
}
