package vn.baocao.app.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/** The commands as a user types them: help, the plugin report, the catalogue, the example, usage errors. */
class CommandLineTest {
    private static final Path EXAMPLE = Path.of(System.getProperty("baocao.examples", "../docs/examples"),
            "dan-van-kheo-2023", "bao-cao.yaml");

    @Test
    void testsRunInsideTheNamedAppModule() {
        assertThat(getClass().getModule().isNamed()).isTrue();
        assertThat(getClass().getModule().getName()).isEqualTo("vn.baocao.app");
    }

    @Test
    void theExampleReportSourceIsValid() {
        Run run = Run.of("validate", EXAMPLE.toString());
        assertThat(run.exitCode()).isEqualTo(ExitCodes.OK);
        assertThat(run.out()).contains("bao-cao.yaml: hợp lệ");
    }

    @Test
    void everyCommandHasHelpInBothLanguages() {
        for (String command : new String[] {"plugins", "indicators", "blocks", "validate", "render", "consolidate", "import", "template", "units", "schema",
                "serve", "users"}) {
            Run vi = Run.of(command, "--help");
            Run en = Run.of(command, "--help", "--lang", "en");
            assertThat(vi.exitCode()).isZero();
            assertThat(vi.out()).contains("Cách dùng: baocao " + command).contains("Tùy chọn:");
            assertThat(en.out()).contains("Usage: baocao " + command).contains("Options:");
            Leaks.assertNone(vi.all());
            Leaks.assertNone(en.all());
        }
        Leaks.assertNone(Run.of("--help").all());
        Leaks.assertNone(Run.of("--help", "--lang", "en").all());
    }

    @Test
    void thePluginReportListsTheBundledPlugin() {
        Run run = Run.of("plugins", "--output", "json");
        assertThat(run.exitCode()).isZero();
        JsonNode rows = JsonMapper.builder().build().readTree(run.out());
        assertThat(rows).anySatisfy(r -> {
            assertThat(r.get("id").asString()).isEqualTo("child-marriage");
            assertThat(r.get("status").asString()).isEqualTo("LOADED");
        });
        assertThat(Run.of("plugins").out()).contains("child-marriage").contains("đã nạp");
    }

    @Test
    void theIndicatorCatalogueCanBeNarrowedToOneProgram() {
        Run run = Run.of("indicators", "--program", "child-marriage", "--lang", "en");
        assertThat(run.exitCode()).isZero();
        assertThat(run.out()).contains("CM_COUPLES").contains("Child-marriage couples").contains("5 indicators.")
                .doesNotContain("TG_COST_PER_HOUSEHOLD");
        Run tet = Run.of("indicators", "--program", "tet-essential-goods");
        assertThat(tet.out()).contains("TG_COST_PER_HOUSEHOLD").contains("#{TG_SPENDING} / #{TG_HOUSEHOLDS}")
                .contains("1 chỉ tiêu tính theo công thức trên số tổng hợp.");
    }

    @Test
    void theCategoriesOfEachBreakdownAreListedWithTheirCodes() {
        Run tet = Run.of("indicators", "--program", "tet-essential-goods");
        assertThat(tet.exitCode()).isZero();
        assertThat(tet.out()).containsPattern("ETHNIC_GROUP\\s+Dân tộc\\s+HRE\\s+Hrê")
                .containsPattern("ETHNIC_GROUP\\s+Dân tộc\\s+XO_DANG\\s+Xơ Đăng").contains("1 cách phân tổ;");
        Run json = Run.of("indicators", "--program", "child-marriage", "--output", "json");
        assertThat(json.out().replaceAll("\\s+", "")).contains("\"breakdowns\":[{\"code\":\"SEX\"").contains("{\"code\":\"F\",\"name\":{\"vi\":\"Nữ\",\"en\":\"Female\"}}");
    }

    @Test
    void anUnknownProgramIsAUsageErrorWithTheKnownOnesAsHint() {
        Run run = Run.of("indicators", "--program", "tao-hon");
        assertThat(run.exitCode()).isEqualTo(ExitCodes.USAGE);
        assertThat(run.err()).contains("tao-hon").contains("child-marriage");
    }

    @Test
    void wrongUsageExitsWithTwoAndAHint() {
        assertThat(Run.of("validate").exitCode()).isEqualTo(ExitCodes.USAGE);
        Run badLanguage = Run.of("--lang", "fr", "plugins");
        assertThat(badLanguage.exitCode()).isEqualTo(ExitCodes.USAGE);
        assertThat(badLanguage.err()).contains("--help");
        assertThat(Run.of("render").exitCode()).isEqualTo(ExitCodes.USAGE);
        assertThat(Run.of().exitCode()).isEqualTo(ExitCodes.USAGE);
    }

