package vn.baocao.format.html;

import java.util.List;
import vn.baocao.api.report.DocumentLines;
import vn.baocao.api.report.Report;
import vn.baocao.api.spi.AssembledReport;
import vn.baocao.api.spi.AssembledReport.AssembledSection;
import vn.baocao.api.spi.BlockContent;
import vn.baocao.api.spi.TextRun;
import vn.baocao.api.text.UnbreakableSpans;

/**
 * Writes a report as well-formed XHTML in the layout of Decree 30/2020: the two-column header, the
 * type and excerpt, numbered sections, the recipients and the signature side by side. The PDF
 * format lays out the same page, with its own fonts and page numbers added through {@code extraCss}.
 */
public final class HtmlReportWriter {
    /** The page and text styles of Decree 30 (Phụ lục I): A4, margins, Times New Roman, sizes. */
    public static final String STYLE = """
            @page { size: A4; margin: 20mm 15mm 20mm 30mm; }
            body { font-family: 'Times New Roman', Tinos, 'Liberation Serif', serif; font-size: 14pt; color: #000; margin: 0; }
            .page { max-width: 165mm; margin: 0 auto; }
            p { margin: 0; }
            table.header, table.closing { width: 100%; border-collapse: collapse; }
            table.header td, table.closing td { vertical-align: top; padding: 0; }
            td.left { width: 40%; text-align: center; }
            td.right { width: 60%; text-align: center; }
            .superior { font-size: 13pt; }
            .issuer { font-size: 13pt; font-weight: bold; }
            .nation { font-size: 12pt; font-weight: bold; }
            .motto { font-size: 13pt; font-weight: bold; }
            .rule { border-top: 1px solid #000; height: 0; margin: 4pt auto 0 auto; }
            .fit { display: table; margin: 0 auto; }
            .issuer-rule { width: 40%; }
            .motto-rule { width: 100%; }
            .title-rule { width: 40%; margin-top: 6pt; }
            .number { font-size: 13pt; white-space: pre-wrap; margin-top: 8pt; }
            .date { font-size: 14pt; font-style: italic; white-space: pre-wrap; margin-top: 8pt; }
            .doctype { text-align: center; font-weight: bold; margin-top: 18pt; }
            .title { text-align: center; font-weight: bold; }
            .addressee { text-align: center; margin-top: 12pt; margin-bottom: 12pt; }
            .body { text-align: justify; text-indent: 1.27cm; margin-top: 6pt; line-height: 1.25; }
            .heading-1, .heading-2 { font-weight: bold; }
            .heading-3 { font-style: italic; }
            .content { margin-top: 12pt; }
            table.data { table-layout: fixed; border-collapse: collapse; width: 100%; margin-top: 6pt; font-size: 13pt; -fs-table-paginate: paginate; }
            table.data th, table.data td { border: 1px solid #000; padding: 2pt 4pt; }
            table.data th { text-align: center; vertical-align: middle; }
            table.data td.number { text-align: right; white-space: nowrap; }
            .nowrap { white-space: nowrap; }
            figure.chart { margin: 12pt 0; page-break-inside: avoid; text-align: center; }
            figure.chart figcaption { font-weight: bold; font-size: 13pt; margin-bottom: 4pt; }
            figure.chart svg, figure.chart img { width: 100%; max-width: 16cm; height: auto; font-family: 'Times New Roman', serif; }
            table.data thead { display: table-header-group; }
            table.data tr { page-break-inside: avoid; }
            table.data tr.total td { font-weight: bold; }
            table.closing { margin-top: 12pt; page-break-inside: avoid; }
            section.annex { page-break-before: always; margin-top: 24pt; }
            .annex-label, .annex-title { text-align: center; font-weight: bold; }
            .annex-attached { text-align: center; font-style: italic; margin-bottom: 12pt; }
            td.recipients { width: 45%; text-align: left; }
            td.signature { width: 55%; text-align: center; }
            .recipients-heading { font-size: 12pt; font-weight: bold; font-style: italic; }
            .recipient { font-size: 11pt; }
            .signature-title { font-weight: bold; }
            .signer { font-weight: bold; margin-top: 72pt; }
            """;

    private HtmlReportWriter() {}

    public static String write(AssembledReport assembled, String extraCss) {
        return write(assembled, extraCss, SvgCanvas::of);
    }

