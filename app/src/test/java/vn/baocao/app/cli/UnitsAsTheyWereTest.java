package vn.baocao.app.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.apache.poi.xwpf.usermodel.XWPFDocument;
import org.apache.poi.xwpf.usermodel.XWPFTable;
import org.apache.poi.xwpf.usermodel.XWPFTableRow;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A report of 2019 from the example's values, entered under the units of 2019 (before Resolution
 * 867/NQ-UBTVQH14). By hand, from the CSV:
 * <ul>
 *   <li>Huyện Tây Trà, 2019: Trà Quân 4 + Trà Khê 6 + Trà Phong 5 + Trà Trung 2 + the district's own 10 = 27;
 *       2018: 3 + 4 = 7;</li>
 *   <li>Huyện Đức Phổ (a district until 2020): Phổ Văn, 2019: 7, 2018: 5; Huyện Ba Tơ: Ba Chùa 8;
 *       Huyện Lý Sơn: An Vĩnh 3; Thành phố Quảng Ngãi: Lê Hồng Phong 1;</li>
 *   <li>the province, 2019: 27 + 7 + 8 + 3 + 1 = 46; 2018: 12;</li>
 *   <li>under the communes of 2026: Xã Tây Trà gets Trà Quân, Trà Khê and Trà Phong (2019: 15,
 *       2018: 7), Xã Tây Trà Bồng gets Trà Trung (2), Phường Trà Câu gets Phổ Văn (7 and 5), Xã Ba Tơ
 *       gets the divided Ba Chùa (8, said below the table), Đặc khu Lý Sơn gets An Vĩnh (3), and Tây
 *       Trà's own 10 has a row of its own.</li>
 * </ul>
 */
class UnitsAsTheyWereTest {
    private static final Path EXAMPLE = Path.of(System.getProperty("baocao.examples", "../docs/examples"), "so-lieu-tao-hon-2019");

    @TempDir
    Path out;

    @Test
    void aReportOf2019ListsTayTraAndCallsDucPhoADistrict() throws IOException {
        Run run = Run.of("render", EXAMPLE.resolve("bao-cao.yaml").toString(), "--format", "md,docx", "--out", out.toString());
        assertThat(run.exitCode()).as(run.all()).isZero();
        String md = Files.readString(out.resolve("bao-cao.md"));
        assertThat(md).contains("| Số cặp tảo hôn | cặp | 12 | 46 |")
                .containsPattern("\\| \\d+ \\| Huyện Tây Trà \\| 7 \\| 27 \\|")
                .containsPattern("\\| \\d+ \\| Huyện Đức Phổ \\| 5 \\| 7 \\|")
                .containsPattern("\\| \\d+ \\| Huyện Lý Sơn \\| — \\| 3 \\|")
                .doesNotContain("Thị xã Đức Phổ");
        assertThat(md).containsPattern("\\| \\d+ \\| Xã Tây Trà \\| 7 \\| 15 \\|")
                .containsPattern("\\| \\d+ \\| Xã Tây Trà Bồng \\| — \\| 2 \\|")
                .containsPattern("\\| \\d+ \\| Phường Trà Câu \\| 5 \\| 7 \\|")
                .containsPattern("\\| \\d+ \\| Xã Ba Tơ \\| — \\| 8 \\|")
                .containsPattern("\\| \\d+ \\| Đặc khu Lý Sơn \\| — \\| 3 \\|")
                .contains("| — | 10 |")
                .contains("*Số liệu của Xã Ba Chùa (mã 21514), đã chia tách, được tính vào Xã Ba Tơ.*");
        assertThat(md.split("\\| {2}\\| \\*\\*Tổng cộng\\*\\* \\| \\*\\*12\\*\\* \\| \\*\\*46\\*\\* \\|", -1)).hasSize(3);

        try (InputStream in = Files.newInputStream(out.resolve("bao-cao.docx")); XWPFDocument docx = new XWPFDocument(in)) {
            List<String> firstAnnex = docx.getTables().stream().filter(t -> t.getText().contains("Huyện Tây Trà")).findFirst()
                    .map(UnitsAsTheyWereTest::rows).orElseThrow();
            assertThat(firstAnnex).contains("Huyện Tây Trà|7|27", "Huyện Đức Phổ|5|7", "Huyện Trà Bồng|—|—");
        }
    }

