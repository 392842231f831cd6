package vn.baocao.app.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** A PDF's lines break between words, never inside a date or a document symbol at its slash. */
class PdfLineBreaksTest {
    private static final Path SOURCE = Path.of("src/test/corpus/valid-minimal.yaml");

    @TempDir
    Path dir;

    @Test
    void datesAndSymbolsAreNeverSplitAtTheirSlash() throws IOException {
        // many dates and symbols in one paragraph, so that some fall at the end of a line
        StringBuilder paragraph = new StringBuilder();
        for (int i = 1; i <= 80; i++) {
            paragraph.append("theo Kế hoạch số ").append(i).append("-KH/TU ngày ").append(1 + i % 28).append("/10/2018 của Ban Thường vụ, ");
        }
        String source = Files.readString(SOURCE).replace("    - Ban Dân tộc tỉnh là cơ quan chuyên môn thuộc UBND tỉnh.",
                "    - \"" + paragraph.toString().strip() + " đạt kết quả.\"");
        Path file = Files.writeString(dir.resolve("dai.yaml"), source);

        Run run = Run.of("render", file.toString(), "--format", "pdf", "--out", dir.resolve("out").toString());

        assertThat(run.exitCode()).as(run.all()).isZero();
        List<String> lines = Arrays.stream(ReadBack.pdfText(dir.resolve("out").resolve("dai.pdf")).split("\\R")).map(String::strip).toList();
        assertThat(lines).as("the paragraph is laid out over many lines").hasSizeGreaterThan(30);
        assertThat(lines).noneMatch(l -> l.endsWith("/")).noneMatch(l -> l.startsWith("/"));
        assertThat(lines).noneMatch(l -> l.matches(".*\\d+/\\d+$") && !l.matches(".*\\d+/\\d+/\\d{4}$"));
    }
}
