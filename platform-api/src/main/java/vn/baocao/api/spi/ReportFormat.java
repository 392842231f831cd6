package vn.baocao.api.spi;

import static org.apiguardian.api.API.Status.EXPERIMENTAL;

import java.io.IOException;
import java.io.OutputStream;
import org.apiguardian.api.API;

/**
 * A renderer that writes an assembled report in one file format (DOCX, PDF, HTML, Markdown, JSON).
 * The platform writes to a temporary file and moves it into place, so a renderer that fails leaves
 * nothing behind.
 */
@API(status = EXPERIMENTAL, since = "0.1")
public interface ReportFormat {

    /** The id users name on the command line: {@code docx}, {@code pdf}, … */
    String id();

    /** The file name extension, without the dot. */
    String fileExtension();

    void render(AssembledReport report, OutputStream out) throws IOException;

    /**
     * Loads what rendering will need, before the report is ready. The platform may call it on
     * another thread while it reads and checks the source, so that a format with a costly start
     * (a large library to load) costs less time. It must be safe to call at any moment, and may do
     * nothing.
     */
    default void prepare() {
        // most formats have nothing to load
    }
}
