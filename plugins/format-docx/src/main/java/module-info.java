/** Format plugin: the report as a Word document (DOCX) in the layout of Decree 30/2020, with Apache POI. */
module vn.baocao.format.docx {
    requires vn.baocao.api;
    requires org.apache.poi.ooxml;

    provides vn.baocao.api.spi.ReportFormatProvider with vn.baocao.format.docx.DocxFormatPlugin;
}
