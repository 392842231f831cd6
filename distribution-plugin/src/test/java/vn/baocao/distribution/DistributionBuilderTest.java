package vn.baocao.distribution;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.apache.commons.compress.archivers.zip.ZipArchiveEntry;
import org.apache.commons.compress.archivers.zip.ZipArchiveOutputStream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The parts of {@link DistributionBuilder} a real platform is not needed for (DistributionProjectIT
 * builds with the real one): the folder made anew, a name to leave out that lib/ does not have,
 * and a lib/ that would not start.
 */
class DistributionBuilderTest {
    @TempDir
    Path work;

    private Path platformZip() throws IOException {
        Path zip = work.resolve("app-0.2.0-dist.zip");
        try (OutputStream out = Files.newOutputStream(zip); ZipArchiveOutputStream z = new ZipArchiveOutputStream(out)) {
            entry(z, "baocao-0.2.0/bin/baocao", "#!/bin/sh\n", 0100755);
            entry(z, "baocao-0.2.0/lib/platform-core-0.2.0.jar", "not really a jar", 0100644);
            entry(z, "baocao-0.2.0/lib/format-html-0.2.0.jar", "not really a jar", 0100644);
            entry(z, "baocao-0.2.0/conf/baocao.properties", "# defaults\n", 0100644);
        }
        return zip;
    }

    private static void entry(ZipArchiveOutputStream z, String name, String text, int mode) throws IOException {
        ZipArchiveEntry e = new ZipArchiveEntry(name);
        e.setUnixMode(mode);
        z.putArchiveEntry(e);
        z.write(text.getBytes(StandardCharsets.UTF_8));
        z.closeArchiveEntry();
    }

    @Test
    void aNameToLeaveOutThatLibDoesNotHaveIsSaidWithTheJarsItHas() throws IOException {
        DistributionBuilder builder = new DistributionBuilder(platformZip(), work.resolve("target"), "baocao-tinh-2026.1");
        assertThatThrownBy(() -> builder.build(List.of("format-htlm"), null, List.of()))
                .isInstanceOf(DistributionException.class)
                .hasMessage("leaveOut: lib/ has no format-htlm-<version>.jar. Did you mean format-html?"
                        + " The names <leaveOut> takes (the jars of lib/ without their versions): format-html, platform-core");
        assertThat(DistributionBuilder.withoutVersion("guava-33.8.0-jre.jar")).isEqualTo("guava");
        assertThat(DistributionBuilder.withoutVersion("format-pdf-0.2.0-SNAPSHOT.jar")).isEqualTo("format-pdf");
    }

    @Test
    void theFolderIsMadeAnewAndALibThatWouldNotStartStopsTheBuild() throws IOException {
        Path stale = Files.createDirectories(work.resolve("target/baocao-tinh-2026.1/lib")).resolve("platform-core-0.1.0.jar");
        Files.writeString(stale, "left by an earlier build");
        Path conf = Files.createDirectories(work.resolve("src/conf"));
        Files.writeString(conf.resolve("baocao.properties"), "name=Baocao – Tỉnh\n");

        DistributionBuilder builder = new DistributionBuilder(platformZip(), work.resolve("target"), "baocao-tinh-2026.1");
        assertThatThrownBy(() -> builder.build(List.of("format-html"), conf, List.of()))
                .isInstanceOf(DistributionException.class)
                .hasMessageStartingWith("lib/ of baocao-tinh-2026.1 would not start:\n  lib/platform-core-0.2.0.jar is not a Java module that can be read.");
        // the earlier build's folder went first; none is left, and no zip, for a distribution that would not start
        assertThat(stale).doesNotExist();
        assertThat(work.resolve("target/baocao-tinh-2026.1")).doesNotExist();
        assertThat(work.resolve("target/baocao-tinh-2026.1.zip")).doesNotExist();
    }
}
