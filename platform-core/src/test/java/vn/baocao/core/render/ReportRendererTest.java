package vn.baocao.core.render;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import vn.baocao.api.spi.AssembledReport;
import vn.baocao.api.spi.ReportFormat;

/** Writes are all or nothing: a format that fails half-way leaves no file behind, not even the others'. */
class ReportRendererTest {

    /** Writes some bytes, then fails, like a renderer meeting a bug in the middle of a document. */
    static final class FailingFormat implements ReportFormat {
        @Override public String id() { return "broken"; }
        @Override public String fileExtension() { return "bin"; }
        @Override public void render(AssembledReport report, OutputStream out) throws IOException {
            out.write("half a document".getBytes(StandardCharsets.UTF_8));
            throw new IOException("disk full");
        }
    }

    static final class TextFormat implements ReportFormat {
        @Override public String id() { return "txt"; }
        @Override public String fileExtension() { return "txt"; }
        @Override public void render(AssembledReport report, OutputStream out) throws IOException {
            out.write("a whole document".getBytes(StandardCharsets.UTF_8));
        }
    }

    private final AssembledReport report = new AssembledReport(null, List.of(), List.of());

    @Test
    void aFailureLeavesNoFileOfTheRun(@TempDir Path dir) throws Exception {
        Files.writeString(dir.resolve("bao-cao.txt"), "last week's report");
        ReportRenderer renderer = new ReportRenderer(java.util.Map.of("txt", new TextFormat(), "broken", new FailingFormat()));

        assertThatThrownBy(() -> renderer.render(report, List.of("txt", "broken"), dir, "bao-cao"))
                .isInstanceOfSatisfying(ReportRenderer.RenderException.class, e -> assertThat(e.format()).isEqualTo("broken"));

        try (Stream<Path> files = Files.list(dir)) {
            assertThat(files.map(p -> p.getFileName().toString())).containsExactly("bao-cao.txt");
        }
        assertThat(Files.readString(dir.resolve("bao-cao.txt"))).isEqualTo("last week's report");
    }

    @Test
    void successReplacesTheFilesWhole(@TempDir Path dir) throws Exception {
        Files.writeString(dir.resolve("bao-cao.txt"), "last week's report");
        ReportRenderer renderer = new ReportRenderer(java.util.Map.of("txt", new TextFormat()));

        List<Path> written = renderer.render(report, List.of("txt"), dir.resolve("new"), "bao-cao");

        assertThat(written).containsExactly(dir.resolve("new/bao-cao.txt"));
        assertThat(Files.readString(written.get(0))).isEqualTo("a whole document");
        try (Stream<Path> files = Files.list(dir.resolve("new"))) {
            assertThat(files).hasSize(1);
        }
    }
}
