package vn.baocao.core.render;

import jakarta.inject.Inject;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import vn.baocao.api.spi.AssembledReport;
import vn.baocao.api.spi.ReportFormat;
import vn.baocao.core.plugin.Registry;

/**
 * Writes an assembled report in the chosen formats, all or nothing: every format is rendered to a
 * hidden temporary file in the output folder first, and only when all have succeeded are they put
 * in place together ({@link PutInPlace}), under the folder's lock ({@link FolderLock}). After any
 * error no file of this run is left and the older files are as they were; what a killed run left
 * is cleared, and its older files put back, by the next run into the folder.
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
        String run = UUID.randomUUID().toString();
        try {
            Files.createDirectories(folder);
            // one run at a time in a folder: a second waits, and never mixes its files with this one's
            try (FolderLock lock = FolderLock.acquire(folder); StagedFiles staged = new StagedFiles()) {
                PutInPlace.recover(folder);
                for (String id : formatIds) {
                    ReportFormat format = formats.get(id);
                    if (format == null) {
                        throw new RenderException(id, new IllegalArgumentException("unknown format " + id));
                    }
                    // hidden until moved; opened without CREATE, so that a file a stop removed is not made again
                    Path tmp = staged.create(PutInPlace.temporary(folder, run, baseName, format.fileExtension()));
                    temporary.add(tmp);
                    try (OutputStream out = Files.newOutputStream(tmp, StandardOpenOption.WRITE, StandardOpenOption.TRUNCATE_EXISTING)) {
                        format.render(report, out);
                    } catch (IOException | RuntimeException | LinkageError e) {
                        throw new RenderException(id, e);
                    }
                    targets.add(folder.resolve(baseName + "." + format.fileExtension()));
                }
                staged.placing();
                PutInPlace.put(folder, run, temporary, targets);
                return targets;
            } finally {
                for (Path tmp : temporary) {
                    try {
                        Files.deleteIfExists(tmp);
                    } catch (IOException ignored) {
                        // left for the next run into the folder, which removes it
                    }
                }
            }
        } catch (IOException e) {
            throw new RenderException("", e);
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
