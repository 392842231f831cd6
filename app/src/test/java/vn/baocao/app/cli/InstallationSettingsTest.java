package vn.baocao.app.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** conf/baocao.properties: the installation's language, disabled plugins, name and report defaults; a misspelt key refused. */
class InstallationSettingsTest {
    @TempDir
    Path conf;

    @Test
    void theInstallationsLanguageAndDisabledPluginsApplyUnlessTheCommandSaysOtherwise() throws IOException {
        Files.writeString(conf.resolve("baocao.properties"), """
                # an English-speaking installation without the legal-education plugin
                language=en
                disabledPlugins=legal-education
                """);
        Run run = Run.of("--conf-dir", conf.toString(), "plugins");
        assertThat(run.exitCode()).as(run.all()).isZero();
        assertThat(run.out()).contains("disabled").containsPattern("legal-education\\s+0\\.2\\.0\\S*\\s+\\S+\\s+disabled");
        assertThat(Run.of("--conf-dir", conf.toString(), "--lang", "vi", "plugins").out()).contains("đã tắt");
    }

    @Test
    void aMisspeltSettingIsRefusedWithItsLine() throws IOException {
        Path file = Files.writeString(conf.resolve("baocao.properties"), "language=vi\ndisabledPlugin=legal-education\n");
        Run run = Run.of("--conf-dir", conf.toString(), "plugins");
        assertThat(run.exitCode()).isEqualTo(ExitCodes.USAGE);
        assertThat(run.err()).contains(file + ":2: không có thiết lập “disabledPlugin”; các thiết lập có: language, disabledPlugins, name, report.superiorBody");
        assertThat(run.all()).doesNotContain("Exception");
    }

    @Test
    void theServersDeadlinesAreTakenForEachProgramAndAWrongOneIsRefusedWithItsLine() throws IOException {
        Files.writeString(conf.resolve("baocao.properties"), """
                server.deadline.regime=CALENDAR
                server.deadline.days=3
                server.deadline.days.child-marriage=none
                server.timeZone=Asia/Ho_Chi_Minh
                """);
        assertThat(Run.of("--conf-dir", conf.toString(), "plugins").exitCode()).isZero();
        Path file = Files.writeString(conf.resolve("baocao.properties"), "server.deadline.days=6\nserver.deadline.days.legal-education=ten\n");
        Run wrong = Run.of("--conf-dir", conf.toString(), "--lang", "en", "plugins");
        assertThat(wrong.exitCode()).isEqualTo(ExitCodes.USAGE);
        assertThat(wrong.err()).contains(file + ":2: server.deadline.days.legal-education does not take “ten”");
        Files.writeString(conf.resolve("baocao.properties"), "server.timeZone=Hà Nội\n");
        assertThat(Run.of("--conf-dir", conf.toString(), "plugins").err()).contains(":1: server.timeZone không nhận giá trị “Hà Nội”");
    }

    @Test
    void theInstallationsNumberStyleReadsItsDataFilesAndAWrongOneIsRefusedWithItsLine() throws IOException {
        Path data = Files.writeString(conf.resolve("tet.csv"), "indicator,unit,period,value\nTG_PERSONS,51,2023,51.300\n");
        assertThat(Run.of("--conf-dir", conf.toString(), "import", data.toString()).exitCode()).isEqualTo(ExitCodes.INVALID);
        Files.writeString(conf.resolve("baocao.properties"), "numberStyle=vi\n");
        Run vi = Run.of("--conf-dir", conf.toString(), "import", "--output", "json", data.toString());
        assertThat(vi.exitCode()).as(vi.all()).isEqualTo(ExitCodes.OK);
        assertThat(vi.out()).contains("\"added\" : 1");
        Path file = Files.writeString(conf.resolve("baocao.properties"), "language=vi\nnumberStyle=vn\n");
        Run wrong = Run.of("--conf-dir", conf.toString(), "plugins");
        assertThat(wrong.exitCode()).isEqualTo(ExitCodes.USAGE);
        assertThat(wrong.err()).contains(file + ":2: không có kiểu số “vn”; các kiểu số: vi, en, plain.");
    }

    @Test
    void theShippedSettingsFileChangesNothing() throws Exception {
        Path shipped = Path.of(System.getProperty("baocao.sources", "..")).resolve("app/src/dist/conf/baocao.properties");
        assertThat(InstallationSettings.read(java.util.Optional.of(shipped.getParent()))).isEqualTo(InstallationSettings.NONE);
    }

