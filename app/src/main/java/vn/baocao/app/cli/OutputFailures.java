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

    /** What went wrong, as far as the user can act on it. */
    private enum Kind { EXISTS, PATH_THROUGH_FILE, NOT_REGULAR, DENIED, CANNOT_CREATE, READ_ONLY, FULL, NAME_TOO_LONG, FOLDER_IN_THE_WAY, OTHER }

    /** Whether a format's failure came from the file system (a full disk) rather than from the format. */
    static boolean ofTheFileSystem(IOException e) {
        return e instanceof FileSystemException || kind(e) != Kind.OTHER;
    }

    /** The sentence and its hint for a failure writing into {@code folder}. */
    static String[] say(IOException e, Path folder, Messages messages) {
        String key = "output." + switch (kind(e)) {
            case EXISTS -> "notAFolder";
            case PATH_THROUGH_FILE -> "pathThroughFile";
            case NOT_REGULAR -> "notRegular";
            case DENIED -> "denied";
            case CANNOT_CREATE -> "cannotCreate";
            case READ_ONLY -> "readOnly";
            case FULL -> "full";
            case NAME_TOO_LONG -> "nameTooLong";
            case FOLDER_IN_THE_WAY -> "folderInTheWay";
            case OTHER -> "failed";
        };
        return new String[] {messages.get(key, folder), messages.get(key + ".hint")};
    }

    /** The sentence and its hint for a failure writing the one file {@code file} that {@code option} names. */
    static String[] sayFile(IOException e, Path file, String option, Messages messages) {
        String key = "file." + switch (kind(e)) {
            // a file where a folder of the path should be
            case EXISTS, PATH_THROUGH_FILE -> "pathThroughFile";
            case NOT_REGULAR -> "notRegular";
            case DENIED -> "denied";
            case CANNOT_CREATE -> "cannotCreate";
            case READ_ONLY -> "readOnly";
            case FULL -> "full";
            case NAME_TOO_LONG -> "nameTooLong";
            case FOLDER_IN_THE_WAY -> "isFolder";
            case OTHER -> "failed";
        };
        return new String[] {messages.get(key, file), messages.get(key + ".hint", option)};
    }

    /** The system's exception read once: its type where it has one, else the system's reason. */
    private static Kind kind(IOException e) {
        // a stream's write failing says why in its message only ("No space left on device")
        String reason = (e instanceof FileSystemException f ? String.valueOf(f.getReason()) : String.valueOf(e.getMessage()))
                .toLowerCase(java.util.Locale.ROOT);
        if (e instanceof FileAlreadyExistsException) return Kind.EXISTS;
        if (reason.contains("not a directory")) return Kind.PATH_THROUGH_FILE;
        if (reason.contains("not a regular file")) return Kind.NOT_REGULAR;
        if (e instanceof AccessDeniedException || reason.contains("operation not permitted")) return Kind.DENIED;
        if (e instanceof NoSuchFileException) return Kind.CANNOT_CREATE;
        if (reason.contains("read-only")) return Kind.READ_ONLY;
        if (reason.contains("no space") || reason.contains("quota")) return Kind.FULL;
        if (reason.contains("file name too long") || reason.contains("name too long")) return Kind.NAME_TOO_LONG;
        if (e instanceof java.nio.file.DirectoryNotEmptyException || reason.contains("is a directory")) return Kind.FOLDER_IN_THE_WAY;
        return Kind.OTHER;
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
