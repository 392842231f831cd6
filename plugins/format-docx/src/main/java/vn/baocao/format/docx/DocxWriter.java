package vn.baocao.format.docx;

import java.io.IOException;
import java.io.OutputStream;
import java.math.BigInteger;
import java.util.List;
import org.apache.poi.wp.usermodel.HeaderFooterType;
import org.apache.poi.xwpf.usermodel.Borders;
import org.apache.poi.xwpf.usermodel.LineSpacingRule;
import org.apache.poi.xwpf.usermodel.ParagraphAlignment;
import org.apache.poi.xwpf.usermodel.TableRowAlign;
import org.apache.poi.xwpf.usermodel.XWPFDocument;
import org.apache.poi.xwpf.usermodel.XWPFHeader;
import org.apache.poi.xwpf.usermodel.XWPFParagraph;
import org.apache.poi.xwpf.usermodel.XWPFRun;
import org.apache.poi.xwpf.usermodel.XWPFTable;
import org.apache.poi.xwpf.usermodel.XWPFTableCell;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTPageMar;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTPageSz;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTSectPr;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTSimpleField;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTTblGrid;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.STPageOrientation;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.STTblWidth;
import vn.baocao.api.report.DocumentLines;
import vn.baocao.api.report.Report;
import vn.baocao.api.spi.AssembledReport;
import vn.baocao.api.spi.AssembledReport.AssembledSection;
import vn.baocao.api.spi.BlockContent;
import vn.baocao.api.spi.TextRun;
import vn.baocao.api.text.UnbreakableSpans;

/**
 * Lays out one report as a DOCX following Decree 30/2020 (admin-documents §1–2): A4 and its
 * margins, Times New Roman, the borderless two-column header with its rules, the {@code Số:} and
 * italic date lines, the centred type and excerpt, justified body with first-line indent, page
 * numbers centred at the top from page 2 on, and the recipients and signature side by side.
 */
final class DocxWriter {
    private final AssembledReport assembled;
    private final Report report;
    private final XWPFDocument doc = new XWPFDocument();

    DocxWriter(AssembledReport assembled) {
        this.assembled = assembled;
        this.report = assembled.report();
    }

    void write(OutputStream out) throws IOException {
        properties();
        page();
        header();
        for (AssembledSection section : assembled.sections()) {
            section(section);
        }
        assembled.closing().forEach(this::content);
        closing();
        assembled.annexes().forEach(this::annex);
        doc.write(out);
        doc.close();
    }

    /** What Word shows under File > Info: the report and the body that issues it, not the library that wrote the file. */
    private void properties() {
        var core = doc.getProperties().getCoreProperties();
        core.setTitle(report.title());
        core.setCreator(report.issuingBody());
        core.setLastModifiedByUser(report.issuingBody());
        doc.getProperties().getExtendedProperties().setApplication("Baocao");
        doc.getProperties().getExtendedProperties().setCompany(report.issuingBody());
    }

    private void page() {
        CTSectPr section = doc.getDocument().getBody().isSetSectPr()
                ? doc.getDocument().getBody().getSectPr() : doc.getDocument().getBody().addNewSectPr();
        CTPageSz size = section.addNewPgSz();
        size.setW(BigInteger.valueOf(Layout.PAGE_WIDTH));
        size.setH(BigInteger.valueOf(Layout.PAGE_HEIGHT));
        size.setOrient(STPageOrientation.PORTRAIT);
        CTPageMar margins = section.addNewPgMar();
        margins.setTop(BigInteger.valueOf(Layout.MARGIN_TOP));
        margins.setBottom(BigInteger.valueOf(Layout.MARGIN_BOTTOM));
        margins.setLeft(BigInteger.valueOf(Layout.MARGIN_LEFT));
        margins.setRight(BigInteger.valueOf(Layout.MARGIN_RIGHT));
        margins.setHeader(BigInteger.valueOf(Layout.HEADER_DISTANCE));
        margins.setFooter(BigInteger.valueOf(Layout.HEADER_DISTANCE));
        // the first page has a header of its own, left empty: page numbers start on page 2
        section.addNewTitlePg();
        doc.createHeader(HeaderFooterType.FIRST);
        XWPFHeader numbered = doc.createHeader(HeaderFooterType.DEFAULT);
        XWPFParagraph p = numbered.createParagraph();
        p.setAlignment(ParagraphAlignment.CENTER);
        CTSimpleField field = p.getCTP().addNewFldSimple();
        field.setInstr("PAGE");
        XWPFRun placeholder = new XWPFRun(field.addNewR(), p);
        style(placeholder, Layout.PAGE_NUMBER_SIZE, false, false);
        placeholder.setText("2");
    }

    private static final String MOTTO = "Độc lập - Tự do - Hạnh phúc";

