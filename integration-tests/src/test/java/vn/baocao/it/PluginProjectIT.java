package vn.baocao.it;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.jar.JarEntry;
import java.util.jar.JarInputStream;
import java.util.jar.JarOutputStream;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestMethodOrder;

/**
 * A plugin author's round trip, from the plugin authors' guide: generate a project with the
 * archetype, build it outside the platform's build (against the platform-api jar alone, its tests
 * on the testkit), drop its jar into {@code plugins/} of a packaged distribution, and see it loaded;
 * then the lock file refusing a changed jar until it is accepted, and the plugin disabled.
 */
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
class PluginProjectIT {
    private static Path work;
    private static Path project;
    private static Installation installation;

    @BeforeAll
    static void generateAndBuildAsTheGuideSays() throws Exception {
        work = ItPaths.work("plugin-project");
        List<List<String>> commands = GuideMavenCommands.of("plugin-authors.md");
        assertThat(commands).as("the guide generates, then builds").hasSize(2);
        assertThat(commands.get(0)).contains("-DarchetypeVersion=" + ItPaths.version(), "-DartifactId=ho-tro-nha-o");
        int step = 0;
        for (List<String> command : commands) {
            Maven.run(work, work.resolve("logs/mvn-" + (++step) + ".log"), command.toArray(String[]::new));
        }
        project = work.resolve("ho-tro-nha-o");
        installation = new Installation(ItPaths.copy(ItPaths.distribution(""), work.resolve("baocao")), work.resolve("logs"));
    }

    private static Path pluginJar() throws IOException {
        try (var jars = Files.list(project.resolve("target"))) {
            return jars.filter(p -> p.getFileName().toString().matches("ho-tro-nha-o-.*\\.jar")).findFirst().orElseThrow();
        }
    }

    @Test
    @Order(1)
    void theGeneratedProjectHoldsWhatAPluginNeedsAndItsTestsPass() throws IOException {
        Path sources = project.resolve("src/main/java");
        assertThat(Files.readString(sources.resolve("module-info.java")))
                .contains("requires vn.baocao.api;", "provides vn.baocao.api.spi.ProgramTypeProvider with vn.example.nhao.ProgramPlugin;")
                // only the API: no line names the platform's core or its libraries
                .doesNotContain("opens ", "vn.baocao.core", "com.google");
        assertThat(project.resolve("src/main/resources/vn/example/nhao/messages.properties")).exists();
        assertThat(project.resolve("src/main/resources/vn/example/nhao/messages_en.properties")).exists();
        Path report = project.resolve("target/surefire-reports/TEST-vn.example.nhao.ProgramPluginTest.xml");
        assertThat(Files.readString(report)).containsPattern("tests=\"6\"").contains("failures=\"0\"", "errors=\"0\"");
    }

    @Test
    @Order(2)
    void itsJarBuiltAgainstTheApiAloneLoadsFromThePluginsFolder() throws Exception {
        Files.copy(pluginJar(), installation.home().resolve("plugins").resolve(pluginJar().getFileName()));
        Processes.Finished indicators = installation.baocao("indicators", "--program", "ho-tro-nha-o");
        assertThat(indicators.exitCode()).as(indicators.output()).isZero();
        assertThat(indicators.output()).contains("NHAO_HOUSEHOLDS_SUPPORTED", "Số hộ được hỗ trợ", "ho-tro-nha-o");
        Processes.Finished plugins = installation.baocao("plugins");
        assertThat(plugins.output()).containsPattern("ho-tro-nha-o\\s+1\\.0\\.0\\s+vn\\.example\\.nhao\\s+đã nạp");
    }

    @Test
    @Order(3)
    void itsSettingIsListedAndSetInTheInstallationsConf() throws Exception {
        Processes.Finished listed = installation.baocao("--lang", "en", "plugins", "--settings");
        assertThat(listed.output()).containsPattern("ho-tro-nha-o\\s+large-figure\\s+whole number\\s+100000\\s+100000");
        Path settings = Files.createDirectories(installation.home().resolve("conf/plugins")).resolve("ho-tro-nha-o.properties");
        Files.writeString(settings, "# a small province\nlarge-figure = 5000\n");
        assertThat(installation.baocao("--lang", "en", "plugins", "--settings").output())
                .containsPattern("ho-tro-nha-o\\s+large-figure\\s+whole number\\s+100000\\s+5000");
        Files.writeString(settings, "large-figure = 5.000\n");
        assertThat(installation.baocao("--lang", "en", "plugins").output())
                .contains("ho-tro-nha-o.properties:1: the value “5.000” of “large-figure” is not a whole number.");
        Files.delete(settings);
    }

    @Test
    @Order(4)
    void aLockedInstallationRefusesAChangedJarUntilItIsAccepted() throws Exception {
        Processes.Finished verify = installation.baocao("plugins", "verify");
        assertThat(verify.exitCode()).as(verify.output()).isZero();
        Path lock = installation.home().resolve("plugins/plugins.lock");
        assertThat(Files.readString(lock)).contains("ho-tro-nha-o@1.0.0");

        changeJar(installation.home().resolve("plugins").resolve(pluginJar().getFileName()));
        Processes.Finished refused = installation.baocao("plugins");
        assertThat(refused.output()).contains(
                "Tệp ho-tro-nha-o-1.0.0.jar đã thay đổi so với khi được chấp nhận trong plugins.lock nên không được nạp.",
                "chạy “baocao plugins verify” để kiểm tra và ghi lại tệp khóa");
        Processes.Finished indicators = installation.baocao("indicators", "--program", "ho-tro-nha-o");
        assertThat(indicators.output()).doesNotContain("NHAO_HOUSEHOLDS_SUPPORTED");

        assertThat(installation.baocao("plugins", "verify").exitCode()).isZero();
        assertThat(installation.baocao("indicators", "--program", "ho-tro-nha-o").output()).contains("NHAO_HOUSEHOLDS_SUPPORTED");
    }

    @Test
    @Order(5)
    void aDisabledPluginIsLeftOut() throws Exception {
        Processes.Finished plugins = installation.baocao("--disable-plugin", "ho-tro-nha-o", "plugins");
        assertThat(plugins.output()).containsPattern("ho-tro-nha-o\\s+1\\.0\\.0\\s+\\S+\\s+đã tắt");
        assertThat(installation.baocao("--disable-plugin", "ho-tro-nha-o", "indicators").output())
                .doesNotContain("NHAO_HOUSEHOLDS_SUPPORTED").contains("CM_COUPLES");
    }

    /** The same plugin with one more entry: another hash, as after an unannounced update. */
    private static void changeJar(Path jar) throws IOException {
        Path changed = jar.resolveSibling("changed.tmp");
        try (JarInputStream in = new JarInputStream(Files.newInputStream(jar));
             JarOutputStream out = new JarOutputStream(Files.newOutputStream(changed), in.getManifest())) {
            for (JarEntry entry = in.getNextJarEntry(); entry != null; entry = in.getNextJarEntry()) {
                out.putNextEntry(new JarEntry(entry.getName()));
                in.transferTo(out);
                out.closeEntry();
            }
            out.putNextEntry(new JarEntry("META-INF/changed.txt"));
            OutputStream body = out;
            body.write("changed after the lock was written\n".getBytes(java.nio.charset.StandardCharsets.UTF_8));
            out.closeEntry();
        }
        Files.move(changed, jar, java.nio.file.StandardCopyOption.REPLACE_EXISTING);
    }
}
