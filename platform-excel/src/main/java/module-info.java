/**
 * Excel entry forms: {@code baocao template} writes them with Apache POI, and the platform's import
 * reads filled forms (and sheets laid out like CSV files) back through the core's
 * {@link vn.baocao.core.data.SpreadsheetReader}, streaming each sheet's XML. The spreadsheet library
 * is required here, so that it stays out of the core's modules.
 */
module vn.baocao.excel {
    requires vn.baocao.core;
    requires org.apache.poi.ooxml;
    requires java.xml;

    // the command line and the server's entry page write the forms
    exports vn.baocao.excel to vn.baocao.app, vn.baocao.server;
    // the platform reads the form's messages
    opens vn.baocao.excel to vn.baocao.core;

    provides vn.baocao.core.data.SpreadsheetReader with vn.baocao.excel.EntryFormReader;
}