    private void header() {
        XWPFTable table = borderless(2, new int[] {Layout.LEFT_COLUMN, Layout.RIGHT_COLUMN});
        XWPFTableCell issuer = table.getRow(0).getCell(0);
        line(first(issuer), DocumentLines.upper(report.superiorBody()), Layout.HEADER_SIZE, false, false);
        String issuingBody = DocumentLines.upper(report.issuingBody());
        line(issuer.addParagraph(), issuingBody, Layout.HEADER_SIZE, true, false);
        rule(issuer.addParagraph(), Layout.LEFT_COLUMN, lineWidth(issuingBody, Layout.HEADER_SIZE, Layout.LEFT_COLUMN) * Layout.SHORT_RULE);
        XWPFTableCell nation = table.getRow(0).getCell(1);
        line(first(nation), "CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM", Layout.NATION_SIZE, true, false);
        line(nation.addParagraph(), MOTTO, Layout.HEADER_SIZE, true, false);
        rule(nation.addParagraph(), Layout.RIGHT_COLUMN, lineWidth(MOTTO, Layout.HEADER_SIZE, Layout.RIGHT_COLUMN));
        XWPFParagraph number = first(table.getRow(1).getCell(0));
        number.setSpacingBefore(120);
        line(number, DocumentLines.numberLine(report.number()), Layout.HEADER_SIZE, false, false);
        XWPFParagraph date = first(table.getRow(1).getCell(1));
        date.setSpacingBefore(120);
        line(date, DocumentLines.dateLine(report.place(), report.date()), Layout.BODY_SIZE, false, true);

        XWPFParagraph type = doc.createParagraph();
        type.setSpacingBefore(360);
        line(type, "BÁO CÁO", Layout.BODY_SIZE, true, false);
        line(doc.createParagraph(), report.title(), Layout.BODY_SIZE, true, false);
        rule(doc.createParagraph(), Layout.TEXT_WIDTH, lineWidth(report.title(), Layout.BODY_SIZE, Layout.TEXT_WIDTH) * Layout.SHORT_RULE);
        report.addressee().ifPresent(a -> {
            XWPFParagraph addressee = doc.createParagraph();
            line(addressee, "Kính gửi: " + a, Layout.BODY_SIZE, false, false);
            addressee.setSpacingBefore(Layout.ADDRESSEE_SPACE_BEFORE);
            addressee.setSpacingAfter(Layout.ADDRESSEE_SPACE_AFTER);
        });
    }

    private void section(AssembledSection section) {
        List<BlockContent> content = section.content();
        boolean bold = section.level() <= 2;
        boolean italic = section.level() >= 3;
        XWPFParagraph heading = body();
        run(heading, section.numberedHeading(), bold, italic);
        if (section.runIn() && !content.isEmpty() && content.get(0) instanceof BlockContent.Paragraph first) {
            run(heading, ": ", bold, italic);
            runs(heading, first.runs());
            content = content.subList(1, content.size());
        }
        content.forEach(this::content);
        section.sections().forEach(this::section);
    }

    private void content(BlockContent content) {
        if (content instanceof BlockContent.Paragraph p) {
            runs(body(), p.runs());
        } else if (content instanceof BlockContent.BulletList list) {
            for (BlockContent.Paragraph item : list.items()) {
                XWPFParagraph p = body();
                run(p, "- ", false, false);
                runs(p, item.runs());
            }
        } else if (content instanceof BlockContent.Table table) {
            dataTable(table);
        } else if (content instanceof BlockContent.Chart chart) {
            chart(chart);
        }
    }

    /** The caption, bold and centred, kept with the chart below it; then the chart, a native one. */
    private void chart(BlockContent.Chart chart) {
        XWPFParagraph caption = doc.createParagraph();
        line(caption, chart.title(), Layout.TABLE_SIZE, true, false);
        caption.setKeepNext(true);
        XWPFParagraph holder = doc.createParagraph();
        holder.setAlignment(ParagraphAlignment.CENTER);
        // as wide as the text: the body's first-line indent would push it past the right margin
        holder.setIndentationFirstLine(0);
        holder.setIndentationLeft(0);
        DocxChart.add(doc, holder.createRun(), chart);
    }

