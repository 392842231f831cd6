package vn.baocao.app.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * A report source's {@code data:} goes through the same import as {@code baocao import}: the same
 * checks, the same rules at every unit, the categories kept for the report, and files read only
 * from where they belong.
 */
class SourceDataTest {
    private static final JsonMapper JSON = JsonMapper.builder().build();

    @TempDir
    Path dir;

    /** A Tết report of 2023 for the province, its figures from the file(s) named. */
    private Path tetSource(String... data) throws IOException {
        String files = String.join("", java.util.Arrays.stream(data).map(d -> "  - \"" + d + "\"\n").toList());
        return Files.writeString(dir.resolve("bao-cao.yaml"), """
                report:
                  kind: THEMATIC
                  superiorBody: UBND tỉnh Quảng Ngãi
                  issuingBody: Ban Dân tộc
                  number: 15/BC-BDT
                  place: Quảng Ngãi
                  date: 2024-01-10
                  period: 2023
                  title: Kết quả cấp mặt hàng thiết yếu dịp Tết năm 2023
                  addressee: Ủy ban nhân dân tỉnh
                  recipients: [UBND tỉnh]
                  archive: [VT]
                  signature:
                    title: Trưởng Ban
                    name: Nguyễn Văn A
                outline:
                  - id: ket-qua
                    heading: KẾT QUẢ THỰC HIỆN
                content:
                  ket-qua:
                    - block: tet-essential-goods.summary
                    - block: legal-education.yearly-summary
                programs:
                  - name: Chính sách cấp mặt hàng thiết yếu dịp Tết
                    programType: tet-essential-goods
                    agency: Ban Dân tộc tỉnh
                    area: "51"
                    phase: 2023
                  - name: Đề án phổ biến, giáo dục pháp luật
                    programType: legal-education
                    agency: Ban Dân tộc tỉnh
                    area: "51"
                    phase: 2023
                data:
                """ + files);
    }

    /**
     * Two districts of 2023: Sơn Hà's fish sauce is right for its households, Sơn Tây's is double its
     * allotment. The province's totals are within the 5 % the allotment allows (10,100 households ×
     * 2 l = 20,200 l against 19,400 l, 4 % short), so only a check at every unit finds Sơn Tây.
     */
    private static final String DISTRICTS = """
            indicator,unit,period,ethnic_group,value
            TG_HOUSEHOLDS,529,2023,HRE,10000
            TG_FISH_SAUCE,529,2023,,19000
            TG_HOUSEHOLDS,530,2023,CA_DONG,100
            TG_FISH_SAUCE,530,2023,,400
            """;

    @Test
    void figuresOfDifferentLevelsMeetTheRulesAsTheTotalTheReportPrints() throws IOException {
        // the spending under the district, the households under two of its communes: no unit has both,
        // so only the province's totals, which the report divides into its average, can break the ceiling
        Files.writeString(dir.resolve("tet-cap.csv"), """
                indicator,unit,period,ethnic_group,value
                TG_HOUSEHOLDS,21331,2023,COR,420
                TG_HOUSEHOLDS,21334,2023,HRE,380
                TG_SPENDING,530,2023,,9144000000
                """);
        Run run = Run.of("validate", tetSource("tet-cap.csv").toString());
        assertThat(run.exitCode()).as(run.all()).isEqualTo(1);
        // 9.144.000.000 đồng for 800 households is 11.430.000 a household, over the plugin's 180.000
        assertThat(run.out()).contains("bao-cao.yaml:", "51 Tỉnh Quảng Ngãi, 2023 (tổng của các tệp ở data:, số được đưa vào báo cáo): Kinh phí thực hiện 9.144.000.000 đồng",
                "[tet-essential-goods.cost-ceiling] [/data]");

        Files.writeString(dir.resolve("tet-cap.csv"), """
                indicator,unit,period,ethnic_group,value
                TG_HOUSEHOLDS,21331,2023,COR,420
                TG_HOUSEHOLDS,21334,2023,HRE,380
                TG_SPENDING,530,2023,,144000000
                """);
        Run within = Run.of("validate", tetSource("tet-cap.csv").toString());
        assertThat(within.exitCode()).as(within.all()).isZero();
    }

