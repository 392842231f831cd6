package vn.baocao.app.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.text.PDFTextStripper;
import org.apache.poi.xwpf.usermodel.IBodyElement;
import org.apache.poi.xwpf.usermodel.XWPFDocument;
import org.apache.poi.xwpf.usermodel.XWPFParagraph;
import org.apache.poi.xwpf.usermodel.XWPFTable;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The 2019 example's two annexes, printed after the signature as Decree 30/2020 lays an annex out:
 * on a page of its own, "Phụ lục I", the title in capitals, and the line tying it to report
 * 12/BC-BDT of 10 January 2020 of Ban Dân tộc, the example's number, date and issuer.
 */
class AnnexesTest {
    private static final Path EXAMPLE = Path.of(System.getProperty("baocao.examples", "../docs/examples"), "so-lieu-tao-hon-2019");
    private static final String ATTACHED = "(Kèm theo Báo cáo số 12/BC-BDT ngày 10 tháng 01 năm 2020 của Ban Dân tộc)";

    @TempDir
    Path out;

    @Test
    void theDocxPrintsEachAnnexOnANewPageAfterTheSignature() throws IOException {
        render(EXAMPLE.resolve("bao-cao.yaml"), "docx");
        try (InputStream in = Files.newInputStream(out.resolve("bao-cao.docx")); XWPFDocument docx = new XWPFDocument(in)) {
            List<IBodyElement> body = docx.getBodyElements();
            int signature = indexOf(body, "Nguyễn Văn A");
            int first = indexOf(body, "Phụ lục I");
            int second = indexOf(body, "Phụ lục II");
            assertThat(signature).isNotNegative();
            assertThat(first).isGreaterThan(signature);
            assertThat(second).isGreaterThan(first);

            XWPFParagraph label = (XWPFParagraph) body.get(first);
            assertThat(label.isPageBreak()).as("an annex starts a page").isTrue();
            assertThat(((XWPFParagraph) body.get(second)).isPageBreak()).isTrue();
            assertThat(text(body.get(first + 1))).isEqualTo("SỐ CẶP TẢO HÔN NĂM 2018, 2019 THEO CÁC HUYỆN, THÀNH PHỐ NĂM 2019");
            XWPFParagraph attached = (XWPFParagraph) body.get(first + 2);
            assertThat(text(attached)).isEqualTo(ATTACHED);
            assertThat(attached.getRuns()).allMatch(r -> r.isItalic());

            // annex I holds the districts of 2019; annex II the communes of today
            int tayTraDistrict = indexOf(body, "Huyện Tây Trà");
            int tayTraCommune = indexOf(body, "Xã Tây Trà Bồng");
            assertThat(body.get(tayTraDistrict)).isInstanceOf(XWPFTable.class);
            assertThat(tayTraDistrict).isBetween(first, second);
            assertThat(tayTraCommune).isGreaterThan(second);
        }
    }

    @Test
    void markdownAndPdfPlaceTheAnnexesAfterTheSignature() throws IOException {
        render(EXAMPLE.resolve("bao-cao.yaml"), "md,pdf");
        String md = Files.readString(out.resolve("bao-cao.md"));
        assertThat(md.indexOf("## Phụ lục I\n")).isGreaterThan(md.indexOf("**Nguyễn Văn A**"));
        assertThat(md).contains("## Phụ lục II\n", "*" + ATTACHED + "*");

        try (PDDocument pdf = Loader.loadPDF(out.resolve("bao-cao.pdf").toFile())) {
            PDFTextStripper stripper = new PDFTextStripper();
            // no-break spans are drawn after the line they sit in: read the page as it is seen
            stripper.setSortByPosition(true);
            int annexPages = 0;
            for (int page = 1; page <= pdf.getNumberOfPages(); page++) {
                stripper.setStartPage(page);
                stripper.setEndPage(page);
                // the page number heads each page after the first
                String text = plain(stripper.getText(pdf)).strip().replaceFirst("^\\d+\\s+", "");
                if (text.contains("Phụ lục I")) {
                    annexPages++;
                    assertThat(text).as("page %d", page).startsWith("Phụ lục I");
                    assertThat(text).contains(ATTACHED).doesNotContain("Nguyễn Văn A");
                }
            }
            assertThat(annexPages).as("a page opened by each annex").isEqualTo(2);
        }
    }

    @Test
    void aSingleAnnexIsCalledPhuLucWithoutANumber() throws IOException {
        Path folder = Files.createDirectories(out.resolve("mot-phu-luc"));
        for (Path file : Files.newDirectoryStream(EXAMPLE)) {
            Files.copy(file, folder.resolve(file.getFileName().toString()));
        }
        Path source = folder.resolve("bao-cao.yaml");
        String yaml = Files.readString(source);
        String secondAnnex = yaml.substring(yaml.indexOf("  # the same figures under the communes of 2026"), yaml.indexOf("\nprograms:"));
        Files.writeString(source, yaml.replace(secondAnnex, ""));

        render(source, "md");
        String md = Files.readString(out.resolve("bao-cao.md"));
        assertThat(md).contains("## Phụ lục\n").doesNotContain("## Phụ lục I");
    }

    @Test
    void anAnnexWithoutATitleIsRefusedWithItsPlace() throws IOException {
        Path source = out.resolve("bao-cao.yaml");
        Files.copy(EXAMPLE.resolve("tao-hon-2018-2019.csv"), out.resolve("tao-hon-2018-2019.csv"));
        String yaml = Files.readString(EXAMPLE.resolve("bao-cao.yaml"));
        Files.writeString(source, yaml.replace("  - title: Số cặp tảo hôn năm 2018, 2019 theo đơn vị hành chính hiện nay\n    content:", "  - content:"));

        Run run = Run.of("validate", source.toString());
        assertThat(run.exitCode()).isEqualTo(1);
        assertThat(run.all()).containsPattern(":\\d+:5: lỗi: Thiếu trường bắt buộc “title”\\. \\[/annexes/1/title\\]");
    }

    private void render(Path source, String formats) {
        Run run = Run.of("render", source.toString(), "--format", formats, "--out", out.toString());
        assertThat(run.exitCode()).as(run.all()).isZero();
    }

    private static int indexOf(List<IBodyElement> body, String text) {
        for (int i = 0; i < body.size(); i++) {
            if (text(body.get(i)).equals(text) || body.get(i) instanceof XWPFTable && text(body.get(i)).contains(text)) return i;
        }
        for (int i = 0; i < body.size(); i++) {
            if (text(body.get(i)).contains(text)) return i;
        }
        return -1;
    }

    private static String text(IBodyElement element) {
        String text = element instanceof XWPFParagraph p ? p.getText() : element instanceof XWPFTable t ? t.getText() : "";
        return plain(text).strip();
    }

    /** The document keeps symbols and dates on one line with no-break characters; read them as typed. */
    private static String plain(String text) {
        return text.replace('\u00A0', ' ').replace('\u2011', '-').replace("\u2060", "");
    }
}
