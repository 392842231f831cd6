/** Format plugin: the report as Markdown, for reuse in other documents and systems. */
module vn.baocao.format.markdown {
    requires vn.baocao.api;

    provides vn.baocao.api.spi.ReportFormatProvider with vn.baocao.format.markdown.MarkdownFormatPlugin;
}