    /** The example source without its bodies, place and signer: the installation's defaults fill them in. */
    private Path sourceLeavingOutTheAgencysDetails() throws IOException {
        Path example = Path.of(System.getProperty("baocao.examples")).resolve("dan-van-kheo-2023/bao-cao.yaml");
        String text = Files.readString(example);
        String trimmed = text.replace("  superiorBody: UBND tỉnh Quảng Ngãi\n", "")
                .replace("  issuingBody: Ban Dân tộc\n", "")
                .replace("  place: Quảng Ngãi\n", "")
                .replaceAll("(?s)  signature:\n    authority: KT\n    onBehalfOf: Trưởng Ban\n    title: Phó Trưởng Ban\n    name: Đỗ Minh Hải\n", "");
        assertThat(trimmed).doesNotContain("superiorBody", "issuingBody", "place:", "signature:");
        Path dir = Files.createDirectories(conf.resolve("source"));
        Files.writeString(dir.resolve("bao-cao.yaml"), trimmed);
        return dir.resolve("bao-cao.yaml");
    }

    @Test
    void theAgencysDefaultsFillAReportThatLeavesThemOut() throws IOException {
        Path source = sourceLeavingOutTheAgencysDetails();
        Run without = Run.of("validate", source.toString());
        assertThat(without.exitCode()).as(without.all()).isEqualTo(ExitCodes.INVALID);

        Files.writeString(conf.resolve("baocao.properties"), """
                name=Baocao – Ban Dân tộc tỉnh Quảng Ngãi
                report.superiorBody=UBND tỉnh Quảng Ngãi
                report.issuingBody=Ban Dân tộc
                report.place=Quảng Ngãi
                report.signature.authority=KT
                report.signature.onBehalfOf=Trưởng Ban
                report.signature.title=Phó Trưởng Ban
                report.signature.name=Trần Văn Ba
                """);
        Path out = conf.resolve("out");
        Run render = Run.of("--conf-dir", conf.toString(), "render", source.toString(), "--format", "md", "--out", out.toString());
        assertThat(render.exitCode()).as(render.all()).isZero();
        String markdown = Files.readString(out.resolve("bao-cao.md"));
        assertThat(markdown).contains("UBND TỈNH QUẢNG NGÃI", "BAN DÂN TỘC", "Quảng Ngãi, ngày", "KT. TRƯỞNG BAN", "PHÓ TRƯỞNG BAN", "Trần Văn Ba");
        assertThat(Run.of("--conf-dir", conf.toString(), "--version").out()).startsWith("Baocao – Ban Dân tộc tỉnh Quảng Ngãi");
        assertThat(Run.of("--conf-dir", conf.toString(), "--help").out())
                .startsWith("Baocao – Ban Dân tộc tỉnh Quảng Ngãi\nBaocao: quản lý phong trào thi đua");
    }

    @Test
    void theInstallationsSchemaDoesNotRequireWhatItsDefaultsFill() throws IOException {
        Files.writeString(conf.resolve("baocao.properties"), "report.issuingBody=Ban Dân tộc\nreport.place=Quảng Ngãi\n");
        Run schema = Run.of("--conf-dir", conf.toString(), "schema");
        assertThat(schema.exitCode()).as(schema.all()).isZero();
        var required = tools.jackson.databind.json.JsonMapper.builder().build().readTree(schema.out()).get("$defs").get("Report").get("required");
        List<String> names = new java.util.ArrayList<>();
        required.forEach(n -> names.add(n.asString()));
        assertThat(names).contains("superiorBody", "title", "signature").doesNotContain("issuingBody", "place");
    }

    @Test
    void theSourceWinsOverTheDefaults() throws IOException {
        Files.writeString(conf.resolve("baocao.properties"), "report.place=Hà Nội\n");
        Path example = Path.of(System.getProperty("baocao.examples")).resolve("dan-van-kheo-2023/bao-cao.yaml");
        Path out = conf.resolve("out");
        Run render = Run.of("--conf-dir", conf.toString(), "render", example.toString(), "--format", "md", "--out", out.toString());
        assertThat(render.exitCode()).as(render.all()).isZero();
        assertThat(Files.readString(out.resolve("bao-cao.md"))).contains("Quảng Ngãi, ngày").doesNotContain("Hà Nội, ngày");
    }

    @Test
    void aSignerWithoutANameIsRefusedWithItsLine() throws IOException {
        Path file = Files.writeString(conf.resolve("baocao.properties"), "report.place=Quảng Ngãi\nreport.signature.title=Trưởng Ban\n");
        Run run = Run.of("--conf-dir", conf.toString(), "--lang", "en", "plugins");
        assertThat(run.exitCode()).isEqualTo(ExitCodes.USAGE);
        assertThat(run.err()).contains(file + ":2: the default signer needs both report.signature.title");
    }

    @Test
    void anUnknownWayOfSigningIsRefused() throws IOException {
        Path file = Files.writeString(conf.resolve("baocao.properties"),
                "report.signature.authority=KY\nreport.signature.title=Trưởng Ban\nreport.signature.name=A\n");
        Run run = Run.of("--conf-dir", conf.toString(), "plugins");
        assertThat(run.exitCode()).isEqualTo(ExitCodes.USAGE);
        assertThat(run.err()).contains(file + ":1: “KY” không phải là cách ký");
    }
}