    private void dataTable(BlockContent.Table data) {
        int columns = data.header().size();
        XWPFTable table = doc.createTable(data.rows().size() + 1, columns);
        table.setWidth(Layout.TEXT_WIDTH);
        table.setWidthType(org.apache.poi.xwpf.usermodel.TableWidthType.DXA);
        widths(table, data.rows().size() + 1, ColumnWidths.of(data, Layout.TEXT_WIDTH));
        // fixed: Word would otherwise widen a column to its longest cell and squeeze the others
        var properties = table.getCTTbl().getTblPr();
        (properties.isSetTblLayout() ? properties.getTblLayout() : properties.addNewTblLayout())
                .setType(org.openxmlformats.schemas.wordprocessingml.x2006.main.STTblLayoutType.FIXED);
        // the heading row comes again on each page the table runs onto, and no row is cut in two
        table.getRow(0).setRepeatHeader(true);
        for (int c = 0; c < columns; c++) {
            XWPFParagraph heading = first(table.getRow(0).getCell(c));
            heading.setAlignment(ParagraphAlignment.CENTER);
            line(heading, data.header().get(c), Layout.TABLE_SIZE, true, false);
        }
        for (int r = 0; r < data.rows().size(); r++) {
            List<String> row = data.rows().get(r);
            table.getRow(r + 1).setCantSplitRow(true);
            for (int c = 0; c < columns; c++) {
                XWPFParagraph p = first(table.getRow(r + 1).getCell(c));
                p.setAlignment(data.isNumberColumn(c) ? ParagraphAlignment.RIGHT : ParagraphAlignment.LEFT);
                XWPFRun run = p.createRun();
                style(run, Layout.TABLE_SIZE, data.isTotal(r), false);
                run.setText(row.get(c));
            }
        }
        doc.createParagraph();
    }

    /** An annex on a page of its own: "Phụ lục" and its title bold and centred, the line tying it to the report in italics. */
    private void annex(AssembledReport.AssembledAnnex annex) {
        XWPFParagraph label = doc.createParagraph();
        label.setPageBreak(true);
        line(label, annex.label(), Layout.BODY_SIZE, true, false);
        label.setKeepNext(true);
        XWPFParagraph title = doc.createParagraph();
        line(title, DocumentLines.upper(annex.title()), Layout.BODY_SIZE, true, false);
        title.setKeepNext(true);
        XWPFParagraph attached = doc.createParagraph();
        line(attached, annex.attachedTo(), Layout.BODY_SIZE, false, true);
        attached.setSpacingAfter(240);
        attached.setKeepNext(true);
        annex.content().forEach(this::content);
    }

    private void closing() {
        keepLastParagraphWithTheSignature();
        XWPFTable table = borderless(1, new int[] {Layout.TEXT_WIDTH * 9 / 20, Layout.TEXT_WIDTH * 11 / 20});
        // the recipients and the signature stay together on one page
        table.getRow(0).setCantSplitRow(true);
        XWPFTableCell recipients = table.getRow(0).getCell(0);
        XWPFParagraph heading = first(recipients);
        heading.setAlignment(ParagraphAlignment.LEFT);
        heading.setSpacingBefore(240);
        XWPFRun label = heading.createRun();
        style(label, Layout.RECIPIENTS_HEADING_SIZE, true, true);
        label.setText("Nơi nhận:");
        for (String recipient : DocumentLines.recipientLines(report)) {
            XWPFParagraph p = recipients.addParagraph();
            p.setAlignment(ParagraphAlignment.LEFT);
            XWPFRun run = p.createRun();
            style(run, Layout.RECIPIENT_SIZE, false, false);
            run.setText(recipient);
        }
        XWPFTableCell signature = table.getRow(0).getCell(1);
        List<String> titles = DocumentLines.signatureTitles(report.signature());
        XWPFParagraph top = first(signature);
        top.setSpacingBefore(240);
        line(top, titles.get(0), Layout.BODY_SIZE, true, false);
        for (String title : titles.subList(1, titles.size())) {
            line(signature.addParagraph(), title, Layout.BODY_SIZE, true, false);
        }
        XWPFParagraph name = signature.addParagraph();
        name.setSpacingBefore(1440); // room for the signature and the seal
        line(name, report.signature().name(), Layout.BODY_SIZE, true, false);
    }

    /** A body paragraph: justified, first line indented, 6 pt after. */
    private XWPFParagraph body() {
        XWPFParagraph p = doc.createParagraph();
        p.setAlignment(ParagraphAlignment.BOTH);
        p.setIndentationFirstLine(Layout.FIRST_LINE_INDENT);
        p.setSpacingAfter(Layout.SPACE_AFTER);
        p.setSpacingBetween(Layout.LINE_SPACING / 240.0, LineSpacingRule.AUTO);
        return p;
    }

    /** A centred line of one run, as in the header, the type, the excerpt and the signature. */
    private static void line(XWPFParagraph p, String text, int size, boolean bold, boolean italic) {
        p.setAlignment(ParagraphAlignment.CENTER);
        p.setSpacingAfter(0);
        XWPFRun run = p.createRun();
        style(run, size, bold, italic);
        setText(run, text);
    }

    /** How wide a bold line of text is, no wider than the column it wraps in. */
    private static int lineWidth(String text, int points, int column) {
        return Math.min(TextWidth.of(text, points, true), column);
    }

