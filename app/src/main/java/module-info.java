/** The {@code baocao} command line. */
module vn.baocao.app {
    requires vn.baocao.core;
    requires info.picocli;
    requires tools.jackson.databind;
    // Excel entry forms (the module reads them back for the platform's import)
    requires vn.baocao.excel;
    // baocao serve and baocao users
    requires vn.baocao.server;
    // progress bars on a terminal
    requires me.tongfei.progressbar;
    // baocao doctor: the installation's manifest and its module path, checked as the launcher does
    requires vn.baocao.launcher;

    // picocli sets the annotated option fields of the commands; the platform reads the messages
    opens vn.baocao.app.cli to info.picocli, vn.baocao.core;
    // the JSON output is written from these records
    opens vn.baocao.app.output to tools.jackson.databind;
}
