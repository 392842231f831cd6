/** Format plugin: the assembled report as JSON, for reuse by other systems. */
module vn.baocao.format.json {
    requires vn.baocao.api;
    requires tools.jackson.databind;

    provides vn.baocao.api.spi.ReportFormatProvider with vn.baocao.format.json.JsonFormatPlugin;
}
