package vn.baocao.core.render;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.util.UUID;

/**
 * Writes one file whole or not at all, as a render writes its set: under the folder's lock (a second
 * run waits), staged in a hidden file beside the target and moved over it in one step, after what
 * killed runs left in the folder has been put back or cleared. An entry form, a plugin lock.
 */
public final class WholeFile {

    /** What writes the file's bytes. */
    @FunctionalInterface
    public interface Body {
        void writeTo(OutputStream out) throws IOException;
    }

    private WholeFile() {}

    /** Writes {@code target}; on any failure the file that was there before is left as it was. */
    public static void write(Path target, Body body) throws IOException {
        Path absolute = target.toAbsolutePath();
        Path folder = absolute.getParent();
        Files.createDirectories(folder);
        PutInPlace.refuseNonFile(absolute);
        try (FolderLock lock = FolderLock.acquire(folder); StagedFiles staged = new StagedFiles()) {
            PutInPlace.recover(folder);
            // opened without CREATE, so that a file a stop removed is not made again
            Path temporary = staged.create(folder.resolve("." + absolute.getFileName() + "." + UUID.randomUUID() + ".tmp"));
            try {
                try (OutputStream out = Files.newOutputStream(temporary, StandardOpenOption.WRITE)) {
                    body.writeTo(out);
                }
                staged.placing();
                PutInPlace.move(temporary, absolute);
            } finally {
                Files.deleteIfExists(temporary);
            }
        }
    }
}
