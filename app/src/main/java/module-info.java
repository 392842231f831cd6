/** The {@code baocao} command line. */
module vn.baocao.app {
    requires vn.baocao.core;
    requires info.picocli;
    requires tools.jackson.databind;
    // Excel entry forms
    requires org.apache.poi.ooxml;

    // picocli sets the annotated option fields of the commands; the platform reads the messages
    opens vn.baocao.app.cli to info.picocli, vn.baocao.core;
    // the JSON output is written from these records
    opens vn.baocao.app.output to tools.jackson.databind;

    provides vn.baocao.core.data.SpreadsheetReader with vn.baocao.app.excel.EntryFormReader;
}
