package vn.baocao.excel;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.OutputStream;
import java.lang.management.ManagementFactory;
import java.lang.management.MemoryPoolMXBean;
import java.lang.management.MemoryType;
import java.math.BigDecimal;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.streaming.SXSSFWorkbook;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import vn.baocao.api.indicator.Indicator;
import vn.baocao.api.unit.AdministrativeUnit;
import vn.baocao.api.unit.UnitLevel;
import vn.baocao.core.data.ImportResult;
import vn.baocao.core.data.ValueStore;
import vn.baocao.core.units.BundledUnitDirectory;

/**
 * A sheet of a million values, read in a JVM whose heap is limited to 256 MB (the surefire
 * execution {@code memory} of this module's pom forks one with {@code -Xmx256m}). POI's usermodel
 * needs well over a gigabyte for such a sheet; a reader that kept its rows or cells would fail here
 * with an {@link OutOfMemoryError}. The store itself holds the million values, as any import does.
 */
@Tag("memory")
class LargeSheetMemoryTest {
    private static final int VALUES = 1_000_000;

    @TempDir
    Path dir;

    @Test
    void aSheetOfAMillionValuesIsReadInA256MegabyteHeap() throws IOException {
        long maxHeap = Runtime.getRuntime().maxMemory();
        assertThat(maxHeap).as("run in the forked JVM of the memory execution (-Xmx256m)").isLessThanOrEqualTo(256L << 20);

        Path file = dir.resolve("lon.xlsx");
        long t0 = System.nanoTime();
        write(file);
        long t1 = System.nanoTime();

        resetPeaks();
        ValueStore store = Forms.JOB.newStore();
        ImportResult result = Forms.imported(store, file);
        long t2 = System.nanoTime();
        long peak = heapPeak();

        System.out.printf("%,d values, %.1f MB file: written in %.1f s, imported in %.1f s (%,.0f values/s), heap peak %d MB of %d MB%n",
                VALUES, Files.size(file) / 1e6, (t1 - t0) / 1e9, (t2 - t1) / 1e9, VALUES / ((t2 - t1) / 1e9), peak >> 20, maxHeap >> 20);
        assertThat(result.problems()).isEmpty();
        assertThat(result.rows()).isEqualTo(VALUES);
        assertThat(store.size()).isEqualTo(VALUES);
        assertThat(store.value("CM_COUPLES", first, "2026-01")).contains(BigDecimal.ONE);
        assertThat(store.provenance("CM_COUPLES", first, "2026-01")).hasValueSatisfying(p -> assertThat(p.line()).isEqualTo(2));
    }

    private String first;

    /**
     * A sheet laid out like CSV: a value per row for every commune in force from July 2025, every
     * column of the child-marriage program and month from January 2026, up to a million values;
     * written with SXSSF, which keeps only a window of rows in memory.
     */
    private void write(Path file) throws IOException {
        LocalDate day = LocalDate.of(2026, 1, 1);
        List<String> communes = new BundledUnitDirectory().units().stream()
                .filter(u -> u.level() == UnitLevel.COMMUNE && u.existsOn(day)).map(AdministrativeUnit::code).toList();
        first = communes.get(0);
        List<String[]> columns = new ArrayList<>();
        for (Indicator indicator : Forms.PLATFORM.registry().indicatorsOf("child-marriage")) {
            for (EntryFormLayout.Column column : EntryFormLayout.columns(indicator)) {
                columns.add(new String[] {indicator.code(), column.categories().isEmpty() ? "" : column.categories().get(0).code()});
            }
        }
        try (SXSSFWorkbook book = new SXSSFWorkbook(100)) {
            book.setCompressTempFiles(true);
            Sheet sheet = book.createSheet("Sheet1");
            Row header = sheet.createRow(0);
            String[] names = {"indicator", "unit", "period", "sex", "value"};
            for (int c = 0; c < names.length; c++) header.createCell(c).setCellValue(names[c]);
            int r = 1;
            months:
            for (int month = 0; ; month++) {
                String period = String.format("%d-%02d", 2026 + month / 12, month % 12 + 1);
                for (String commune : communes) {
                    for (String[] column : columns) {
                        if (r > VALUES) break months;
                        Row row = sheet.createRow(r);
                        row.createCell(0).setCellValue(column[0]);
                        row.createCell(1).setCellValue(commune);
                        row.createCell(2).setCellValue(period);
                        if (!column[1].isEmpty()) row.createCell(3).setCellValue(column[1]);
                        row.createCell(4).setCellValue(r % 100);
                        r++;
                    }
                }
            }
            try (OutputStream out = Files.newOutputStream(file)) {
                book.write(out);
            }
            book.dispose();
        }
    }

    private static void resetPeaks() {
        System.gc();
        for (MemoryPoolMXBean pool : ManagementFactory.getMemoryPoolMXBeans()) {
            if (pool.getType() == MemoryType.HEAP) pool.resetPeakUsage();
        }
    }

    private static long heapPeak() {
        long peak = 0;
        for (MemoryPoolMXBean pool : ManagementFactory.getMemoryPoolMXBeans()) {
            if (pool.getType() == MemoryType.HEAP) peak += pool.getPeakUsage().getUsed();
        }
        return peak;
    }
}
