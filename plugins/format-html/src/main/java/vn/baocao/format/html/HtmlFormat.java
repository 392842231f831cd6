package vn.baocao.format.html;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import vn.baocao.api.spi.AssembledReport;
import vn.baocao.api.spi.ReportFormat;

/** {@code html}: one page, styles inline, no external resource, printable on A4. */
final class HtmlFormat implements ReportFormat {

    @Override
    public String id() {
        return "html";
    }

    @Override
    public String fileExtension() {
        return "html";
    }

    @Override
    public void render(AssembledReport report, OutputStream out) throws IOException {
        out.write(HtmlReportWriter.write(report, "").getBytes(StandardCharsets.UTF_8));
    }
}
