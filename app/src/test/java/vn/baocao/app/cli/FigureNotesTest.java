package vn.baocao.app.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** A figure's note reaches the document, below the indicator table that prints the figure. */
class FigureNotesTest {
    private static final Path SOURCE = Path.of("src/test/corpus/valid-minimal.yaml");

    @TempDir
    Path dir;

    @Test
    void aNoteIsPrintedUnderTheTableInItalics() throws IOException {
        String source = Files.readString(SOURCE)
                .replace("    - Ban Dân tộc tỉnh là cơ quan chuyên môn thuộc UBND tỉnh.\n",
                        "    - Ban Dân tộc tỉnh là cơ quan chuyên môn thuộc UBND tỉnh.\n    - block: indicator-table\n")
                .replace("""
                              - indicator: CM_COUPLES
                                period: 2023
                                value: 12
                        """, """
                              - indicator: CM_COUPLES
                                period: 2023
                                value: 12
                                note: chưa gồm số liệu của huyện Trà Bồng
                        """);
        assertThat(source).contains("note: chưa gồm", "- block: indicator-table");
        Path file = Files.writeString(dir.resolve("ghi-chu.yaml"), source);
        Run run = Run.of("render", file.toString(), "--format", "md,docx", "--out", dir.toString());
        assertThat(run.exitCode()).as(run.all()).isZero();
        assertThat(Files.readString(dir.resolve("ghi-chu.md"))).contains("*Ghi chú: Số cặp tảo hôn (2023): chưa gồm số liệu của huyện Trà Bồng*");
        assertThat(ReadBack.docx(dir.resolve("ghi-chu.docx"))).contains("Ghi chú: Số cặp tảo hôn (2023): chưa gồm số liệu của huyện Trà Bồng");
    }
}