    /** The page, each chart written by {@code charts}: inline SVG for a browser, a picture for the PDF. */
    public static String write(AssembledReport assembled, String extraCss, java.util.function.Function<BlockContent.Chart, String> charts) {
        Report report = assembled.report();
        StringBuilder h = new StringBuilder(32 * 1024);
        h.append("<!DOCTYPE html>\n<html xmlns=\"http://www.w3.org/1999/xhtml\" lang=\"vi\">\n<head>\n<meta charset=\"UTF-8\"/>\n<title>")
                .append(escape("Báo cáo " + report.number() + ": " + report.title()))
                .append("</title>\n<style>\n").append(STYLE).append(extraCss).append("</style>\n</head>\n<body>\n<div class=\"page\">\n");
        header(h, report);
        h.append("<div class=\"content\">\n");
        for (AssembledSection section : assembled.sections()) {
            section(h, section, charts);
        }
        for (BlockContent content : assembled.closing()) {
            content(h, content, charts);
        }
        h.append("</div>\n");
        closing(h, report);
        for (AssembledReport.AssembledAnnex annex : assembled.annexes()) {
            // on a page of its own when printed, as the decree lays an annex out
            h.append("<section class=\"annex\">\n").append(line("annex-label", annex.label()))
                    .append(line("annex-title", DocumentLines.upper(annex.title())))
                    .append(line("annex-attached", annex.attachedTo()));
            for (BlockContent content : annex.content()) {
                content(h, content, charts);
            }
            h.append("</section>\n");
        }
        h.append("</div>\n</body>\n</html>\n");
        return h.toString();
    }

    private static void header(StringBuilder h, Report report) {
        h.append("<table class=\"header\">\n<tr><td class=\"left\">")
                .append(line("superior", DocumentLines.upper(report.superiorBody())))
                // each rule sits in a box as wide as the line above it, so that its width is a share of that line's
                .append("<div class=\"fit\">").append(line("issuer", DocumentLines.upper(report.issuingBody())))
                .append("<div class=\"rule issuer-rule\"></div></div></td>\n<td class=\"right\">")
                .append(line("nation", "CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM"))
                .append("<div class=\"fit\">").append(line("motto", "Độc lập - Tự do - Hạnh phúc"))
                .append("<div class=\"rule motto-rule\"></div></div></td></tr>\n<tr><td class=\"left\">")
                .append(line("number", DocumentLines.numberLine(report.number())))
                .append("</td>\n<td class=\"right\">")
                .append(line("date", DocumentLines.dateLine(report.place(), report.date())))
                .append("</td></tr>\n</table>\n");
        h.append(line("doctype", "BÁO CÁO")).append("<div class=\"fit\">").append(line("title", report.title()))
                .append("<div class=\"rule title-rule\"></div></div>\n");
        report.addressee().ifPresent(a -> h.append(line("addressee", "Kính gửi: " + a)));
    }

    private static void section(StringBuilder h, AssembledSection section, java.util.function.Function<BlockContent.Chart, String> charts) {
        String heading = escape(section.numberedHeading());
        List<BlockContent> content = section.content();
        int level = Math.min(section.level(), 3);
        if (section.runIn() && !content.isEmpty() && content.get(0) instanceof BlockContent.Paragraph first) {
            h.append("<p class=\"body\"><span class=\"heading-").append(level).append("\">").append(heading).append(":</span> ")
                    .append(runs(first.runs())).append("</p>\n");
            content = content.subList(1, content.size());
        } else {
            h.append("<p class=\"body heading-").append(level).append("\">").append(heading).append("</p>\n");
        }
        for (BlockContent c : content) {
            content(h, c, charts);
        }
        for (AssembledSection child : section.sections()) {
            section(h, child, charts);
        }
    }