    @Test
    void aSourceDeclaresHowItsDataFilesWriteFigures() throws IOException {
        Path example = Path.of(System.getProperty("baocao.examples", "../docs/examples"), "so-lieu-tao-hon-2023");
        // one commune wrote its 1.003 couples the Vietnamese way (an unlikely figure, unmistakable in the total)
        Files.writeString(dir.resolve("tao-hon-2022-2023.csv"), Files.readString(example.resolve("tao-hon-2022-2023.csv"))
                .replace("CM_COUPLES,21010,2022-03,,3,", "CM_COUPLES,21010,2022-03,,\"1.003\","));
        Path source = Files.writeString(dir.resolve("bao-cao.yaml"), Files.readString(example.resolve("bao-cao.yaml")));

        Run undeclared = Run.of("validate", source.toString());
        assertThat(undeclared.exitCode()).as(undeclared.all()).isEqualTo(1);
        assertThat(undeclared.all()).contains("tao-hon-2022-2023.csv:2:", "“1.003” có hai cách đọc");

        Files.writeString(source, Files.readString(source) + "\nnumberStyle: vi\n");
        Run declared = Run.of("render", source.toString(), "--format", "md", "--out", dir.resolve("out").toString());
        assertThat(declared.exitCode()).as(declared.all()).isZero();
        // 2022: the example's 14 couples, the commune's 3 now 1.003
        assertThat(Files.readString(dir.resolve("out/bao-cao.md"))).contains("| Số cặp tảo hôn | cặp | 1.014 |");
    }

    @Test
    void anAllotmentDoubledInOneDistrictIsFoundByImportAndBySourceAlike() throws IOException {
        Files.writeString(dir.resolve("tet-huyen.csv"), DISTRICTS);
        Path conf = Files.createDirectories(dir.resolve("conf/rules"));
        // an installation rule file applies to both as well
        Files.writeString(conf.resolve("tet.yaml"), """
                rules:
                  - id: qn.persons-reported
                    message: {vi: "Thiếu số khẩu ({0})", en: "Persons missing ({0})"}
                    left: "#{TG_HOUSEHOLDS}"
                    operator: requires
                    right: "#{TG_PERSONS}"
                    importance: WARNING
                """);
        String confDir = dir.resolve("conf").toString();
        Run imported = Run.of("import", "--conf-dir", confDir, "--output", "json", dir.resolve("tet-huyen.csv").toString());
        Run validated = Run.of("validate", "--conf-dir", confDir, "--output", "json", tetSource("tet-huyen.csv").toString());
        assertThat(imported.exitCode()).as(imported.all()).isEqualTo(ExitCodes.INVALID);
        assertThat(validated.exitCode()).as(validated.all()).isEqualTo(ExitCodes.INVALID);

        Set<String> fromImport = new TreeSet<>();
        for (JsonNode v : JSON.readTree(imported.out()).get("violations")) {
            fromImport.add(v.get("rule").asString() + " " + v.get("unit").asString() + " " + v.get("period").asString() + " line " + v.get("line").asInt());
        }
        Set<String> fromSource = new TreeSet<>();
        Pattern place = Pattern.compile("^(\\d+) [^,]+, (\\S+): ");
        for (JsonNode p : JSON.readTree(validated.out()).get("files").get(0).get("problems")) {
            Matcher m = place.matcher(p.get("message").asString());
            assertThat(m.find()).as(p.toString()).isTrue();
            assertThat(p.get("file").asString()).endsWith("tet-huyen.csv");
            fromSource.add(p.get("code").asString() + " " + m.group(1) + " " + m.group(2) + " line " + p.get("line").asInt());
        }
        assertThat(fromImport).containsExactly(
                "qn.persons-reported 529 2023 line 2",
                "qn.persons-reported 530 2023 line 4",
                "tet-essential-goods.allotment.fish-sauce 530 2023 line 5");
        assertThat(fromSource).isEqualTo(fromImport);
    }

