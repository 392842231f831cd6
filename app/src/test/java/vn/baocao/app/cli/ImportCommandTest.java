package vn.baocao.app.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/** {@code baocao import} on real CSV files: every bad row with its place, in both languages. */
class ImportCommandTest {
    private static final Path DATA = Path.of(System.getProperty("baocao.testData", "src/test/data"));

    @Test
    void aGoodFileIsTakenAndSummarised() {
        Run run = Run.of("import", DATA.resolve("tao-hon-2026.csv").toString());
        assertThat(run.exitCode()).as(run.all()).isZero();
        assertThat(run.out()).contains("đã nhận 4 dòng: 4 giá trị mới, 0 giá trị thay đổi, 0 giá trị không đổi.");
    }

    @Test
    void aFileWithErrorsInSeveralRowsListsEachAndStoresNothing() {
        String file = DATA.resolve("tao-hon-2026-loi.csv").toString();
        Run vi = Run.of("import", file);
        Run en = Run.of("import", "--lang", "en", file);
        assertThat(vi.exitCode()).isEqualTo(ExitCodes.INVALID);
        assertThat(vi.out()).contains(file + ":3:1: lỗi: Không có chỉ tiêu mã “CM_COUPLE”")
                .contains(file + ":4:12: lỗi: Đơn vị “21010” không tồn tại trong kỳ 2026-02.")
                .contains(file + ":5:35: lỗi: Không có nhóm “X” trong phân tổ SEX.")
                .contains(file + ":6:27: lỗi: Giá trị “-2” của chỉ tiêu CM_COUPLES phải là số nguyên không âm.")
                .contains("không nhận: 4 lỗi");
        assertThat(en.out()).contains(file + ":4:12: error: Unit “21010” did not exist in period 2026-02.").contains("refused: 4 errors");
        assertThat(vi.all() + en.all()).doesNotContain("Exception");

        JsonNode json = JsonMapper.builder().build().readTree(Run.of("import", "--output", "json", file).out());
        assertThat(json.get("files").get(0).get("stored").asBoolean()).isFalse();
        assertThat(json.get("files").get(0).get("problems")).extracting(p -> p.get("line").asInt()).containsExactly(3, 4, 5, 6);
    }

    @Test
    void anIndicatorOutsideTheProgramIsAnErrorNamingIt() {
        String file = DATA.resolve("tet-2023.csv").toString();
        Run wrong = Run.of("import", "--program", "child-marriage", file);
        assertThat(wrong.exitCode()).isEqualTo(ExitCodes.INVALID);
        assertThat(wrong.out()).contains(file + ":2:1: lỗi: Chỉ tiêu “TG_HOUSEHOLDS” không thuộc chương trình “child-marriage”.")
                .contains("CM_COUPLES");
        assertThat(Run.of("import", "--program", "child-marriage", DATA.resolve("tao-hon-2026.csv").toString()).exitCode())
                .as("a file of the program's own indicators").isZero();
        assertThat(Run.of("import", "--program", "khong-co", file).exitCode()).isEqualTo(ExitCodes.USAGE);
    }

    @Test
    void valuesWrittenAsYamlGetTheSameChecksPlacedAtTheirFields() {
        Run good = Run.of("import", DATA.resolve("tao-hon-2026.yaml").toString());
        assertThat(good.exitCode()).as(good.all()).isZero();
        assertThat(good.out()).contains("đã nhận 3 dòng: 3 giá trị mới");

        String file = DATA.resolve("tao-hon-2026-loi.yaml").toString();
        Run bad = Run.of("import", file);
        assertThat(bad.exitCode()).isEqualTo(ExitCodes.INVALID);
        // a misspelt field is refused by reading, before any value is checked
        assertThat(bad.out()).contains(file + ":19:5: lỗi: ").contains("[/values/3/valeu]").contains("không nhận: 1 lỗi");

        Run values = Run.of("import", DATA.resolve("tao-hon-2026-loi-gia-tri.yaml").toString());
        assertThat(values.exitCode()).as(values.all()).isEqualTo(ExitCodes.INVALID);
        assertThat(values.out()).contains(":5:5: lỗi: “hai” không phải là một số. [/values/0/value]")
                .contains(":7:5: lỗi: Đơn vị “21010” không tồn tại trong kỳ 2026-02. [/values/1/unit]")
                .contains("lỗi: Không có nhóm “X” trong phân tổ SEX. [/values/2/categories/SEX]")
                .contains("không nhận: 3 lỗi");
    }

