package vn.baocao.app.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** A folder for --out that cannot take the report is one sentence naming it, and nothing is written. */
class OutputFolderTest {
    private static final Path SOURCE = Path.of("src/test/corpus/valid-minimal.yaml");

    @TempDir
    Path dir;

    @Test
    void aFileGivenAsTheOutputFolderIsNamedAsSuch() throws IOException {
        Path file = Files.writeString(dir.resolve("bao-cao"), "not a folder");
        Run vi = Run.of("render", SOURCE.toString(), "--format", "docx", "--out", file.toString());
        Run en = Run.of("render", SOURCE.toString(), "--format", "docx", "--out", file.toString(), "--lang", "en");

        assertThat(vi.exitCode()).isEqualTo(ExitCodes.USAGE);
        assertThat(vi.err()).contains("“" + file + "” là một tệp, không phải thư mục");
        assertThat(en.err()).contains("“" + file + "” is a file, not a folder");
        Leaks.assertNone(vi.all());
        Leaks.assertNone(en.all());
        assertThat(Files.readString(file)).isEqualTo("not a folder");
    }

    @Test
    void aFolderWhereAReportFileShouldGoIsNotReplaced() throws IOException {
        Files.createDirectories(dir.resolve("valid-minimal.docx"));
        Run run = Run.of("render", SOURCE.toString(), "--format", "docx,md", "--out", dir.toString(), "--lang", "en");

        assertThat(run.exitCode()).isEqualTo(ExitCodes.USAGE);
        assertThat(run.err()).contains("holds a folder of the same name as a report file");
        Leaks.assertNone(run.all());
        assertThat(dir.resolve("valid-minimal.docx")).isDirectory();
        assertThat(dir.resolve("valid-minimal.md")).as("all or nothing").doesNotExist();
        try (var files = Files.list(dir)) {
            assertThat(files).hasSize(1);
        }
    }
}
