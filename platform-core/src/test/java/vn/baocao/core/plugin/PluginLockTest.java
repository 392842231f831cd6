package vn.baocao.core.plugin;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import vn.baocao.core.i18n.Language;
import vn.baocao.core.Platform;
import vn.baocao.core.PlatformOptions;

/** The lock file of a plugins folder: what it lists loads, anything else is refused with the way to accept it. */
class PluginLockTest {
    @TempDir
    Path plugins;

    @Test
    void onlyTheJarsTheLockListsUnchangedAreLoaded() throws Exception {
        TestPlugins.good(plugins);
        TestPlugins.withLibrary(plugins);
        var written = PluginLock.write(plugins, Map.of("a-good.jar", "good-one@1.2.3"));
        // the lone jar and both jars of the folder entry, each with its hash
        assertThat(written).extracting(PluginLock.Entry::path).containsExactly("a-good.jar", "i-with-library/helper.jar", "i-with-library/plugin.jar");
        assertThat(written.get(0).sha256()).hasSize(64);
        assertThat(Files.readString(plugins.resolve("plugins.lock"))).contains("a-good.jar  good-one@1.2.3");
        assertThat(statusOf(start(true), "good-one")).isEqualTo(PluginStatus.LOADED);

        // a jar added after the lock was written is refused, naming the file and how to accept it
        TestPlugins.conflicting(plugins);
        Platform added = start(true);
        PluginRecord refused = added.pluginReport().stream().filter(r -> r.status() == PluginStatus.FAILED).findFirst().orElseThrow();
        assertThat(refused.reason().orElseThrow().key()).isEqualTo("plugin.notLocked");
        assertThat(refused.hint().orElseThrow().key()).isEqualTo("plugin.lock.hint");
        assertThat(statusOf(added, "good-one")).isEqualTo(PluginStatus.LOADED);

        // a locked jar whose content changed is refused too
        Files.write(plugins.resolve("a-good.jar"), new byte[] {0}, StandardOpenOption.APPEND);
        Platform changed = start(true);
        assertThat(changed.pluginReport()).anySatisfy(r -> {
            assertThat(r.location()).endsWith("a-good.jar");
            assertThat(r.reason().orElseThrow().key()).isEqualTo("plugin.lockMismatch");
        });
        assertThat(changed.registry().indicator("GOOD_COUPLES")).isEmpty();

        // ignoring the lock (as verifying does) sees the folder as it is
        Platform ignoring = start(false);
        assertThat(ignoring.pluginReport()).noneMatch(r -> r.reason().map(m -> m.key().startsWith("plugin.lock") || m.key().equals("plugin.notLocked")).orElse(false));
    }

    @Test
    void withoutALockEveryJarIsConsidered() throws Exception {
        TestPlugins.good(plugins);
        assertThat(PluginLock.read(plugins)).isEmpty();
        assertThat(statusOf(start(true), "good-one")).isEqualTo(PluginStatus.LOADED);
    }

    private Platform start(boolean respectLock) {
        return Platform.start(new PlatformOptions(Language.ENGLISH, Optional.of(plugins), Set.of(), respectLock));
    }

    private static PluginStatus statusOf(Platform platform, String id) {
        return platform.pluginReport().stream().filter(r -> r.id().equals(id)).findFirst().orElseThrow().status();
    }
}
