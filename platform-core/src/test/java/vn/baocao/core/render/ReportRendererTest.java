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

    @Test
    void aRunKilledWhilePuttingItsFilesInPlaceIsUndoneByTheNextRun(@TempDir Path dir) throws Exception {
        // what a run killed half way through the moves leaves: its journal, one older file set
        // aside and replaced, another not yet, and a new file where there was none
        String run = "0f8e2c1a-1b2c-4d5e-8f90-123456789abc";
        Files.writeString(dir.resolve("bao-cao.docx"), "the new DOCX of the killed run");
        Files.writeString(dir.resolve(".bao-cao.docx." + run + ".bak"), "last week's DOCX");
        Files.writeString(dir.resolve("bao-cao.pdf"), "last week's PDF");
        Files.writeString(dir.resolve("bao-cao.md"), "the new Markdown of the killed run");
        Files.writeString(dir.resolve("." + run + ".moving"), "B\tbao-cao.docx\nB\tbao-cao.pdf\nN\tbao-cao.md\n");
        Files.writeString(dir.resolve(".bao-cao-" + run + ".pdf.tmp"), "half a PDF");
        Files.writeString(dir.resolve("ghi-chu.txt"), "the user's own file");

        PutInPlace.recover(dir);

        try (Stream<Path> files = Files.list(dir)) {
            assertThat(files.map(p -> p.getFileName().toString())).containsExactlyInAnyOrder("bao-cao.docx", "bao-cao.pdf", "ghi-chu.txt");
        }
        assertThat(Files.readString(dir.resolve("bao-cao.docx"))).isEqualTo("last week's DOCX");
        assertThat(Files.readString(dir.resolve("bao-cao.pdf"))).isEqualTo("last week's PDF");
    }

    @Test
    void aRunLeavesOnlyItsFilesAndClearsWhatAKilledRunLeft(@TempDir Path dir) throws Exception {
        Files.writeString(dir.resolve(".bao-cao-0f8e2c1a-1b2c-4d5e-8f90-123456789abc.txt.tmp"), "half a document of a killed run");
        ReportRenderer renderer = new ReportRenderer(java.util.Map.of("txt", new TextFormat()));

        renderer.render(report, List.of("txt"), dir, "bao-cao");

        try (Stream<Path> files = Files.list(dir)) {
            assertThat(files.map(p -> p.getFileName().toString())).containsExactly("bao-cao.txt");
        }
    }

    @Test
    void twoRunsIntoOneFolderTakeTurns(@TempDir Path dir) throws Exception {
        // a format that holds the folder for a while: the other run must not write meanwhile
        java.util.concurrent.CountDownLatch started = new java.util.concurrent.CountDownLatch(1);
        java.util.concurrent.atomic.AtomicBoolean overlapped = new java.util.concurrent.atomic.AtomicBoolean();
        java.util.concurrent.atomic.AtomicInteger inside = new java.util.concurrent.atomic.AtomicInteger();
        ReportFormat slow = new ReportFormat() {
            @Override public String id() { return "txt"; }
            @Override public String fileExtension() { return "txt"; }
            @Override public void render(AssembledReport r, OutputStream out) throws IOException {
                if (inside.incrementAndGet() > 1) overlapped.set(true);
                started.countDown();
                try {
                    Thread.sleep(200);
                } catch (InterruptedException e) {
                    Thread.currentThread().interrupt();
                }
                out.write("a whole document".getBytes(StandardCharsets.UTF_8));
                inside.decrementAndGet();
            }
        };
        ReportRenderer renderer = new ReportRenderer(java.util.Map.of("txt", slow));
        Thread other = new Thread(() -> {
            try {
                renderer.render(report, List.of("txt"), dir, "bao-cao");
            } catch (ReportRenderer.RenderException e) {
                throw new IllegalStateException(e);
            }
        });
        other.start();
        started.await();
        renderer.render(report, List.of("txt"), dir, "bao-cao");
        other.join();

        assertThat(overlapped).as("the second run waited for the first").isFalse();
        try (Stream<Path> files = Files.list(dir)) {
            assertThat(files.map(p -> p.getFileName().toString())).containsExactly("bao-cao.txt");
        }
    }
}