    @Test
    void aMissingFileIsAUsageError() {
        Run missing = Run.of("import", DATA.resolve("khong-co.csv").toString());
        assertThat(missing.exitCode()).isEqualTo(ExitCodes.USAGE);
        assertThat(missing.out()).contains("Không có tệp này.");
    }

    @Test
    void aFolderOrADeviceIsSaidToBeNoFileRatherThanMissing(@org.junit.jupiter.api.io.TempDir Path folder) {
        for (String given : new String[] {folder.toString(), "/dev/null"}) {
            Run vi = Run.of("import", given);
            Run en = Run.of("import", "--lang", "en", given);
            assertThat(vi.exitCode()).as(vi.all()).isEqualTo(ExitCodes.USAGE);
            assertThat(vi.out()).contains("“" + given + "” không phải là một tệp thông thường").doesNotContain("Không có tệp này");
            assertThat(en.out()).contains("“" + given + "” is not a plain file");
        }
    }

    @Test
    void aRuleFileIsPickedUpWithoutCompilingAndEveryViolationListed() {
        Path rules = Path.of(System.getProperty("baocao.examples", "../docs/examples"), "rules", "tet-essential-goods.yaml");
        Run run = Run.of("import", DATA.resolve("tet-2023.csv").toString(), "--rules", rules.toString());
        assertThat(run.exitCode()).as(run.all()).isEqualTo(ExitCodes.INVALID);
        assertThat(run.out())
                .contains("tet-2023.csv:3: 51 Tỉnh Quảng Ngãi, 2023: lỗi: Số hộ được cấp đã báo cáo (51.300) nhưng thiếu số khẩu được cấp. [tet.persons-reported]")
                .contains("[tet.allocation-near-ceiling]")
                .contains("cảnh báo: Số hộ được cấp (51.300) tăng quá 20% so với năm trước (48.000 là mức tối đa). [tet.households-growth]")
                .contains("21028 Phường Nghĩa Lộ, 2026: lỗi: Số người tảo hôn (26) nhiều hơn gấp đôi số cặp tảo hôn")
                .contains("[tet-essential-goods.allotment.fish-sauce]")
                .contains("Đã kiểm tra 12 quy tắc: 7 vi phạm.");

        JsonNode json = JsonMapper.builder().build().readTree(Run.of("import", "--output", "json", DATA.resolve("tet-2023.csv").toString(),
                "--rules", rules.toString()).out());
        assertThat(json.get("violations")).extracting(v -> v.get("rule").asString()).containsExactlyInAnyOrder(
                "child-marriage.persons-at-most-twice-couples", "tet.persons-reported", "tet.persons-reported", "tet.allocation-near-ceiling",
                "tet.households-growth", "tet-essential-goods.allotment.fish-sauce", "tet-essential-goods.spending-within-allocation");
    }

    @Test
    void aRuleFileDroppedIntoTheInstallationsConfRulesAppliesWithoutCompiling(@org.junit.jupiter.api.io.TempDir Path conf)
            throws java.io.IOException {
        Path rules = Path.of(System.getProperty("baocao.examples", "../docs/examples"), "rules", "tet-essential-goods.yaml");
        java.nio.file.Files.createDirectories(conf.resolve("rules"));
        java.nio.file.Files.copy(rules, conf.resolve("rules").resolve("tet.yaml"));
        Run without = Run.of("import", DATA.resolve("tet-2023.csv").toString());
        assertThat(without.out()).doesNotContain("[tet.persons-reported]");
        Run with = Run.of("import", "--conf-dir", conf.toString(), DATA.resolve("tet-2023.csv").toString());
        assertThat(with.exitCode()).isEqualTo(ExitCodes.INVALID);
        assertThat(with.out()).contains("[tet.persons-reported]").contains("Đã kiểm tra 12 quy tắc: 7 vi phạm.");
    }

    @Test
    void aBrokenRuleFileIsReportedWithItsPlaces() {
        String rules = DATA.resolve("rules-broken.yaml").toString();
        Run run = Run.of("import", DATA.resolve("tet-2023.csv").toString(), "--rules", rules);
        assertThat(run.exitCode()).isEqualTo(ExitCodes.INVALID);
        assertThat(run.out()).contains(rules + ":5:5: lỗi: Không có phép so sánh “≈”.")
                .contains(rules + ":7:5: lỗi: Thiếu trường bắt buộc “right”.")
                .doesNotContain("Thiếu trường bắt buộc “operator”")
                .doesNotContain("vi phạm");
    }
}
