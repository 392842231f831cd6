package vn.baocao.app.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.text.PDFTextStripper;
import org.apache.pdfbox.text.TextPosition;
import org.apache.poi.xwpf.usermodel.ParagraphAlignment;
import org.apache.poi.xwpf.usermodel.XWPFDocument;
import org.apache.poi.xwpf.usermodel.XWPFRun;
import org.apache.poi.xwpf.usermodel.XWPFTable;
import org.apache.poi.xwpf.usermodel.XWPFTableRow;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.STTblLayoutType;

/** The data tables of a report with figures, as an agency lays its own out: the DOCX read back with POI, the HTML and Markdown as text. */
class DataTablesTest {
    @TempDir
    static Path out;

    static XWPFDocument doc;

    @BeforeAll
    static void render() throws IOException {
        Path source = Path.of(System.getProperty("baocao.examples", "../docs/examples"), "so-lieu-tao-hon-2023", "bao-cao.yaml");
        Run run = Run.of("render", source.toString(), "--format", "docx,html,pdf,md", "--out", out.toString());
        assertThat(run.exitCode()).as(run.all()).isZero();
        try (InputStream in = Files.newInputStream(out.resolve("bao-cao.docx"))) {
            doc = new XWPFDocument(in);
        }
    }

    @AfterAll
    static void close() throws IOException {
        doc.close();
    }

    @Test
    void theHeadingRowRepeatsOnEachPageAndNoRowIsCut() {
        for (XWPFTable table : dataTables()) {
            assertThat(table.getRow(0).isRepeatHeader()).as(table.getText()).isTrue();
            table.getRows().subList(1, table.getRows().size()).forEach(row -> assertThat(row.isCantSplitRow()).isTrue());
        }
    }

    @Test
    void columnsAreSizedToWhatTheyHoldAndFixed() {
        XWPFTable indicators = table("Chỉ tiêu");
        // indicator, unit, 2022, 2023: the names get the room the figures do not need
        assertThat(width(indicators, 0)).isGreaterThan(3 * width(indicators, 2));
        assertThat(width(indicators, 2)).isLessThan(width(indicators, 0) / 4);
        assertThat(indicators.getCTTbl().getTblPr().getTblLayout().getType()).isEqualTo(STTblLayoutType.FIXED);
        int sum = 0;
        for (int c = 0; c < indicators.getRow(0).getTableCells().size(); c++) {
            sum += width(indicators, c);
        }
        assertThat(sum).isEqualTo(indicators.getWidth()); // the text width: A4 less the decree's margins
    }

    @Test
    void figuresAreRightAlignedAndNamesLeft() {
        XWPFTableRow first = table("Chỉ tiêu").getRow(1);
        assertThat(first.getCell(0).getParagraphs().get(0).getAlignment()).isEqualTo(ParagraphAlignment.LEFT);
        assertThat(first.getCell(2).getText()).isEqualTo("14");
        assertThat(first.getCell(2).getParagraphs().get(0).getAlignment()).isEqualTo(ParagraphAlignment.RIGHT);
    }

    @Test
    void theTotalRowIsBoldAndTheOthersAreNot() {
        XWPFTable annex = table("STT");
        List<XWPFTableRow> rows = annex.getRows();
        XWPFTableRow total = rows.get(rows.size() - 1);
        assertThat(total.getCell(1).getText()).isEqualTo("Tổng cộng");
        assertThat(runs(total)).isNotEmpty().allMatch(XWPFRun::isBold);
        assertThat(runs(rows.get(1))).isNotEmpty().noneMatch(XWPFRun::isBold);
    }

    @Test
    void thePdfSizesColumnsAsTheDocxDoes() throws IOException {
        Map<String, Float> left = new HashMap<>();
        float pageWidth;
        try (PDDocument pdf = Loader.loadPDF(out.resolve("bao-cao.pdf").toFile())) {
            pageWidth = pdf.getPage(0).getMediaBox().getWidth();
            PDFTextStripper stripper = new PDFTextStripper() {
                @Override
                protected void writeString(String text, List<TextPosition> positions) {
                    left.putIfAbsent(text.strip(), positions.get(0).getXDirAdj());
                }
            };
            stripper.getText(pdf);
        }
        // indicator, unit, 2022, 2023: with equal columns the unit ("cặp") would start a quarter of the way past the name
        float tableLeft = left.get("Số cặp tảo hôn");
        float unit = left.get("cặp");
        assertThat((unit - tableLeft) / pageWidth).as("the unit column starts past the indicator names' wide column").isGreaterThan(0.45f);
        assertThat(Files.readString(out.resolve("bao-cao.html"))).contains("table.data { table-layout: fixed;").containsPattern(
                "<table class=\"data\">\n<colgroup><col style=\"width: [1-9]\\d\\.\\d%\"/><col style=\"width: [1-9]\\.\\d%\"/>");
    }

    @Test
    void theHtmlAndMarkdownSayTheSame() throws IOException {
        String html = Files.readString(out.resolve("bao-cao.html"));
        assertThat(html).contains("<thead><tr><th>STT</th><th>Đơn vị</th><th>2022</th><th>2023</th></tr></thead>")
                .contains("<tr class=\"total\"><td class=\"number\"></td><td>Tổng cộng</td><td class=\"number\">14</td><td class=\"number\">12</td></tr>")
                .contains("table.data thead { display: table-header-group; }");
        String md = Files.readString(out.resolve("bao-cao.md"));
        assertThat(md).contains("| STT | Đơn vị | 2022 | 2023 |\n| ---: | --- | ---: | ---: |").contains("|  | **Tổng cộng** | **14** | **12** |");
    }

    private static List<XWPFTable> dataTables() {
        // the header and the signature are tables without borders; the data tables have headings
        return doc.getTables().stream().filter(t -> List.of("Chỉ tiêu", "STT").contains(t.getRow(0).getCell(0).getText())).toList();
    }

    private static XWPFTable table(String firstHeading) {
        return dataTables().stream().filter(t -> t.getRow(0).getCell(0).getText().equals(firstHeading)).findFirst().orElseThrow();
    }

    private static int width(XWPFTable table, int column) {
        return Integer.parseInt(table.getRow(0).getCell(column).getCTTc().getTcPr().getTcW().getW().toString());
    }

    private static List<XWPFRun> runs(XWPFTableRow row) {
        return row.getTableCells().stream().flatMap(c -> c.getParagraphs().stream()).flatMap(p -> p.getRuns().stream())
                .filter(r -> !r.text().isEmpty()).toList();
    }
}