    private static void content(StringBuilder h, BlockContent content, java.util.function.Function<BlockContent.Chart, String> charts) {
        if (content instanceof BlockContent.Paragraph p) {
            h.append("<p class=\"body\">").append(runs(p.runs())).append("</p>\n");
        } else if (content instanceof BlockContent.BulletList list) {
            for (BlockContent.Paragraph item : list.items()) {
                h.append("<p class=\"body bullet\">- ").append(runs(item.runs())).append("</p>\n");
            }
        } else if (content instanceof BlockContent.Chart chart) {
            h.append("<figure class=\"chart\"><figcaption>").append(escape(chart.title())).append("</figcaption>")
                    .append(charts.apply(chart)).append("</figure>\n");
        } else if (content instanceof BlockContent.Table table) {
            // thead repeats on each printed page (and each PDF page); a row is never cut in two
            h.append("<table class=\"data\">\n");
            columns(h, table);
            h.append("<thead><tr>");
            table.header().forEach(c -> h.append("<th>").append(escape(c)).append("</th>"));
            h.append("</tr></thead>\n<tbody>\n");
            for (int r = 0; r < table.rows().size(); r++) {
                List<String> row = table.rows().get(r);
                h.append(table.isTotal(r) ? "<tr class=\"total\">" : "<tr>");
                for (int i = 0; i < row.size(); i++) {
                    h.append(table.isNumberColumn(i) ? "<td class=\"number\">" : "<td>").append(escape(row.get(i))).append("</td>");
                }
                h.append("</tr>\n");
            }
            h.append("</tbody>\n");
            h.append("</table>\n");
        }
    }

    /** The columns' widths from what they hold, as the DOCX has them: the number columns narrow, the unit's name wide. */
    private static void columns(StringBuilder h, BlockContent.Table table) {
        int[] weights = table.columnWeights();
        int sum = java.util.Arrays.stream(weights).sum();
        h.append("<colgroup>");
        for (int weight : weights) {
            h.append(String.format(java.util.Locale.ROOT, "<col style=\"width: %.1f%%\"/>", 100.0 * weight / sum));
        }
        h.append("</colgroup>\n");
    }

    private static void closing(StringBuilder h, Report report) {
        h.append("<table class=\"closing\">\n<tr><td class=\"recipients\">").append(line("recipients-heading", "Nơi nhận:"));
        DocumentLines.recipientLines(report).forEach(l -> h.append(line("recipient", l)));
        h.append("</td>\n<td class=\"signature\">");
        DocumentLines.signatureTitles(report.signature()).forEach(l -> h.append(line("signature-title", l)));
        h.append(line("signer", report.signature().name())).append("</td></tr>\n</table>\n");
    }

    private static String line(String cssClass, String text) {
        return "<p class=\"" + cssClass + "\">" + unbroken(text) + "</p>";
    }

    /** Text escaped, each date, document symbol and title in a span no line breaks inside ({@link UnbreakableSpans}). */
    static String unbroken(String text) {
        StringBuilder s = new StringBuilder(text.length() + 32);
        int at = 0;
        for (UnbreakableSpans.Span span : UnbreakableSpans.of(text)) {
            s.append(escape(text.substring(at, span.start())))
                    .append("<span class=\"nowrap\">").append(escape(text.substring(span.start(), span.end()))).append("</span>");
            at = span.end();
        }
        return s.append(escape(text.substring(at))).toString();
    }

    private static String runs(List<TextRun> runs) {
        StringBuilder s = new StringBuilder();
        for (TextRun run : runs) {
            String text = pieces(run.text());
            if (run.bold()) text = "<strong>" + text + "</strong>";
            if (run.italic()) text = "<em>" + text + "</em>";
            s.append(text);
        }
        return s.toString();
    }

    /** Text longer than this is written as several spans, each ending at a space. */
    private static final int PIECE = 2000;

    /**
     * A run's text, escaped; a long one in spans of about {@link #PIECE} characters that end at a
     * space. A browser shows them as the one text they are; the PDF's layout copies the rest of a
     * text node at every line it breaks, which for one paragraph of a megabyte is quadratic.
     */
    private static String pieces(String text) {
        if (text.length() <= PIECE) return unbroken(text);
        StringBuilder s = new StringBuilder(text.length() + text.length() / 100);
        int from = 0;
        while (from < text.length()) {
            int to = Math.min(text.length(), from + PIECE);
            if (to < text.length()) {
                int space = text.lastIndexOf(' ', to);
                if (space > from) to = space + 1;
            }
            s.append("<span>").append(unbroken(text.substring(from, to))).append("</span>");
            from = to;
        }
        return s.toString();
    }

    /** Escapes text for XHTML. */
    public static String escape(String text) {
        StringBuilder s = new StringBuilder(text.length());
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            switch (c) {
                case '&' -> s.append("&amp;");
                case '<' -> s.append("&lt;");
                case '>' -> s.append("&gt;");
                case '"' -> s.append("&quot;");
                default -> s.append(c);
            }
        }
        return s.toString();
    }
}
