package vn.baocao.benchmarks;

import java.io.BufferedOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import java.util.SplittableRandom;
import vn.baocao.api.unit.AdministrativeUnit;
import vn.baocao.api.unit.UnitLevel;
import vn.baocao.core.units.BundledUnitDirectory;

/**
 * A synthetic national dataset over the real 3,321 communes in force from 1 July 2025: 5 years
 * (2026–2030) × 12 months × 30 indicators × 2 sexes, about 12 million values, as CSV
 * ({@code indicator,unit,period,sex,value}). Seeded, so every run writes the same file.
 */
final class NationalDataset {
    static final int FIRST_YEAR = 2026;
    static final int YEARS = 5;

    private NationalDataset() {}

    static List<AdministrativeUnit> communes() {
        LocalDate day = LocalDate.of(FIRST_YEAR, 1, 1);
        return new BundledUnitDirectory().units().stream()
                .filter(u -> u.level() == UnitLevel.COMMUNE && u.existsOn(day))
                .toList();
    }

    /** Writes the file unless it is already there; returns the number of value lines. */
    static long write(Path file) throws IOException {
        List<AdministrativeUnit> communes = communes();
        long rows = (long) communes.size() * YEARS * 12 * BenchmarkIndicatorsPlugin.INDICATORS * 2;
        if (Files.exists(file) && Files.size(file) > rows * 20) {
            return rows;
        }
        Files.createDirectories(file.toAbsolutePath().getParent());
        Path tmp = file.resolveSibling(file.getFileName() + ".tmp");
        SplittableRandom random = new SplittableRandom(20260101L);
        try (OutputStream out = new BufferedOutputStream(Files.newOutputStream(tmp), 1 << 20)) {
            out.write("indicator,unit,period,sex,value\n".getBytes(StandardCharsets.US_ASCII));
            StringBuilder line = new StringBuilder(64);
            for (AdministrativeUnit commune : communes) {
                for (int y = 0; y < YEARS; y++) {
                    for (int m = 1; m <= 12; m++) {
                        String period = String.format("%d-%02d", FIRST_YEAR + y, m);
                        for (int i = 0; i < BenchmarkIndicatorsPlugin.INDICATORS; i++) {
                            for (String sex : new String[] {"M", "F"}) {
                                line.setLength(0);
                                line.append(BenchmarkIndicatorsPlugin.code(i)).append(',').append(commune.code()).append(',')
                                        .append(period).append(',').append(sex).append(',').append(random.nextInt(100)).append('\n');
                                out.write(line.toString().getBytes(StandardCharsets.US_ASCII));
                            }
                        }
                    }
                }
            }
        }
        Files.move(tmp, file, java.nio.file.StandardCopyOption.REPLACE_EXISTING);
        return rows;
    }
}
