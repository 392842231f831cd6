package vn.baocao.it;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.nio.file.FileSystem;
import java.nio.file.FileSystems;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/**
 * Installations that cannot start, each as a user gets it, through the launcher of a copy of the
 * distribution: what is said (in Vietnamese, the default), exit code 2, and never a JVM error; and
 * {@code baocao doctor} finding a jar changed after the build.
 */
class InstallationChecksIT {
    private static final String VERSION = ItPaths.version();

    private Installation fresh(Path work) throws Exception {
        return new Installation(ItPaths.copy(ItPaths.distribution(""), work.resolve("baocao")), work.resolve("logs"));
    }

    @Test
    void anOldVersionsJarLeftInLibIsNamedWithTheFix() throws Exception {
        Installation installation = fresh(ItPaths.work("two-versions"));
        // what unpacking a new version over an older installation leaves: the older jar beside the new
        Files.copy(installation.home().resolve("lib/platform-core-" + VERSION + ".jar"), installation.home().resolve("lib/platform-core-0.1.0.jar"));

        for (String[] command : List.of(new String[] {"--version"}, new String[] {"plugins"})) {
            Processes.Finished run = installation.baocao(command);
            assertThat(run.exitCode()).as(run.output()).isEqualTo(2);
            assertThat(run.output()).contains("lỗi: lib/ có 2 phiên bản của mô-đun vn.baocao.core: platform-core-0.1.0.jar ("
                            + VERSION + "), platform-core-" + VERSION + ".jar (" + VERSION + ").")
                    .contains("Giải nén bản mới vào một thư mục trống");
            assertNoJvmError(run);
        }
    }

    @Test
    void aModuleLeftOutIsNamedWithTheJarThatNeedsIt() throws Exception {
        Installation installation = fresh(ItPaths.work("html-left-out"));
        Files.delete(installation.home().resolve("lib/format-html-" + VERSION + ".jar"));

        Processes.Finished plugins = installation.baocao("--lang", "en", "plugins");
        assertThat(plugins.exitCode()).as(plugins.output()).isEqualTo(2);
        assertThat(plugins.output()).contains("error: lib/format-pdf-" + VERSION + ".jar (module vn.baocao.format.pdf) needs module vn.baocao.format.html, which lib/ lacks.")
                .contains("hint: Put the jar of vn.baocao.format.html from the distribution back into lib/");
        assertNoJvmError(plugins);

        // put back, the installation starts again: the check runs whenever lib/ changes
        Files.copy(ItPaths.distribution("").resolve("lib/format-html-" + VERSION + ".jar"), installation.home().resolve("lib/format-html-" + VERSION + ".jar"));
        assertThat(installation.baocao("plugins").exitCode()).isZero();
    }

    @Test
    void noJavaOnThePathIsSaidWithWhatToInstall() throws Exception {
        Path work = ItPaths.work("no-java");
        Installation installation = fresh(work);
        Map<String, String> bare = Map.of("PATH", tools(work).toString(), "HOME", work.toString());

        Processes.Finished run = installation.baocao(bare, true, "--version");
        assertThat(run.exitCode()).as(run.output()).isEqualTo(2);
        assertThat(run.output()).startsWith("lỗi: Không tìm thấy Java: Baocao cần Java 17 trở lên.")
                .contains("openjdk-17-jre-headless", "linux-x64.zip").doesNotContain("not found");
    }

    @Test
    void aJavaOlderThan17IsRefusedWithItsVersion() throws Exception {
        Path work = ItPaths.work("old-java");
        Installation installation = fresh(work);
        // Debian 12 packages no Java older than 17: a runtime folder as an older JDK lays it out
        Path oldJava = Files.createDirectories(work.resolve("jdk-11/bin"));
        Files.writeString(oldJava.resolveSibling("release"), "JAVA_VERSION=\"11.0.22\"\nIMPLEMENTOR=\"Eclipse Adoptium\"\n");
        Path java = Files.writeString(oldJava.resolve("java"), "#!/bin/sh\necho 'openjdk version \"11.0.22\"' >&2\nexit 1\n");
        Files.setPosixFilePermissions(java, PosixFilePermissions.fromString("rwxr-xr-x"));
        Map<String, String> environment = Map.of("PATH", tools(work).toString(), "HOME", work.toString(), "JAVA_HOME", oldJava.getParent().toString());

        Processes.Finished run = installation.baocao(environment, true, "--lang", "en", "--version");
        assertThat(run.exitCode()).as(run.output()).isEqualTo(2);
        assertThat(run.output()).startsWith("error: The Java at " + java.toRealPath() + " is version 11.0.22; Baocao needs Java 17 or newer.");
    }