    /** Mistakes on the command line, each said in the user's language, never in the command-line library's English. */
    @org.junit.jupiter.params.ParameterizedTest
    @org.junit.jupiter.params.provider.CsvSource(delimiter = '|', value = {
        "import                       | thiếu FILE.                                   | FILE is missing.",
        "import a.csv --program       | thiếu giá trị cho --program.                  | a value for --program is missing.",
        "rendr x                      | không có lệnh “rendr”. Có phải ý bạn là render | there is no command “rendr”. Did you mean render",
        "validate x.yaml --colour     | không có tùy chọn “--colour”.                 | there is no option “--colour”.",
        "--lang-x vi plugins          | không có tùy chọn “--lang-x”. Có phải ý bạn là --lang? | there is no option “--lang-x”. Did you mean --lang?",
        "template --unit 51           | thiếu --program                               | --program",
    })
    void aMistakeOnTheCommandLineIsSaidInTheUsersLanguage(String args, String vietnamese, String english) {
        String[] words = args.trim().split("\\s+");
        Run vi = Run.of(words);
        String[] withEnglish = new String[words.length + 2];
        withEnglish[0] = "--lang";
        withEnglish[1] = "en";
        System.arraycopy(words, 0, withEnglish, 2, words.length);
        Run en = Run.of(withEnglish);
        assertThat(vi.exitCode()).isEqualTo(ExitCodes.USAGE);
        assertThat(en.exitCode()).isEqualTo(ExitCodes.USAGE);
        assertThat(vi.all()).contains("Dùng lệnh sai: " + vietnamese.trim());
        assertThat(en.all()).contains("Wrong usage: ").contains(english.trim());
        Leaks.assertNone(vi.all());
        Leaks.assertNone(en.all());
    }

    @Test
    void aMissingPluginsFolderIsAUsageError() {
        Run run = Run.of("plugins", "--plugins-dir", "/no/such/folder");
        assertThat(run.exitCode()).isEqualTo(ExitCodes.USAGE);
        assertThat(run.all()).doesNotContain("Exception");
    }

    @Test
    void renderSaysAValidSourcesWarningsBeforeWritingItsFiles(@org.junit.jupiter.api.io.TempDir Path out) {
        Path source = Path.of(System.getProperty("baocao.corpus", "src/test/corpus"), "block-yields-nothing-year.yaml");
        Run run = Run.of("render", source.toString(), "--format", "md", "--out", out.toString());
        assertThat(run.exitCode()).isEqualTo(ExitCodes.OK);
        assertThat(run.out()).contains(source + ":33:7: cảnh báo: ").contains("Đã ghi");
        assertThat(run.out().indexOf("cảnh báo")).isLessThan(run.out().indexOf("Đã ghi"));
    }

    @Test
    void aFormatGivenTwiceIsWrittenOnce(@org.junit.jupiter.api.io.TempDir Path out) {
        Run run = Run.of("render", EXAMPLE.toString(), "--format", "md,MD,md", "--out", out.toString());
        assertThat(run.exitCode()).as(run.all()).isEqualTo(ExitCodes.OK);
        assertThat(out.resolve("bao-cao.md")).exists();
    }

    @Test
    void anEntryFormNotNamedXlsxIsRefusedBeforeAnythingIsWritten(@org.junit.jupiter.api.io.TempDir Path out) {
        Run run = Run.of("template", "--program", "child-marriage", "--unit", "51", "--period", "2026", "--out", out.resolve("form.csv").toString());
        assertThat(run.exitCode()).isEqualTo(ExitCodes.USAGE);
        assertThat(run.err()).contains("cần có đuôi .xlsx");
        assertThat(out.resolve("form.csv")).doesNotExist();
    }

    @Test
    void aConfigurationFolderThatIsNotThereIsSaidNotIgnored() {
        Run run = Run.of("--conf-dir", "khong-co-thu-muc-nay", "validate", EXAMPLE.toString());
        assertThat(run.exitCode()).isEqualTo(ExitCodes.USAGE);
        assertThat(run.err()).contains("Không có thư mục cấu hình “khong-co-thu-muc-nay”");
        Leaks.assertNone(run.all());
    }
}
