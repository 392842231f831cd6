package vn.baocao.app.cli;

import java.io.IOException;
import java.nio.file.AccessDeniedException;
import java.nio.file.FileAlreadyExistsException;
import java.nio.file.FileSystemException;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import vn.baocao.core.i18n.Messages;

/**
 * A file-system failure while writing a command's output, as one sentence naming the path the user
 * gave, with what to do: the system's exception names Java classes and hidden temporary files.
 */
final class OutputFailures {
    private OutputFailures() {}

    /** The sentence and its hint for a failure writing into {@code folder}. */
    static String[] say(IOException e, Path folder, Messages messages) {
        String reason = e instanceof FileSystemException f && f.getReason() != null ? f.getReason().toLowerCase(java.util.Locale.ROOT) : "";
        String key;
        if (e instanceof FileAlreadyExistsException) {
            key = "output.notAFolder";
        } else if (e instanceof AccessDeniedException) {
            key = "output.denied";
        } else if (e instanceof NoSuchFileException) {
            key = "output.cannotCreate";
        } else if (reason.contains("read-only")) {
            key = "output.readOnly";
        } else if (reason.contains("no space") || reason.contains("quota")) {
            key = "output.full";
        } else if (e instanceof java.nio.file.DirectoryNotEmptyException || reason.contains("is a directory")) {
            key = "output.folderInTheWay";
        } else {
            key = "output.failed";
        }
        return new String[] {messages.get(key, folder), messages.get(key + ".hint")};
    }
}
