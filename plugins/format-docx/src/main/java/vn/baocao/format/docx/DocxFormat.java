package vn.baocao.format.docx;

import java.io.IOException;
import java.io.OutputStream;
import vn.baocao.api.spi.AssembledReport;
import vn.baocao.api.spi.ReportFormat;

/** {@code docx}: the document an agency opens, checks and signs. */
final class DocxFormat implements ReportFormat {

    @Override
    public String id() {
        return "docx";
    }

    @Override
    public String fileExtension() {
        return "docx";
    }

    @Override
    public void render(AssembledReport report, OutputStream out) throws IOException {
        new DocxWriter(report).write(out);
    }
}