    @Test
    void doctorFindsAJarChangedAfterTheBuild() throws Exception {
        Installation installation = fresh(ItPaths.work("doctor"));
        Processes.Finished healthy = installation.baocao("doctor");
        assertThat(healthy.exitCode()).as(healthy.output()).isZero();
        assertThat(healthy.output()).contains("✓ Mô-đun: lib/ nạp được", "Bản cài không có lỗi.").doesNotContain("✗");

        // a settings change is the installation's own; a jar changed is a fault
        Files.writeString(installation.home().resolve("conf/baocao.properties"), "language=vi\n", StandardCharsets.UTF_8,
                java.nio.file.StandardOpenOption.APPEND);
        Path jar = installation.home().resolve("lib/plugin-child-marriage-" + VERSION + ".jar");
        try (FileSystem zip = FileSystems.newFileSystem(jar)) {
            Files.writeString(zip.getPath("extra.txt"), "not built with it");
        }
        Processes.Finished tampered = installation.baocao("doctor");
        assertThat(tampered.exitCode()).as(tampered.output()).isEqualTo(1);
        assertThat(tampered.output()).contains("✗ lib/plugin-child-marriage-" + VERSION + ".jar đã thay đổi sau khi đóng gói.")
                .contains("· conf/baocao.properties khác bản gốc").contains("Bản cài có 1 lỗi.");
    }

    @Test
    void theFirstRunMakesTheClassDataArchiveFromARenderWhateverTheCommand() throws Exception {
        Installation installation = fresh(ItPaths.work("first-run"));
        Processes.Finished version = installation.baocao("--version");
        assertThat(version.exitCode()).as(version.output()).isZero();
        // not on a terminal: nothing said of the preparation
        assertThat(version.output().strip()).startsWith("baocao ").doesNotContain("chuẩn bị");
        try (var archives = Files.list(installation.home().resolve("lib/cds"))) {
            assertThat(archives.filter(p -> p.getFileName().toString().endsWith(".jsa")).toList()).hasSize(1);
        }
        Processes.Finished doctor = installation.baocao("doctor");
        assertThat(doctor.output()).containsPattern("✓ Lưu trữ khởi động nhanh \\(lib/cds/\\) cho Java [0-9.]+: đang dùng\\.");
    }

    @Test
    void onATerminalTheFirstRunSaysInOneLineThatItPrepares() throws Exception {
        Path work = ItPaths.work("first-run-terminal");
        Installation installation = fresh(work);
        // script(1) (util-linux, in every Debian) gives the launcher a terminal, as a user's shell does
        List<String> command = List.of("script", "-qec", installation.home().resolve("bin/baocao") + " --version", "/dev/null");
        Processes.Finished first = Processes.run(command, work, Map.of("JAVA_HOME", System.getProperty("java.home")), false,
                work.resolve("logs/terminal-1.log"));
        assertThat(first.exitCode()).as(first.output()).isZero();
        assertThat(first.output()).contains("Lần chạy đầu của bản cài này: đang chuẩn bị để các lần sau khởi động nhanh hơn (vài giây)…")
                .contains("baocao ");
        Processes.Finished second = Processes.run(command, work, Map.of("JAVA_HOME", System.getProperty("java.home")), false,
                work.resolve("logs/terminal-2.log"));
        assertThat(second.output()).doesNotContain("chuẩn bị");
    }

    private static void assertNoJvmError(Processes.Finished run) {
        assertThat(run.output()).doesNotContain("Exception", "java.lang", "Error occurred during initialization");
    }

    /** A PATH of the tools the launcher uses, without Java. */
    private static Path tools(Path work) throws Exception {
        Path tools = Files.createDirectories(work.resolve("tools"));
        for (String tool : new String[] {"sh", "dirname", "readlink", "sed", "ls", "cksum", "cat", "rm"}) {
            Files.createSymbolicLink(tools.resolve(tool), onPath(tool));
        }
        return tools;
    }

    private static Path onPath(String tool) {
        for (String dir : System.getenv("PATH").split(":")) {
            Path candidate = Path.of(dir, tool);
            if (Files.isExecutable(candidate)) return candidate;
        }
        throw new IllegalStateException(tool + " is not on the PATH");
    }
}
