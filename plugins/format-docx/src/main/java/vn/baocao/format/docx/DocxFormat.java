package vn.baocao.format.docx;

import java.io.IOException;
import java.io.OutputStream;
import org.apache.poi.xwpf.usermodel.XWPFDocument;
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

    /** POI's document classes and the OOXML schema types take most of a cold render: load them early. */
    @Override
    public void prepare() {
        try (XWPFDocument warm = new XWPFDocument()) {
            warm.createParagraph().createRun().setText("");
            warm.createTable(1, 1);
        } catch (IOException | RuntimeException e) {
            // preparing is only a head start; rendering will meet any real problem itself
        }
    }

    @Override
    public void render(AssembledReport report, OutputStream out) throws IOException {
        new DocxWriter(report).write(out);
    }
}
