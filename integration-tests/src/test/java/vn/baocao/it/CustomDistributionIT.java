package vn.baocao.it;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.zip.ZipFile;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * An integrator's distribution built from docs/examples/custom-distribution with the command of the
 * integrators' guide, then run: its subset of plugins, its own plugin, its name and report defaults.
 */
class CustomDistributionIT {
    private static Path work;
    private static Installation installation;

    @BeforeAll
    static void buildAsTheGuideSays() throws Exception {
        work = ItPaths.work("custom-distribution");
        // the example is copied so that its build leaves the repository clean
        Path root = Files.createDirectories(work.resolve("checkout/docs/examples"));
        ItPaths.copy(ItPaths.root().resolve("docs/examples/custom-distribution"), root.resolve("custom-distribution"));
        List<List<String>> commands = GuideMavenCommands.of("integrators.md").stream()
                .filter(c -> c.contains("docs/examples/custom-distribution")).toList();
        assertThat(commands).as("the guide builds the example with one command").hasSize(1);
        Maven.run(work.resolve("checkout"), work.resolve("logs/mvn.log"), commands.get(0).toArray(String[]::new));
        Path built = root.resolve("custom-distribution/distribution/target/baocao-quang-ngai-2026.1");
        installation = new Installation(built, work.resolve("logs"));
    }

    @Test
    void itsNameComesFirstInTheVersion() throws Exception {
        assertThat(installation.baocao("--version").output()).startsWith("Baocao – Sở Dân tộc và Tôn giáo tỉnh Quảng Ngãi");
    }

    @Test
    void itLoadsTheChosenPluginsAndItsOwn() throws Exception {
        Processes.Finished plugins = installation.baocao("plugins");
        assertThat(plugins.exitCode()).as(plugins.output()).isZero();
        assertThat(plugins.output())
                .containsPattern("prestigious-persons\\s+2026\\.1\\.0\\s+vn\\.gov\\.quangngai\\.bandantoc\\.uytin\\s+đã nạp")
                .contains("child-marriage", "format-docx", "format-pdf")
                .doesNotContain("format-markdown", "format-json");
        assertThat(installation.baocao("indicators", "--program", "prestigious-persons").output()).contains("PP_PERSONS", "PP_TET_VISITS");
    }

    @Test
    void itRendersTheSeedReport() throws Exception {
        Path out = work.resolve("out-seed");
        Processes.Finished render = installation.baocao("render",
                ItPaths.root().resolve("docs/examples/dan-van-kheo-2023/bao-cao.yaml").toString(), "--format", "docx,pdf",
                "--out", out.toString());
        assertThat(render.exitCode()).as(render.output()).isZero();
        assertThat(documentText(out.resolve("bao-cao.docx"))).contains("Đỗ Minh Hải");
        Processes.Finished markdown = installation.baocao("render",
                ItPaths.root().resolve("docs/examples/dan-van-kheo-2023/bao-cao.yaml").toString(), "--format", "md",
                "--out", out.toString());
        assertThat(markdown.exitCode()).as("Markdown is not in this distribution").isEqualTo(2);
    }

    @Test
    void itsOwnReportGetsTheAgencysDefaultsAndItsPluginsBlock() throws Exception {
        Path out = work.resolve("out-own");
        Processes.Finished render = installation.baocao("render",
                ItPaths.root().resolve("docs/examples/custom-distribution/bao-cao-nguoi-co-uy-tin.yaml").toString(),
                "--format", "docx,pdf", "--out", out.toString());
        assertThat(render.exitCode()).as(render.output()).isZero();
        assertThat(documentText(out.resolve("bao-cao-nguoi-co-uy-tin.docx"))).contains(
                "UBND TỈNH QUẢNG NGÃI", "SỞ DÂN TỘC VÀ TÔN GIÁO", "Quảng Ngãi, ngày",
                "Năm 2025, toàn tỉnh có 1.010 người có uy tín; đã tổ chức 1.050 lượt thăm hỏi, tặng quà dịp Tết.",
                "PHÓ GIÁM ĐỐC", "Nguyễn Văn An");
    }

    @Test
    void itsRuleFileAppliesToEveryImport() throws Exception {
        Path values = Files.writeString(work.resolve("so-lieu.csv"), """
                indicator,unit,period,value
                PP_PERSONS,51,2026,1000
                PP_PERSONS,51,2027,700
                """);
        Processes.Finished imported = installation.baocao("import", values.toString(), "--program", "prestigious-persons");
        assertThat(imported.output()).as(imported.output())
                .contains("51 Tỉnh Quảng Ngãi, 2027: cảnh báo: Số người có uy tín (700) giảm hơn 20% so với năm trước (tối thiểu 800). [qn.persons-stable]");
    }

    /** The text of a DOCX's body, runs joined, the no-break characters that keep titles and dates whole read as plain ones. */
    private static String documentText(Path docx) throws Exception {
        try (ZipFile file = new ZipFile(docx.toFile())) {
            String xml = new String(file.getInputStream(file.getEntry("word/document.xml")).readAllBytes(),
                    java.nio.charset.StandardCharsets.UTF_8);
            return xml.replaceAll("</w:p>", "\n").replaceAll("<[^>]+>", "").replace("&amp;", "&")
                    .replace('\u00A0', ' ').replace('\u2011', '-').replace("\u2060", "");
        }
    }
}
