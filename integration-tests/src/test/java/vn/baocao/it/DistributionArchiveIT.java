package vn.baocao.it;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.nio.file.FileSystem;
import java.nio.file.FileSystems;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermission;
import java.util.Map;
import java.util.zip.ZipFile;
import org.junit.jupiter.api.Test;

/** baocao-<version>.zip as an installer receives it: one folder, launchers for Linux and Windows. */
class DistributionArchiveIT {

    @Test
    void theZipHoldsTheLayoutTheGuidesDescribe() throws Exception {
        String top = "baocao-" + ItPaths.version() + "/";
        Path zip = ItPaths.root().resolve("app/target/baocao-" + ItPaths.version() + ".zip");
        try (ZipFile file = new ZipFile(zip.toFile())) {
            assertThat(file.stream().allMatch(e -> e.getName().startsWith(top))).isTrue();
            for (String part : new String[] {"bin/baocao", "bin/baocao.cmd", "lib/platform-api-" + ItPaths.version() + ".jar",
                    "plugins/README.md", "conf/baocao.properties", "conf/rules/README.md", "conf/plugins/README.md", "conf/units/README.md"}) {
                assertThat(file.getEntry(top + part)).as(part).isNotNull();
            }
            assertThat(file.getEntry(top + "runtime/bin/java")).isNull();
            String cmd = new String(file.getInputStream(file.getEntry(top + "bin/baocao.cmd")).readAllBytes(), StandardCharsets.UTF_8);
            assertThat(cmd).contains("\r\n").contains("--module vn.baocao.app/vn.baocao.app.Main");
            String sh = new String(file.getInputStream(file.getEntry(top + "bin/baocao")).readAllBytes(), StandardCharsets.UTF_8);
            assertThat(sh).startsWith("#!/bin/sh").doesNotContain("\r");
        }
        // the JDK's zip file system reads the Unix permissions an archive records
        try (FileSystem file = FileSystems.newFileSystem(zip, Map.of("enablePosixFileAttributes", true))) {
            assertThat(Files.getPosixFilePermissions(file.getPath(top + "bin/baocao")))
                    .contains(PosixFilePermission.OWNER_EXECUTE, PosixFilePermission.OTHERS_EXECUTE);
        }
    }

    @Test
    void theFolderRunsTheSeedReport() throws Exception {
        Path work = ItPaths.work("archive");
        Installation installation = new Installation(ItPaths.copy(ItPaths.distribution(""), work.resolve("baocao")), work.resolve("logs"));
        Processes.Finished render = installation.baocao("render",
                ItPaths.root().resolve("docs/examples/dan-van-kheo-2023/bao-cao.yaml").toString(), "--format", "docx",
                "--out", work.resolve("out").toString());
        assertThat(render.exitCode()).as(render.output()).isZero();
        assertThat(work.resolve("out/bao-cao.docx")).exists();
    }
}
