package vn.baocao.app.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The output follows the source: a changed date, document reference or recipient changes the
 * document, and a report once numbered and dated prints by the leading-zero rules.
 */
class RenderChangesTest {
    private static final Path EXAMPLE = SeedReproductionTest.EXAMPLE.resolve("bao-cao.yaml");

    @TempDir
    Path dir;

    @Test
    void aChangedDateReferenceAndRecipientChangeTheDocument() throws Exception {
        String source = Files.readString(EXAMPLE)
                .replace("  number: /BC-BDT ", "  number: 7/BC-BDT ")
                .replace("  date: 2023-06 ", "  date: 2023-07-05 ")
                .replace("      date: 2021-03-16", "      date: 2021-01-09")
                .replace("    - Sở Nội vụ\n", "    - Văn phòng UBND tỉnh\n");
        Path changed = Files.writeString(dir.resolve("bao-cao.yaml"), source);

        Run run = Run.of("render", changed.toString(), "--format", "docx,md", "--out", dir.resolve("out").toString());

        assertThat(run.exitCode()).as(run.all()).isZero();
        for (List<String> paragraphs : List.of(ReadBack.docx(dir.resolve("out/bao-cao.docx")), ReadBack.markdown(dir.resolve("out/bao-cao.md")))) {
            assertThat(paragraphs).contains("Số: 07/BC-BDT", "Quảng Ngãi, ngày 05 tháng 7 năm 2023", "- Văn phòng UBND tỉnh;")
                    .doesNotContain("Số: /BC-BDT", "- Sở Nội vụ;");
            assertThat(String.join("\n", paragraphs))
                    .contains("Kế hoạch số 31-KH/TU ngày 09/01/2021 của Ban Thường vụ Tỉnh ủy")
                    .doesNotContain("31-KH/TU ngày 16/3/2021");
        }
    }

    @Test
    void anInvalidSourceIsReportedAndNothingIsWritten() throws IOException {
        String source = Files.readString(EXAMPLE).replace("{{cite 31-KH/TU}}; {{cite 70/KH-UBND}}", "{{cite 31-KH/TU}}; {{cite 71/KH-UBND}}");
        Path broken = Files.writeString(dir.resolve("bao-cao.yaml"), source);
        Path out = dir.resolve("out");

        Run run = Run.of("render", broken.toString(), "--format", "docx,pdf", "--out", out.toString());

        assertThat(run.exitCode()).isEqualTo(ExitCodes.INVALID);
        assertThat(run.out()).contains("71/KH-UBND").contains("không có trong nguồn báo cáo");
        assertThat(Files.exists(out)).isFalse();
    }

    @Test
    void anUnknownFormatIsAUsageErrorNamingTheFormatsThereAre() throws IOException {
        Run run = Run.of("render", EXAMPLE.toString(), "--format", "docx,odt", "--out", dir.toString());
        assertThat(run.exitCode()).isEqualTo(ExitCodes.USAGE);
        assertThat(run.err()).contains("odt").contains("docx, html, json, md, pdf");
        try (Stream<Path> files = Files.list(dir)) {
            assertThat(files).isEmpty();
        }
    }

    @Test
    void aDistributionWithoutThePdfFormatRendersTheOthers() throws IOException {
        Run withoutPdf = Run.of("render", EXAMPLE.toString(), "--format", "pdf", "--disable-plugin", "format-pdf", "--out", dir.toString());
        assertThat(withoutPdf.exitCode()).isEqualTo(ExitCodes.USAGE);
        assertThat(withoutPdf.err()).contains("“pdf”").contains("docx, html, json, md.");

        Run docx = Run.of("render", EXAMPLE.toString(), "--format", "docx", "--disable-plugin", "format-pdf", "--out", dir.toString());
        assertThat(docx.exitCode()).as(docx.all()).isZero();
        assertThat(dir.resolve("bao-cao.docx")).isNotEmptyFile();
    }
}
