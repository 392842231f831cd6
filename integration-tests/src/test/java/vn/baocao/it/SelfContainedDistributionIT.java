package vn.baocao.it;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.zip.ZipFile;
import org.junit.jupiter.api.Test;

/**
 * The self-contained distribution on a machine without Java: no JAVA_HOME, and a PATH holding only
 * the few tools the launcher script uses (every Linux has them; only Java is missing).
 */
class SelfContainedDistributionIT {

    @Test
    void rendersTheSeedReportWithItsOwnRuntimeOnly() throws Exception {
        Path work = ItPaths.work("self-contained");
        Path home = ItPaths.copy(ItPaths.distribution("-linux-x64"), work.resolve("baocao"));
        Path tools = Files.createDirectories(work.resolve("tools"));
        for (String tool : new String[] {"sh", "dirname", "readlink", "sed", "ls", "cksum", "cat", "rm"}) {
            Files.createSymbolicLink(tools.resolve(tool), onPath(tool));
        }
        Map<String, String> bare = Map.of("PATH", tools.toString(), "HOME", work.toString());
        Processes.Finished noJava = Processes.run(java.util.List.of(tools.resolve("sh").toString(), "-c", "command -v java"),
                work, bare, true, work.resolve("logs/no-java.log"));
        assertThat(noJava.exitCode()).as("java must not be found: " + noJava.output()).isNotZero();

        Path out = work.resolve("out");
        Processes.Finished render = new Installation(home, work.resolve("logs")).baocao(bare, true, "render",
                ItPaths.root().resolve("docs/examples/dan-van-kheo-2023/bao-cao.yaml").toString(),
                "--format", "docx,pdf", "--out", out.toString());
        assertThat(render.exitCode()).as(render.output()).isZero();
        try (ZipFile docx = new ZipFile(out.resolve("bao-cao.docx").toFile())) {
            String document = new String(docx.getInputStream(docx.getEntry("word/document.xml")).readAllBytes(),
                    java.nio.charset.StandardCharsets.UTF_8);
            assertThat(document).contains("Dân vận khéo", "Đỗ Minh Hải");
        }
        assertThat(Files.readAllBytes(out.resolve("bao-cao.pdf"))).startsWith("%PDF-".getBytes(java.nio.charset.StandardCharsets.US_ASCII));
        // the first run left the installation its class-data-sharing archive, stamped with its folder
        try (var archives = Files.list(home.resolve("lib/cds"))) {
            List<Path> made = archives.filter(p -> p.getFileName().toString().endsWith(".jsa")).toList();
            assertThat(made).hasSize(1);
            Path stamp = made.get(0).resolveSibling(made.get(0).getFileName().toString().replace(".jsa", ".stamp"));
            assertThat(Files.readString(stamp)).startsWith(home.toRealPath() + " ");
        }
        Processes.Finished again = new Installation(home, work.resolve("logs")).baocao(bare, true, "validate",
                ItPaths.root().resolve("docs/examples/dan-van-kheo-2023/bao-cao.yaml").toString());
        assertThat(again.exitCode()).as(again.output()).isZero();
    }

    @Test
    void theRuntimeHoldsOnlyTheModulesItNeeds() throws Exception {
        String release = Files.readString(ItPaths.distribution("-linux-x64").resolve("runtime/release"));
        assertThat(release).contains("java.base", "java.desktop", "jdk.localedata").doesNotContain("jdk.compiler", "jdk.jshell");
    }

    @Test
    void theZipUnpacksIntoOneFolderWithAnExecutableJava() throws Exception {
        Path zip = ItPaths.root().resolve("app/target/baocao-" + ItPaths.version() + "-linux-x64.zip");
        String top = "baocao-" + ItPaths.version() + "-linux-x64/";
        try (ZipFile file = new ZipFile(zip.toFile())) {
            assertThat(file.stream().allMatch(e -> e.getName().startsWith(top))).isTrue();
            assertThat(file.getEntry(top + "runtime/bin/java")).isNotNull();
            assertThat(file.getEntry(top + "bin/baocao")).isNotNull();
        }
    }

    private static Path onPath(String tool) {
        for (String dir : System.getenv("PATH").split(":")) {
            Path candidate = Path.of(dir, tool);
            if (Files.isExecutable(candidate)) {
                return candidate;
            }
        }
        throw new AssertionError(tool + " is not on the PATH");
    }
}
