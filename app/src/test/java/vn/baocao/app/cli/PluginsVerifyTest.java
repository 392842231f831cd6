package vn.baocao.app.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * {@code baocao plugins verify} and the lock file, through the command line: a folder whose plugins
 * all load is locked; a jar dropped in later is refused with the way to accept it; verifying a folder
 * where a plugin fails writes no lock.
 */
class PluginsVerifyTest {
    private static final Path SOURCES = Path.of(System.getProperty("baocao.sources", ".."));

    @TempDir
    Path plugins;

    @Test
    void aLockedFolderRefusesAJarDroppedInLater() throws IOException {
        Run verify = Run.of("plugins", "verify", "--plugins-dir", plugins.toString());
        assertThat(verify.exitCode()).as(verify.all()).isZero();
        assertThat(verify.out()).contains("plugins.lock").contains("0 tệp jar được chấp nhận");
        assertThat(plugins.resolve("plugins.lock")).exists();

        Files.copy(bundledPluginJar(), plugins.resolve("tao-hon.jar"));
        Run list = Run.of("plugins", "--plugins-dir", plugins.toString());
        assertThat(list.out()).contains("Tệp tao-hon.jar không có trong tệp khóa plugins.lock nên không được nạp.")
                .contains("baocao plugins verify");
    }

    @Test
    void verifyingAFolderWithAFailingPluginWritesNoLock() throws IOException {
        // a second copy of a bundled plugin is refused for shadowing the module the platform already has
        Files.copy(bundledPluginJar(), plugins.resolve("tao-hon.jar"));
        Run verify = Run.of("plugins", "verify", "--plugins-dir", plugins.toString());
        assertThat(verify.exitCode()).isEqualTo(ExitCodes.INVALID);
        assertThat(verify.out()).contains("chưa ghi plugins.lock");
        assertThat(plugins.resolve("plugins.lock")).doesNotExist();
    }

    @Test
    void aRefusedPluginMakesPluginsExitWith1AndAFailedCommandNameIt() throws IOException {
        assertThat(Run.of("plugins", "--plugins-dir", plugins.toString()).exitCode()).isZero();
        Files.copy(bundledPluginJar(), plugins.resolve("tao-hon.jar"));
        assertThat(Run.of("plugins", "--plugins-dir", plugins.toString()).exitCode()).isEqualTo(ExitCodes.INVALID);
        assertThat(Run.of("plugins", "--plugins-dir", plugins.toString(), "--output", "json").exitCode()).isEqualTo(ExitCodes.INVALID);

        // a command that fails while a plugin is refused says so, and where to look
        Run indicators = Run.of("--lang", "en", "indicators", "--program", "no-such-program", "--plugins-dir", plugins.toString());
        assertThat(indicators.exitCode()).isNotZero();
        assertThat(indicators.err()).contains("note: 1 plugin(s) were refused at start-up (tao-hon.jar)")
                .contains("hint: Run baocao plugins to see why they were refused and how to fix it.");
        // one that succeeds does not
        Run fine = Run.of("--lang", "en", "indicators", "--plugins-dir", plugins.toString());
        assertThat(fine.exitCode()).as(fine.all()).isZero();
        assertThat(fine.err()).doesNotContain("refused at start-up");
    }

    @Test
    void verifyingWithoutAPluginsFolderIsAUsageError() {
        assertThat(Run.of("plugins", "verify").exitCode()).isEqualTo(ExitCodes.USAGE);
    }

    private static Path bundledPluginJar() throws IOException {
        try (Stream<Path> jars = Files.list(SOURCES.resolve("plugins/child-marriage/target"))) {
            return jars.filter(p -> p.getFileName().toString().matches("plugin-child-marriage-.*\\.jar")).findFirst().orElseThrow();
        }
    }
}
