package vn.baocao.core.render;

import jakarta.inject.Inject;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import vn.baocao.api.spi.AssembledReport;
import vn.baocao.api.spi.ReportFormat;
import vn.baocao.core.plugin.Registry;

/**
 * Writes an assembled report in the chosen formats, all or nothing: every format is rendered to a
 * temporary file in the output folder first, and only when all have succeeded are they moved into
 * place. After any error no file of this run is left, complete or partial.
 */
public final class ReportRenderer {
    private final Map<String, ReportFormat> formats;

    @Inject
    public ReportRenderer(Registry registry) {
        this(registry.formats());
    }

    ReportRenderer(Map<String, ReportFormat> formats) {
        this.formats = Map.copyOf(formats);
    }

    /** The format ids this platform can write, in alphabetical order. */
    public List<String> formatIds() {
        return formats.keySet().stream().sorted().toList();
    }

    /**
     * Lets the formats load what they need on a background thread, while the caller reads and checks
     * the source: on a machine with two cores this hides most of a format's start-up.
     */
    public void prepare(List<String> formatIds) {
        Thread warmUp = new Thread(() -> formatIds.stream().map(formats::get).filter(f -> f != null).forEach(ReportFormat::prepare),
                "baocao-format-warm-up");
        warmUp.setDaemon(true);
        warmUp.start();
    }

    public boolean supports(String formatId) {
        return formats.containsKey(formatId);
    }

    /**
     * Renders into {@code <folder>/<baseName>.<extension>}, one file per format.
     *
     * @return the files written
     * @throws RenderException naming the format that failed, after removing every temporary file
     */
    public List<Path> render(AssembledReport report, List<String> formatIds, Path folder, String baseName) throws RenderException {
        List<Path> temporary = new ArrayList<>();
        List<Path> targets = new ArrayList<>();
        try {
            Files.createDirectories(folder);
            for (String id : formatIds) {
                ReportFormat format = formats.get(id);
                if (format == null) {
                    throw new RenderException(id, new IllegalArgumentException("unknown format " + id));
                }
                // created like any new file (not createTempFile's owner-only mode), hidden until moved
                Path tmp = Files.createFile(folder.resolve("." + baseName + "-" + UUID.randomUUID() + "." + format.fileExtension() + ".tmp"));
                temporary.add(tmp);
                try (OutputStream out = Files.newOutputStream(tmp)) {
                    format.render(report, out);
                } catch (IOException | RuntimeException | LinkageError e) {
                    throw new RenderException(id, e);
                }
                targets.add(folder.resolve(baseName + "." + format.fileExtension()));
            }
            for (int i = 0; i < temporary.size(); i++) {
                move(temporary.get(i), targets.get(i));
            }
            return targets;
        } catch (IOException e) {
            throw new RenderException("", e);
        } finally {
            for (Path tmp : temporary) {
                try {
                    Files.deleteIfExists(tmp);
                } catch (IOException ignored) {
                    // best effort: the file is named as temporary and hidden
                }
            }
        }
    }

    private static void move(Path from, Path to) throws IOException {
        try {
            Files.move(from, to, StandardCopyOption.ATOMIC_MOVE, StandardCopyOption.REPLACE_EXISTING);
        } catch (AtomicMoveNotSupportedException e) {
            Files.move(from, to, StandardCopyOption.REPLACE_EXISTING);
        }
    }

    /** A format that failed, with the cause. */
    public static final class RenderException extends Exception {
        private static final long serialVersionUID = 1L;
        private final String format;

        RenderException(String format, Throwable cause) {
            super(cause.toString(), cause);
            this.format = format;
        }

        public String format() {
            return format;
        }
    }
}