    @Test
    void theWomensCountReachesThePluginsSentenceFromDataFiles() throws IOException {
        Files.writeString(dir.resolve("pbgdpl.csv"), """
                indicator,unit,period,sex,value
                LE_SESSIONS,21028,2026-01,,3
                LE_PARTICIPANTS,21028,2026-01,F,6
                LE_PARTICIPANTS,21028,2026-01,M,9
                LE_SESSIONS,23293,2026-02,,2
                LE_PARTICIPANTS,23293,2026-02,F,40
                LE_PARTICIPANTS,23293,2026-02,M,2
                """);
        String source = Files.readString(tetSource("pbgdpl.csv")).replace("period: 2023", "period: 2026").replace("phase: 2023", "phase: 2026")
                .replace("năm 2023", "năm 2026").replace("date: 2024-01-10", "date: 2026-12-20");
        Path file = Files.writeString(dir.resolve("bao-cao.yaml"), source);
        Run run = Run.of("render", file.toString(), "--format", "md", "--out", dir.resolve("out").toString());
        assertThat(run.exitCode()).as(run.all()).isEqualTo(ExitCodes.OK);
        // 6 + 40 women of 57 attendances, in 5 sessions, in the province
        assertThat(Files.readString(dir.resolve("out/bao-cao.md")))
                .contains("Năm 2026, đã tổ chức 5 buổi tuyên truyền, phổ biến, giáo dục pháp luật với 57 lượt người tham dự (nữ 46 lượt)");
    }

    @Test
    void aDerivedIndicatorNamingACategoryComesOutTheSameFromDataAsFromTypedFigures() throws IOException {
        Files.writeString(dir.resolve("pbgdpl.csv"), """
                indicator,unit,period,sex,value
                LE_SESSIONS,21028,2026-01,,3
                LE_PARTICIPANTS,21028,2026-01,F,6
                LE_PARTICIPANTS,21028,2026-01,M,9
                LE_SESSIONS,23293,2026-02,,2
                LE_PARTICIPANTS,23293,2026-02,F,40
                LE_PARTICIPANTS,23293,2026-02,M,2
                """);
        String fromData = comparisonOf(legalEducationSource("data: [pbgdpl.csv]\n"));
        String fromTyped = comparisonOf(legalEducationSource("""
                    results:
                      - {indicator: LE_SESSIONS, period: 2026, value: 5}
                      - {indicator: LE_PARTICIPANTS, period: 2026, categories: {SEX: F}, value: 46}
                      - {indicator: LE_PARTICIPANTS, period: 2026, categories: {SEX: M}, value: 11}
                """));
        // 46 women of 57 attendances: 80,7 %
        assertThat(fromData).contains("Tỷ lệ lượt nữ tham dự").contains("80,7");
        assertThat(fromTyped).isEqualTo(fromData);
    }

    /** A legal-education report of 2026 whose comparison table shows the derived indicators. */
    private Path legalEducationSource(String figures) throws IOException {
        return Files.writeString(dir.resolve("so-sanh.yaml"), """
                report:
                  kind: THEMATIC
                  superiorBody: UBND tỉnh Quảng Ngãi
                  issuingBody: Ban Dân tộc
                  number: 16/BC-BDT
                  place: Quảng Ngãi
                  date: 2026-12-20
                  period: 2026
                  title: Kết quả phổ biến, giáo dục pháp luật năm 2026
                  addressee: Ủy ban nhân dân tỉnh
                  recipients: [UBND tỉnh]
                  archive: [VT]
                  signature:
                    title: Trưởng Ban
                    name: Nguyễn Văn A
                outline:
                  - id: so-lieu
                    heading: SỐ LIỆU
                content:
                  so-lieu:
                    - block: indicator-comparison
                      options: {program: legal-education}
                programs:
                  - name: Đề án phổ biến, giáo dục pháp luật
                    programType: legal-education
                    agency: Ban Dân tộc tỉnh
                    area: "51"
                    phase: 2026
                """ + figures);
    }

    private String comparisonOf(Path source) throws IOException {
        Path out = dir.resolve("out-" + System.nanoTime());
        Run run = Run.of("render", source.toString(), "--format", "md", "--out", out.toString());
        assertThat(run.exitCode()).as(run.all()).isEqualTo(ExitCodes.OK);
        String md = Files.readString(out.resolve("so-sanh.md"));
        return md.substring(md.indexOf("SỐ LIỆU"));
    }

