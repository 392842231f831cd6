package vn.baocao.app.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/** {@code baocao plugins --settings}: the values an installation gives, and a plugin refused for its file still listed. */
class PluginSettingsListTest {
    @TempDir
    Path conf;

    @Test
    void aValueSetInConfPluginsIsTheOneInForce() throws IOException {
        Files.createDirectories(conf.resolve("plugins"));
        Files.writeString(conf.resolve("plugins/tet-essential-goods.properties"), "# this province\nallotment.fish-sauce-per-household = 3\n");
        Run run = Run.of("--conf-dir", conf.toString(), "--lang", "en", "plugins", "--settings");
        assertThat(run.exitCode()).as(run.all()).isZero();
        assertThat(run.out()).containsPattern("tet-essential-goods\\s+allotment\\.fish-sauce-per-household\\s+\\S.*\\s2\\s+3\\s");
    }

    @Test
    void aPluginRefusedForItsSettingsFileKeepsItsSettingsListedWithTheReason() throws IOException {
        Files.createDirectories(conf.resolve("plugins"));
        Path file = Files.writeString(conf.resolve("plugins/tet-essential-goods.properties"), "allotment.fish-sauce-per-houshold = 3\n");
        Run run = Run.of("--conf-dir", conf.toString(), "--lang", "en", "plugins", "--settings");
        // listed, and the exit code says a plugin was refused
        assertThat(run.exitCode()).as(run.all()).isEqualTo(ExitCodes.INVALID);
        assertThat(run.out())
                .containsPattern("tet-essential-goods\\s+allotment\\.fish-sauce-per-household\\s+\\S.*\\s2\\s+\\(refused\\)")
                .contains(file + ":1: the plugin tet-essential-goods has no setting “allotment.fish-sauce-per-houshold”.")
                .contains("Did you mean “allotment.fish-sauce-per-household”?");

        JsonNode json = JsonMapper.builder().build().readTree(
                Run.of("--conf-dir", conf.toString(), "plugins", "--settings", "--output", "json").out());
        JsonNode fishSauce = null;
        for (JsonNode s : json) {
            if (s.get("key").asString().equals("allotment.fish-sauce-per-household")) {
                fishSauce = s;
            }
        }
        assertThat(fishSauce).isNotNull();
        assertThat(fishSauce.get("status").asString()).isEqualTo("FAILED");
        assertThat(fishSauce.hasNonNull("value")).isFalse();
    }
}
