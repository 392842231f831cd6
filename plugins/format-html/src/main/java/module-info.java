/** Format plugin: the report as one self-contained HTML page that looks like the document. */
module vn.baocao.format.html {
    requires vn.baocao.api;

    // the PDF format lays out this HTML
    exports vn.baocao.format.html;

    provides vn.baocao.api.spi.ReportFormatProvider with vn.baocao.format.html.HtmlFormatPlugin;
}
