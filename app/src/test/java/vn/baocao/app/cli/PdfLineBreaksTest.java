package vn.baocao.app.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** A PDF's lines break between words, never inside a date, a document symbol at its slash, or a person's title. */
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
            paragraph.append("ý kiến của Chủ tịch UBND tỉnh ngày ").append(1 + i % 28).append(" tháng 01 năm 2020, ");
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
        // nor inside a title or a date written out (the body's lines, after the header)
        List<String> body = lines.subList(lines.indexOf("I. ĐẶC ĐIỂM TÌNH HÌNH") + 1, lines.size());
        assertThat(body).noneMatch(l -> l.matches(".*(Chủ|Chủ tịch|Chủ tịch UBND|ngày \\d+|tháng|tháng 01|năm)$"))
                .noneMatch(l -> l.matches("^(tịch|UBND|tỉnh|tháng|01 năm|năm|2020)\\b.*"));
    }
}
