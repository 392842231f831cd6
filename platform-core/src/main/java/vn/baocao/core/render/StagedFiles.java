package vn.baocao.core.render;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;

/**
 * A run's temporary files while they are being written: when the process is stopped by Ctrl+C or a
 * TERM signal in that time, they are removed on the way out, so that nothing half-written is left.
 * Once the files are being put in place the journal takes over ({@link PutInPlace}); a kill -9
 * leaves them for the next run into the folder, which removes them.
 */
final class StagedFiles implements AutoCloseable {
    private final List<Path> files = new CopyOnWriteArrayList<>();
    private final Thread onStop = new Thread(this::removeUnlessPlacing, "baocao-remove-staged-files");
    private boolean placing;
    private boolean stopping;

    StagedFiles() {
        try {
            Runtime.getRuntime().addShutdownHook(onStop);
        } catch (IllegalStateException stopping) {
            // the process is already stopping: nothing will be written
        }
    }

    /**
     * Creates the file (like any new file, not createTempFile's owner-only mode), or refuses once
     * the process is stopping: no file is made after the stop removed the others.
     */
    synchronized Path create(Path file) throws IOException {
        if (stopping) throw new IOException("stopping: " + file.getFileName());
        files.add(Files.createFile(file));
        return file;
    }

    /** From here on the files are moved into place: a stop is left to the journal. */
    synchronized void placing() {
        placing = true;
    }

    private synchronized void removeUnlessPlacing() {
        stopping = true;
        if (placing) return;
        for (Path file : files) {
            try {
                Files.deleteIfExists(file);
            } catch (IOException ignored) {
                // left for the next run into the folder
            }
        }
    }

    @Override
    public void close() {
        try {
            Runtime.getRuntime().removeShutdownHook(onStop);
        } catch (IllegalStateException stopping) {
            // the hook is running or has run
        }
    }
}
