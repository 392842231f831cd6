package vn.baocao.app.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import vn.baocao.launcher.InstallationManifest;

/** An installation beside its MANIFEST.sha256: what doctor counts as a fault, and what as the installation's own. */
class InstallationFilesTest {
    @TempDir
    Path home;

    @Test
    void aChangedJarAMissingScriptAndAForeignJarAreFaultsAChangedSettingIsNot() throws IOException {
        Files.createDirectories(home.resolve("lib/cds"));
        Files.createDirectories(home.resolve("bin"));
        Files.createDirectories(home.resolve("conf"));
        Files.writeString(home.resolve("lib/platform-core-0.2.0.jar"), "core");
        Files.writeString(home.resolve("bin/baocao"), "#!/bin/sh");
        Files.writeString(home.resolve("conf/baocao.properties"), "# defaults");
        InstallationManifest.write(home);
        assertThat(Files.readString(home.resolve("MANIFEST.sha256")))
                .contains("  lib/platform-core-0.2.0.jar\n", "  bin/baocao\n", "  conf/baocao.properties\n");

        // what the installation makes for itself is no change
        Files.writeString(home.resolve("lib/cds/baocao-17.0.15.jsa"), "archive");
        Files.writeString(home.resolve("lib/cds/baocao-17.0.15.stamp"), "stamp");
        InstallationFiles.Comparison untouched = InstallationFiles.compare(home);
        assertThat(untouched.faultless()).isTrue();
        assertThat(untouched.checked()).isEqualTo(3);

        Files.writeString(home.resolve("conf/baocao.properties"), "language=en\n");
        assertThat(InstallationFiles.compare(home).faultless()).as("a setting is the installation's own").isTrue();

        Files.writeString(home.resolve("lib/platform-core-0.2.0.jar"), "core, changed");
        Files.delete(home.resolve("bin/baocao"));
        Files.writeString(home.resolve("lib/platform-core-0.1.0.jar"), "an older one");
        InstallationFiles.Comparison broken = InstallationFiles.compare(home);
        assertThat(broken.faultless()).isFalse();
        assertThat(broken.changed()).containsExactly("conf/baocao.properties", "lib/platform-core-0.2.0.jar");
        assertThat(broken.missing()).containsExactly("bin/baocao");
        assertThat(broken.foreignJars()).containsExactly("lib/platform-core-0.1.0.jar");
    }
}
