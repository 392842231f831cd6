package vn.baocao.format.markdown;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.util.List;
import vn.baocao.api.report.DocumentLines;
import vn.baocao.api.report.Report;
import vn.baocao.api.spi.AssembledReport;
import vn.baocao.api.spi.AssembledReport.AssembledSection;
import vn.baocao.api.spi.BlockContent;
import vn.baocao.api.spi.ReportFormat;
import vn.baocao.api.spi.TextRun;

/**
 * {@code md}: every line of the document as a Markdown paragraph, in document order; headings as
 * Markdown headings, emphasis kept, tables as pipe tables.
 */
final class MarkdownFormat implements ReportFormat {

    @Override
    public String id() {
        return "md";
    }

    @Override
    public String fileExtension() {
        return "md";
    }

    @Override
    public void render(AssembledReport assembled, OutputStream out) throws IOException {
        out.write(write(assembled).getBytes(StandardCharsets.UTF_8));
    }

    static String write(AssembledReport assembled) {
        Report report = assembled.report();
        StringBuilder md = new StringBuilder(16 * 1024);
        paragraph(md, escape(DocumentLines.upper(report.superiorBody())));
        paragraph(md, "**" + escape(DocumentLines.upper(report.issuingBody())) + "**");
        paragraph(md, "**CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM**");
        paragraph(md, "**Độc lập - Tự do - Hạnh phúc**");
        paragraph(md, escape(DocumentLines.numberLine(report.number())));
        paragraph(md, "*" + escape(DocumentLines.dateLine(report.place(), report.date())) + "*");
        paragraph(md, "# BÁO CÁO");
        paragraph(md, "**" + escape(report.title()) + "**");
        report.addressee().ifPresent(a -> paragraph(md, "Kính gửi: " + escape(a)));
        assembled.sections().forEach(s -> section(md, s));
        assembled.closing().forEach(c -> content(md, c));
        paragraph(md, "***Nơi nhận:***");
        DocumentLines.recipientLines(report).forEach(l -> paragraph(md, escape(l)));
        DocumentLines.signatureTitles(report.signature()).forEach(l -> paragraph(md, "**" + escape(l) + "**"));
        paragraph(md, "**" + escape(report.signature().name()) + "**");
        for (AssembledReport.AssembledAnnex annex : assembled.annexes()) {
            md.append("---\n\n");
            paragraph(md, "## " + escape(annex.label()));
            paragraph(md, "**" + escape(DocumentLines.upper(annex.title())) + "**");
            paragraph(md, "*" + escape(annex.attachedTo()) + "*");
            annex.content().forEach(c -> content(md, c));
        }
        return md.toString();
    }

    private static void section(StringBuilder md, AssembledSection section) {
        List<BlockContent> content = section.content();
        String heading = escape(section.numberedHeading());
        if (section.runIn() && !content.isEmpty() && content.get(0) instanceof BlockContent.Paragraph first) {
            paragraph(md, "**" + heading + ":** " + runs(first.runs()));
            content = content.subList(1, content.size());
        } else {
            paragraph(md, "#".repeat(Math.min(section.level(), 3) + 1) + " " + heading);
        }
        content.forEach(c -> content(md, c));
        section.sections().forEach(s -> section(md, s));
    }

    private static void content(StringBuilder md, BlockContent content) {
        if (content instanceof BlockContent.Chart chart) {
            // Markdown draws nothing: the chart's caption and its figures, a column a series
            paragraph(md, "**" + escape(chart.title()) + "**");
            List<String> header = new java.util.ArrayList<>(List.of(""));
            chart.series().forEach(s -> header.add(s.name()));
            List<List<String>> rows = new java.util.ArrayList<>();
            for (int c = 0; c < chart.categories().size(); c++) {
                List<String> row = new java.util.ArrayList<>(List.of(chart.categories().get(c)));
                for (BlockContent.Chart.Series s : chart.series()) {
                    java.math.BigDecimal v = s.values().get(c);
                    row.add(v == null ? "—" : vn.baocao.api.text.VietnameseNumbers.format(v));
                }
                rows.add(row);
            }
            content(md, new BlockContent.Table(header, rows));
            return;
        }
        if (content instanceof BlockContent.Paragraph p) {
            paragraph(md, runs(p.runs()));
        } else if (content instanceof BlockContent.BulletList list) {
            list.items().forEach(item -> paragraph(md, "\\- " + runs(item.runs())));
        } else if (content instanceof BlockContent.Table table) {
            md.append("| ").append(String.join(" | ", table.header().stream().map(MarkdownFormat::escape).toList())).append(" |\n|");
            for (int c = 0; c < table.header().size(); c++) {
                md.append(table.isNumberColumn(c) ? " ---: |" : " --- |");
            }
            md.append('\n');
            for (int r = 0; r < table.rows().size(); r++) {
                boolean total = table.isTotal(r);
                md.append("| ").append(String.join(" | ", table.rows().get(r).stream().map(MarkdownFormat::escape)
                        .map(cell -> total && !cell.isBlank() ? "**" + cell + "**" : cell).toList())).append(" |\n");
            }
            md.append('\n');
        }
    }

    private static String runs(List<TextRun> runs) {
        StringBuilder s = new StringBuilder();
        for (TextRun run : runs) {
            String text = escape(run.text());
            String marker = run.bold() && run.italic() ? "***" : run.bold() ? "**" : run.italic() ? "*" : "";
            if (marker.isEmpty() || text.isBlank()) {
                s.append(text);
            } else {
                // emphasis must hug the text: keep surrounding spaces outside the markers
                String core = text.strip();
                int lead = text.indexOf(core);
                s.append(text, 0, lead).append(marker).append(core).append(marker).append(text.substring(lead + core.length()));
            }
        }
        return s.toString();
    }

    private static void paragraph(StringBuilder md, String text) {
        md.append(text).append("\n\n");
    }

    /** Escapes the characters Markdown would read as markup. */
    static String escape(String text) {
        StringBuilder s = new StringBuilder(text.length());
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (c == '\\' || c == '*' || c == '_' || c == '`' || c == '|' || c == '<' || c == '[' || c == ']'
                    || (c == '#' && i == 0)) {
                s.append('\\');
            }
            s.append(c);
        }
        return s.toString();
    }
}