    @Test
    void aRuleIdIsUsedOnceAcrossPluginsAndFiles() throws IOException {
        String rule = """
                rules:
                  - id: %s
                    message: {vi: "{0} {1}", en: "{0} {1}"}
                    left: "#{CM_COUPLES}"
                    operator: "<="
                    right: "100"
                """;
        Path first = Files.writeString(dir.resolve("mot.yaml"), rule.formatted("qn.couples-limit"));
        Path second = Files.writeString(dir.resolve("hai.yaml"), rule.formatted("qn.couples-limit"));
        Path plugins = Files.writeString(dir.resolve("ba.yaml"), rule.formatted("child-marriage.persons-at-least-couples"));
        Path data = Files.writeString(dir.resolve("tao-hon.csv"), "indicator,unit,period,value\nCM_COUPLES,21028,2026,3\n");
        Run run = Run.of("import", data.toString(), "--rules", first.toString(), "--rules", second.toString(), "--rules", plugins.toString());
        assertThat(run.exitCode()).as(run.all()).isEqualTo(ExitCodes.INVALID);
        assertThat(run.out())
                .contains(second + ":2:5: lỗi: Mã quy tắc “qn.couples-limit” đã được dùng (" + first + ":2).")
                .contains(plugins + ":2:5: lỗi: Mã quy tắc “child-marriage.persons-at-least-couples” đã được dùng (child-marriage")
                .doesNotContain("Đã kiểm tra");
    }

    @Test
    void aDataFileIsReadOnlyFromTheSourcesOwnFolder() throws IOException, InterruptedException {
        Path outside = Files.createDirectories(dir.getParent().resolve(dir.getFileName() + "-outside"));
        Files.writeString(outside.resolve("bi-mat.csv"), "root:x:0:0:root:/root:/bin/bash\n");
        Path source = Files.createDirectories(dir.resolve("nguon"));
        Files.createSymbolicLink(source.resolve("lien-ket.csv"), outside.resolve("bi-mat.csv"));
        Files.createSymbolicLink(source.resolve("thiet-bi.csv"), Path.of("/dev/zero"));
        Process fifo = new ProcessBuilder("mkfifo", source.resolve("ong.csv").toString()).start();
        assertThat(fifo.waitFor()).isZero();
        Path file = Files.writeString(source.resolve("bao-cao.yaml"), Files.readString(tetSource(
                "../" + dir.getFileName() + "-outside/bi-mat.csv", outside.resolve("bi-mat.csv").toString(), "lien-ket.csv",
                "thiet-bi.csv", "ong.csv", "/etc/passwd")));
        List<String> expected = List.of("data.outside.parent", "data.outside.absolute", "data.outside.link", "data.outside.link",
                "data.notAFile", "data.outside.absolute");
        for (String lang : List.of("vi", "en")) {
            Run text = Run.of("validate", "--lang", lang, file.toString());
            assertThat(text.exitCode()).isEqualTo(ExitCodes.INVALID);
            assertThat(text.all()).doesNotContain("root:x").doesNotContain("Exception");
            // each at its own data: entry, lines 35 to 40 of the source
            for (int line = 35; line <= 40; line++) {
                assertThat(text.out()).contains(file + ":" + line + ":");
            }
        }
        JsonNode problems = JSON.readTree(Run.of("validate", "--output", "json", file.toString()).out()).get("files").get(0).get("problems");
        assertThat(problems).extracting(p -> p.get("code").asString()).containsExactlyElementsOf(expected);
        assertThat(problems).extracting(p -> p.get("pointer").asString())
                .containsExactly("/data/0", "/data/1", "/data/2", "/data/3", "/data/4", "/data/5");
    }

    @Test
    void aFileThatIsNotDataIsReportedWithoutItsContent() throws IOException {
        Files.writeString(dir.resolve("mat-khau.csv"), "root:x:0:0:root:/root:/bin/bash\ndaemon:x:1:1:daemon:/usr/sbin\n");
        Run run = Run.of("validate", tetSource("mat-khau.csv").toString());
        assertThat(run.exitCode()).isEqualTo(ExitCodes.INVALID);
        assertThat(run.out()).contains("mat-khau.csv:1:1: lỗi: Tệp không phải là tệp số liệu CSV").doesNotContain("root").doesNotContain("daemon");
    }
}