    @Test
    void aProvinceThatCeasedIn2025IsNamedWithItsSuccessorAndTheDay() throws IOException {
        // Kon Tum (62) became part of Quảng Ngãi (51) on 1 July 2025, as the bundled unit data holds it
        Path values = Files.writeString(out.resolve("kon-tum-2026.csv"), "indicator,unit,period,value\nCM_COUPLES,62,2026-01,3\n");
        Run run = Run.of("--lang", "en", "import", values.toString());
        assertThat(run.exitCode()).isEqualTo(1);
        assertThat(run.all()).contains(values + ":2:12: error: Unit “62” did not exist in period 2026-01.")
                .contains("hint: This code is that of Tỉnh Kon Tum (62), in existence until 30/06/2025, then 51 Tỉnh Quảng Ngãi.");
    }

    private static List<String> rows(XWPFTable table) {
        return table.getRows().stream().map(UnitsAsTheyWereTest::row).toList();
    }

    private static String row(XWPFTableRow row) {
        return String.join("|", row.getTableCells().subList(1, row.getTableCells().size()).stream().map(c -> c.getText().strip()).toList());
    }

    @Test
    void unitsOf2019AreFoundOnTheirDayWithWhatTheyBecame() {
        Run run = Run.of("--lang", "en", "units", "tra quan", "--on", "2019-06-30");
        assertThat(run.exitCode()).as(run.all()).isZero();
        assertThat(run.out()).containsPattern("21151\\s+Xã Trà Quân\\s+commune\\s+526 Huyện Tây Trà\\s+.*31/01/2020\\s+21148 Xã Sơn Trà");
        // on a day of 2019 Đức Phổ is a district, and became the town the last column names
        assertThat(Run.of("units", "duc pho", "--on", "2019-06-30").out()).containsPattern("534\\s+Huyện Đức Phổ\\s+cấp huyện")
                .containsPattern("31/01/2020\\s+534 Thị xã Đức Phổ").doesNotContainPattern("534\\s+Thị xã Đức Phổ\\s+cấp");
    }

    @TempDir
    Path conf;

    @Test
    void anInstallationsFileOfChangesIsCheckedBeforeTheCommandRuns() throws IOException {
        Files.createDirectories(conf.resolve("units"));
        Path file = Files.writeString(conf.resolve("units/tinh-khac.yaml"), """
                changes:
                  - date: 2019-01-01
                    kind: merge
                    basis: "Nghị quyết thử"
                    from:
                      - {code: "21145", name: "Xã Trà Thanh", level: commune, parent: "526"}
                    to:
                      - {code: "21148"}
                """);
        Run run = Run.of("--conf-dir", conf.toString(), "--lang", "en", "units", "tra thanh");
        assertThat(run.exitCode()).isEqualTo(ExitCodes.USAGE);
        assertThat(run.err()).contains(file + " /changes/0/from/0: unit 21145 (Xã Trà Thanh) is still in force after 2019-01-01")
                .contains("list that code under to as well").doesNotContain("Exception");

        Files.writeString(file, """
                changes:
                  - date: 2019-01-01
                    kind: rename
                    basis: "Nghị quyết thử"
                    from:
                      - {code: "21145", name: "Xã Trà Thanh Cũ", level: commune, parent: "526"}
                    to:
                      - {code: "21145"}
                """);
        Run renamed = Run.of("--conf-dir", conf.toString(), "--lang", "en", "units", "tra thanh cu");
        assertThat(renamed.exitCode()).as(renamed.all()).isZero();
        assertThat(renamed.out()).containsPattern("21145\\s+Xã Trà Thanh Cũ");
    }
}
