package vn.baocao.format.pdf;

import com.openhtmltopdf.outputdevice.helper.BaseRendererBuilder.FontStyle;
import com.openhtmltopdf.pdfboxout.PdfRendererBuilder;
import com.openhtmltopdf.util.XRLog;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.util.logging.Level;
import java.util.logging.Logger;
import vn.baocao.api.spi.AssembledReport;
import vn.baocao.api.spi.ReportFormat;
import vn.baocao.format.html.HtmlReportWriter;

/**
 * {@code pdf}: the HTML page laid out on A4 with the embedded font, page numbers centred at the top
 * from page 2 on, text extractable.
 */
final class PdfFormat implements ReportFormat {
    static final String FAMILY = "Liberation Serif";
    static {
        // openhtmltopdf reports its progress at INFO on every run, on handlers of its own: its
        // warnings are for developers, shown when the platform's logging shows the libraries' warnings
        XRLog.setLoggingEnabled(Logger.getLogger("").isLoggable(Level.WARNING));
        XRLog.listRegisteredLoggers().forEach(name -> XRLog.setLevel(name, Level.WARNING));
    }

    /** The embedded font everywhere, and the page numbers of Decree 30 (none on page 1). */
    private static final String PDF_CSS = """
            body, p, td, th, span, strong, em { font-family: 'Liberation Serif'; }
            @page { @top-center { content: counter(page); font-family: 'Liberation Serif'; font-size: 13pt; } }
            @page :first { @top-center { content: none; } }
            .page { max-width: none; }
            """;

    @Override
    public String id() {
        return "pdf";
    }

    @Override
    public String fileExtension() {
        return "pdf";
    }

    @Override
    public void render(AssembledReport report, OutputStream out) throws IOException {
        PdfRendererBuilder builder = new PdfRendererBuilder();
        builder.useFastMode();
        builder.useUnicodeLineBreaker(new LineBreaks());
        builder.withHtmlContent(HtmlReportWriter.write(report, PDF_CSS, PictureCanvas::of), null);
        font(builder, "LiberationSerif-Regular.ttf", 400, FontStyle.NORMAL);
        font(builder, "LiberationSerif-Bold.ttf", 700, FontStyle.NORMAL);
        font(builder, "LiberationSerif-Italic.ttf", 400, FontStyle.ITALIC);
        font(builder, "LiberationSerif-BoldItalic.ttf", 700, FontStyle.ITALIC);
        builder.toStream(out);
        try {
            builder.run();
        } catch (UncheckedIOException e) {
            throw e.getCause();
        }
    }

    private static void font(PdfRendererBuilder builder, String file, int weight, FontStyle style) {
        builder.useFont(() -> open(file), FAMILY, weight, style, true);
    }

    private static InputStream open(String file) {
        try (InputStream in = PdfFormat.class.getResourceAsStream("fonts/" + file)) {
            if (in == null) {
                throw new IllegalStateException("font missing from the PDF plugin: " + file);
            }
            return new java.io.ByteArrayInputStream(WithoutSubstitutions.of(in.readAllBytes()));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
