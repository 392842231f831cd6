package vn.baocao.app.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** conf/baocao.properties: the installation's language and disabled plugins, and a misspelt key refused. */
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
        assertThat(run.out()).contains("disabled").containsPattern("legal-education\\s+0\\.1\\.0\\s+\\S+\\s+disabled");
        assertThat(Run.of("--conf-dir", conf.toString(), "--lang", "vi", "plugins").out()).contains("đã tắt");
    }

    @Test
    void aMisspeltSettingIsRefusedWithItsLine() throws IOException {
        Path file = Files.writeString(conf.resolve("baocao.properties"), "language=vi\ndisabledPlugin=legal-education\n");
        Run run = Run.of("--conf-dir", conf.toString(), "plugins");
        assertThat(run.exitCode()).isEqualTo(ExitCodes.USAGE);
        assertThat(run.err()).contains(file + ":2: không có thiết lập “disabledPlugin”; các thiết lập có: language, disabledPlugins.");
        assertThat(run.all()).doesNotContain("Exception");
    }

    @Test
    void theShippedSettingsFileChangesNothing() throws Exception {
        Path shipped = Path.of(System.getProperty("baocao.sources", "..")).resolve("app/src/dist/conf/baocao.properties");
        assertThat(InstallationSettings.read(java.util.Optional.of(shipped.getParent()))).isEqualTo(InstallationSettings.NONE);
    }
}
