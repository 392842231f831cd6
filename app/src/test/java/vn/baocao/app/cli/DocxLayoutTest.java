package vn.baocao.app.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStream;
import java.math.BigInteger;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.apache.poi.xwpf.usermodel.Borders;
import org.apache.poi.xwpf.usermodel.IBodyElement;
import org.apache.poi.xwpf.usermodel.ParagraphAlignment;
import org.apache.poi.xwpf.usermodel.XWPFDocument;
import org.apache.poi.xwpf.usermodel.XWPFHeader;
import org.apache.poi.xwpf.usermodel.XWPFParagraph;
import org.apache.poi.xwpf.usermodel.XWPFRun;
import org.apache.poi.xwpf.usermodel.XWPFTable;
import org.apache.poi.xwpf.usermodel.XWPFTableCell;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTSectPr;

/** The DOCX read back with POI follows Decree 30/2020, Phụ lục I (admin-documents §1–2). */
class DocxLayoutTest {
    @TempDir
    static Path out;

    static XWPFDocument doc;

    @BeforeAll
    static void render() throws IOException {
        Run run = Run.of("render", SeedReproductionTest.EXAMPLE.resolve("bao-cao.yaml").toString(), "--out", out.toString());
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
    void a4WithTheDecreesMargins() {
        CTSectPr section = doc.getDocument().getBody().getSectPr();
        assertThat(twips(section.getPgSz().getW())).isEqualTo(11906);
        assertThat(twips(section.getPgSz().getH())).isEqualTo(16838);
        assertThat(millimetres(section.getPgMar().getTop())).isBetween(20.0, 25.0);
        assertThat(millimetres(section.getPgMar().getBottom())).isBetween(20.0, 25.0);
        assertThat(millimetres(section.getPgMar().getLeft())).isBetween(30.0, 35.0);
        assertThat(millimetres(section.getPgMar().getRight())).isBetween(15.0, 20.0);
    }

    @Test
    void theFileNamesTheReportAndItsIssuerNotTheLibraryThatWroteIt() {
        var core = doc.getProperties().getCoreProperties();
        assertThat(core.getCreator()).isEqualTo("Ban Dân tộc");
        assertThat(core.getTitle()).startsWith("Kết quả triển khai sơ kết 03 năm");
        assertThat(doc.getProperties().getExtendedProperties().getApplication()).isEqualTo("Baocao");
    }

    @Test
    void everyRunIsTimesNewRoman() {
        for (XWPFParagraph p : allParagraphs()) {
            for (XWPFRun run : p.getRuns()) {
                assertThat(run.getFontFamily()).as(p.getText()).isEqualTo("Times New Roman");
            }
        }
    }

    @Test
    void theHeaderHasItsTwoColumnsWithCaseSizesBoldAndRules() {
        XWPFTable header = doc.getTables().get(0);
        List<XWPFParagraph> issuer = header.getRow(0).getCell(0).getParagraphs();
        assertLine(issuer.get(0), "UBND TỈNH QUẢNG NGÃI", 13, false, false);
        assertLine(issuer.get(1), "BAN DÂN TỘC", 13, true, false);
        assertThat(issuer.get(2).getBorderTop()).isEqualTo(Borders.SINGLE);
        assertThat(issuer.get(2).getIndentationLeft()).isPositive();

        List<XWPFParagraph> nation = header.getRow(0).getCell(1).getParagraphs();
        assertLine(nation.get(0), "CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM", 12, true, false);
        assertLine(nation.get(1), "Độc lập - Tự do - Hạnh phúc", 13, true, false);
        assertThat(nation.get(2).getBorderTop()).isEqualTo(Borders.SINGLE);

        assertLine(header.getRow(1).getCell(0).getParagraphs().get(0), "Số:      /BC-BDT", 13, false, false);
        assertLine(header.getRow(1).getCell(1).getParagraphs().get(0), "Quảng Ngãi, ngày      tháng 6 năm 2023", 14, false, true);
        // no borders at all: neither set on the table nor inherited from a table style
        assertThat(header.getTopBorderType()).isIn(null, XWPFTable.XWPFBorderType.NONE);
        assertThat(header.getInsideHBorderType()).isIn(null, XWPFTable.XWPFBorderType.NONE);
        assertThat(header.getStyleID()).isNull();
    }

    @Test
    void theTypeAndExcerptAreCentredAndBold() {
        XWPFParagraph type = paragraphWithText("BÁO CÁO");
        assertLine(type, "BÁO CÁO", 14, true, false);
        XWPFParagraph title = doc.getParagraphs().get(doc.getParagraphs().indexOf(type) + 1);
        assertLine(title, "Kết quả triển khai sơ kết 03 năm thực hiện Phong trào thi đua “Dân vận khéo” trong các cơ quan hành chính nhà nước", 14, true, false);
        assertThat(doc.getParagraphs().get(doc.getParagraphs().indexOf(type) + 2).getBorderTop()).isEqualTo(Borders.SINGLE);
    }

    @Test
    void theRuleUnderTheExcerptIsAThirdToAHalfOfItsLineAndKinhGuiStandsApart() {
        XWPFParagraph type = paragraphWithText("BÁO CÁO");
        XWPFParagraph rule = doc.getParagraphs().get(doc.getParagraphs().indexOf(type) + 2);
        // the excerpt fills a line (17 cm of text width), so its rule is 1/3 to 1/2 of that
        int textWidth = 11906 - 1701 - 850;
        int ruleLength = textWidth - rule.getIndentationLeft() - rule.getIndentationRight();
        assertThat(ruleLength).isBetween(textWidth / 3, textWidth / 2);
        // "BAN DÂN TỘC" is short: its rule is a third to a half of the name, not of the column
        XWPFParagraph issuerRule = doc.getTables().get(0).getRow(0).getCell(0).getParagraphs().get(2);
        int column = textWidth * 2 / 5;
        int issuerRuleLength = column - issuerRule.getIndentationLeft() - issuerRule.getIndentationRight();
        assertThat(issuerRuleLength).isLessThan(column / 5).isGreaterThan(column / 12);
    }

    @Test
    void aDateASymbolAndATitleNeverBreakAcrossLines() {
        XWPFParagraph date = doc.getTables().get(0).getRow(1).getCell(1).getParagraphs().get(0);
        assertThat(date.getText()).endsWith("ngày\u00A0\u00A0\u00A0\u00A0\u00A0\u00A0tháng\u00A06\u00A0năm\u00A02023");
        String body = allParagraphs().stream().map(XWPFParagraph::getText).collect(java.util.stream.Collectors.joining("\n"));
        assertThat(body).contains("70/\u2060KH\u2011UBND").contains("04/\u20606/\u20602020").doesNotContain("70/KH-UBND")
                .contains("Chủ\u00A0tịch\u00A0UBND\u00A0tỉnh").contains("PHÓ\u00A0TRƯỞNG\u00A0BAN");
    }

    @Test
    void theBodyIsJustifiedWithAFirstLineIndent() {
        XWPFParagraph body = paragraphStarting("Ban Dân tộc tỉnh là cơ quan chuyên môn");
        assertThat(body.getAlignment()).isEqualTo(ParagraphAlignment.BOTH);
        assertThat(body.getIndentationFirstLine()).isEqualTo(720);
        assertThat(body.getSpacingAfter()).isGreaterThanOrEqualTo(120);
        assertThat(body.getRuns()).allSatisfy(r -> assertThat(r.getFontSizeAsDouble()).isEqualTo(14.0));
        XWPFParagraph heading = paragraphStarting("I. ĐẶC ĐIỂM TÌNH HÌNH");
        assertThat(heading.getRuns().get(0).isBold()).isTrue();
        XWPFParagraph citation = paragraphStarting("Thực hiện Kế hoạch số 31-KH/TU ngày 16/3/2021");
        assertThat(citation.getRuns()).anySatisfy(r -> {
            assertThat(r.text()).isEqualTo("Dân vận khéo");
            assertThat(r.isItalic()).isTrue();
        });
    }

    @Test
    void pageNumbersAreCentredAtTheTopFromPageTwoOn() {
        CTSectPr section = doc.getDocument().getBody().getSectPr();
        assertThat(section.isSetTitlePg()).as("first page has its own header").isTrue();
        XWPFHeader first = doc.getHeaderFooterPolicy().getFirstPageHeader();
        XWPFHeader others = doc.getHeaderFooterPolicy().getDefaultHeader();
        assertThat(first.getParagraphs()).allSatisfy(p -> assertThat(p.getCTP().getFldSimpleList()).isEmpty());
        XWPFParagraph number = others.getParagraphs().get(0);
        assertThat(number.getAlignment()).isEqualTo(ParagraphAlignment.CENTER);
        assertThat(number.getCTP().getFldSimpleArray(0).getInstr()).isEqualTo("PAGE");
    }

    @Test
    void theLastParagraphKeepsWithTheSignature() {
        List<XWPFParagraph> body = doc.getParagraphs();
        XWPFParagraph last = body.stream().filter(p -> !p.getText().isBlank()).reduce((a, b) -> b).orElseThrow();
        assertThat(last.isKeepNext()).as(last.getText()).isTrue();
        // the body's other paragraphs flow freely
        assertThat(body.stream().filter(p -> !p.getText().isBlank()).filter(XWPFParagraph::isKeepNext)).containsExactly(last);
    }

    @Test
    void theRecipientsAndTheSignatureStandSideBySide() {
        XWPFTable closing = doc.getTables().get(doc.getTables().size() - 1);
        XWPFTableCell recipients = closing.getRow(0).getCell(0);
        XWPFTableCell signature = closing.getRow(0).getCell(1);

        List<XWPFParagraph> lines = recipients.getParagraphs();
        assertLineLeft(lines.get(0), "Nơi nhận:", 12, true, true);
        assertThat(lines.subList(1, lines.size())).extracting(XWPFParagraph::getText)
                .containsExactly("- Sở Nội vụ;", "- Lãnh đạo Ban;", "- Các phòng thuộc Ban;", "- Lưu: VT, Thủy.");
        assertThat(lines.get(1).getRuns().get(0).getFontSizeAsDouble()).isEqualTo(11.0);

        List<XWPFParagraph> sign = signature.getParagraphs().stream().filter(p -> !p.getText().isBlank()).toList();
        assertThat(sign).extracting(DocxLayoutTest::reads).containsExactly("KT. TRƯỞNG BAN", "PHÓ TRƯỞNG BAN", "Đỗ Minh Hải");
        assertThat(sign).allSatisfy(p -> assertThat(p.getRuns().get(0).isBold()).isTrue());
        assertThat(sign.get(2).getSpacingBefore()).as("room for the signature and seal").isGreaterThanOrEqualTo(720);
        assertThat(closing.getRow(0).isCantSplitRow()).isTrue();
    }

    /** The text as it reads: a non-breaking space as a space, a non-breaking hyphen as a hyphen. */
    private static String reads(XWPFParagraph p) {
        return p.getText().replace('\u00A0', ' ').replace('\u2011', '-').replace("\u2060", "");
    }

    private static void assertLine(XWPFParagraph p, String text, double size, boolean bold, boolean italic) {
        assertThat(reads(p)).isEqualTo(text);
        assertThat(p.getAlignment()).as(text + " centred").isEqualTo(ParagraphAlignment.CENTER);
        assertRuns(p, size, bold, italic);
    }

    private static void assertLineLeft(XWPFParagraph p, String text, double size, boolean bold, boolean italic) {
        assertThat(reads(p)).isEqualTo(text);
        assertRuns(p, size, bold, italic);
    }

    private static void assertRuns(XWPFParagraph p, double size, boolean bold, boolean italic) {
        assertThat(p.getRuns()).allSatisfy(r -> {
            assertThat(r.getFontSizeAsDouble()).as(p.getText() + " size").isEqualTo(size);
            assertThat(r.isBold()).as(p.getText() + " bold").isEqualTo(bold);
            assertThat(r.isItalic()).as(p.getText() + " italic").isEqualTo(italic);
        });
    }

    private static XWPFParagraph paragraphWithText(String text) {
        return doc.getParagraphs().stream().filter(p -> reads(p).equals(text)).findFirst().orElseThrow();
    }

    private static XWPFParagraph paragraphStarting(String text) {
        return doc.getParagraphs().stream().filter(p -> reads(p).startsWith(text)).findFirst().orElseThrow();
    }

    private static List<XWPFParagraph> allParagraphs() {
        List<XWPFParagraph> all = new java.util.ArrayList<>(doc.getParagraphs());
        for (IBodyElement e : doc.getBodyElements()) {
            if (e instanceof XWPFTable t) {
                t.getRows().forEach(r -> r.getTableCells().forEach(c -> all.addAll(c.getParagraphs())));
            }
        }
        return all;
    }

    private static int twips(Object value) {
        return ((BigInteger) value).intValue();
    }

    private static double millimetres(Object twips) {
        return Math.round(((BigInteger) twips).doubleValue() * 25.4 / 1440 * 10) / 10.0;
    }
}
