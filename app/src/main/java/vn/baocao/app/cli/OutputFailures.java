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
        } else if (reason.contains("not a directory")) {
            key = "output.pathThroughFile";
        } else if (reason.contains("not a regular file")) {
            key = "output.notRegular";
        } else if (e instanceof AccessDeniedException || reason.contains("operation not permitted")) {
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

    /** The sentence and its hint for a failure writing the one file {@code file} that {@code option} names. */
    static String[] sayFile(IOException e, Path file, String option, Messages messages) {
        String reason = e instanceof FileSystemException f && f.getReason() != null ? f.getReason().toLowerCase(java.util.Locale.ROOT) : "";
        String key;
        if (e instanceof FileAlreadyExistsException || reason.contains("not a directory")) {
            key = "file.pathThroughFile";
        } else if (reason.contains("not a regular file")) {
            key = "file.notRegular";
        } else if (e instanceof AccessDeniedException || reason.contains("operation not permitted")) {
            key = "file.denied";
        } else if (e instanceof NoSuchFileException) {
            key = "file.cannotCreate";
        } else if (reason.contains("read-only")) {
            key = "file.readOnly";
        } else if (reason.contains("no space") || reason.contains("quota")) {
            key = "file.full";
        } else if (reason.contains("is a directory")) {
            key = "file.isFolder";
        } else {
            key = "file.failed";
        }
        return new String[] {messages.get(key, file), messages.get(key + ".hint", option)};
    }

    /** Says a failure on stderr, the library's own words only with {@code --debug}; the exit code of a usage error. */
    static int report(String[] said, IOException e, boolean debug, java.io.PrintWriter err, Messages messages) {
        err.println(said[0]);
        err.println("  " + messages.get("cli.hint", said[1]));
        if (debug) {
            e.printStackTrace(err);
        }
        return ExitCodes.USAGE;
    }
}