    /** A solid rule of the given length (twips), centred in the width: an empty paragraph with a top border. */
    private static void rule(XWPFParagraph p, int width, double length) {
        int indent = (int) Math.round((width - length) / 2);
        p.setIndentationLeft(indent);
        p.setIndentationRight(indent);
        p.setBorderTop(Borders.SINGLE);
        p.setSpacingAfter(0);
        p.setSpacingBefore(60);
        XWPFRun run = p.createRun();
        style(run, 4, false, false);
    }

    private static void runs(XWPFParagraph p, List<TextRun> runs) {
        for (TextRun r : runs) {
            run(p, r.text(), r.bold(), r.italic());
        }
    }

    private static void run(XWPFParagraph p, String text, boolean bold, boolean italic) {
        XWPFRun run = p.createRun();
        style(run, Layout.BODY_SIZE, bold, italic);
        setText(run, text);
    }

    private static void setText(XWPFRun run, String text) {
        run.setText(unbroken(text));
        // keep the spaces left for the number and the day, which Word would otherwise collapse
        run.getCTR().getTArray(0).setSpace(org.apache.xmlbeans.impl.xb.xmlschema.SpaceAttribute.Space.PRESERVE);
    }

    /**
     * The text with each date, document symbol and title made one unbreakable word: its spaces
     * non-breaking, its hyphens non-breaking hyphens, a word joiner after each slash (Word and
     * LibreOffice would otherwise break "10/10" | "/2018").
     */
    static String unbroken(String text) {
        List<UnbreakableSpans.Span> spans = UnbreakableSpans.of(text);
        if (spans.isEmpty()) {
            return text;
        }
        StringBuilder s = new StringBuilder(text);
        for (int i = spans.size() - 1; i >= 0; i--) {
            UnbreakableSpans.Span span = spans.get(i);
            String part = text.substring(span.start(), span.end())
                    .replace(' ', NO_BREAK_SPACE).replace('-', NO_BREAK_HYPHEN).replace("/", "/" + WORD_JOINER);
            s.replace(span.start(), span.end(), part);
        }
        return s.toString();
    }

    static final char NO_BREAK_SPACE = '\u00A0';
    static final char NO_BREAK_HYPHEN = '\u2011';
    static final String WORD_JOINER = "\u2060";

    private static void style(XWPFRun run, int points, boolean bold, boolean italic) {
        run.setFontFamily(Layout.FONT);
        run.setFontSize(points);
        run.setBold(bold);
        run.setItalic(italic);
    }

    /**
     * The body's last paragraph with text, and any empty ones after it, keep with what follows: a
     * signature never opens a page alone, as the decree's layout and every signed report have it.
     */
    private void keepLastParagraphWithTheSignature() {
        List<XWPFParagraph> body = doc.getParagraphs();
        for (int i = body.size() - 1; i >= 0; i--) {
            body.get(i).setKeepNext(true);
            if (!body.get(i).getText().isBlank()) {
                return;
            }
        }
    }

    private static XWPFParagraph first(XWPFTableCell cell) {
        return cell.getParagraphs().get(0);
    }

    /** A table without borders whose columns have the given widths. */
    private XWPFTable borderless(int rows, int[] widths) {
        XWPFTable table = doc.createTable(rows, widths.length);
        table.setWidth(Layout.TEXT_WIDTH);
        table.setWidthType(org.apache.poi.xwpf.usermodel.TableWidthType.DXA);
        table.setTableAlignment(TableRowAlign.CENTER);
        table.removeBorders();
        widths(table, rows, widths);
        return table;
    }

    /** Fixes the columns' widths, in the grid and in every cell, as Word and LibreOffice both read them. */
    private static void widths(XWPFTable table, int rows, int[] widths) {
        CTTblGrid grid = table.getCTTbl().getTblGrid() != null ? table.getCTTbl().getTblGrid() : table.getCTTbl().addNewTblGrid();
        while (grid.sizeOfGridColArray() < widths.length) {
            grid.addNewGridCol();
        }
        for (int c = 0; c < widths.length; c++) {
            grid.getGridColArray(c).setW(BigInteger.valueOf(widths[c]));
            for (int r = 0; r < rows; r++) {
                var tcPr = table.getRow(r).getCell(c).getCTTc().isSetTcPr() ? table.getRow(r).getCell(c).getCTTc().getTcPr()
                        : table.getRow(r).getCell(c).getCTTc().addNewTcPr();
                var width = tcPr.isSetTcW() ? tcPr.getTcW() : tcPr.addNewTcW();
                width.setType(STTblWidth.DXA);
                width.setW(BigInteger.valueOf(widths[c]));
            }
        }
    }
}
