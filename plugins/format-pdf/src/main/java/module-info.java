/**
 * Format plugin: the report as PDF, laid out from the HTML rendering by openhtmltopdf (PDFBox), with
 * Liberation Serif embedded (metric-compatible with Times New Roman, full Vietnamese coverage).
 */
module vn.baocao.format.pdf {
    requires vn.baocao.api;
    requires vn.baocao.format.html;
    requires java.logging;
    // a chart is drawn as a picture with Java 2D in the embedded font
    requires java.desktop;
    requires openhtmltopdf.core;
    requires openhtmltopdf.pdfbox;
    // PDFBox is an automatic module: it reads commons-logging but does not cause it to be resolved
    requires org.apache.commons.logging;

    provides vn.baocao.api.spi.ReportFormatProvider with vn.baocao.format.pdf.PdfFormatPlugin;
}
