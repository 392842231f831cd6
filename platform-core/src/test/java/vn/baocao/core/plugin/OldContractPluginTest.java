package vn.baocao.core.plugin;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Locale;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import vn.baocao.core.Platform;
import vn.baocao.core.PlatformOptions;

/**
 * A plugin jar compiled against the 0.1 API (sources in {@code src/test/fixtures/old-contract-plugin})
 * and kept as it was built: whatever the API gains, such a plugin keeps loading with everything it
 * contributed.
 */
class OldContractPluginTest {

    @Test
    void aPluginCompiledAgainstTheFirstApiStillLoads(@TempDir Path plugins) throws IOException {
        try (InputStream jar = getClass().getResourceAsStream("old-contract-plugin.jar")) {
            Files.copy(jar, plugins.resolve("old-contract-plugin.jar"));
        }
        Platform platform = Platform.start(PlatformOptions.defaults().withPluginsFolder(plugins));

        PluginRecord row = platform.pluginReport().stream().filter(r -> r.id().equals("old-contract")).findFirst().orElseThrow();
        assertThat(row.status()).as("%s", row).isEqualTo(PluginStatus.LOADED);
        assertThat(platform.registry().programType("old-contract")).isPresent();
        assertThat(platform.registry().indicator("OLD_VISITS").orElseThrow().disaggregations()).hasSize(1);
        assertThat(platform.registry().dataRules()).anyMatch(r -> r.id().equals("old-contract.visits-at-least-persons"));
        assertThat(platform.registry().blocks()).anyMatch(b -> b.item().id().equals("old-contract.note"));
        assertThat(platform.messagesIn(Locale.ENGLISH).get("old-contract.note")).isEqualTo("The old program still runs.");
    }
}
