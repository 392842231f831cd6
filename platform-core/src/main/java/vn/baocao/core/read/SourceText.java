package vn.baocao.core.read;

import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.CharBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CharsetDecoder;
import java.nio.charset.CoderResult;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.Optional;
import vn.baocao.core.i18n.MessageRef;

/**
 * The text of a source file, or why there is none. Checks happen before any parser sees the bytes:
 * size first (without reading a huge file), then that it is UTF-8 text and not empty.
 */
public final class SourceText {

    /** A report source holds metadata and prose; anything larger is a mistake or a data file. */
    public static final long MAX_BYTES = 2L * 1024 * 1024;

    /** What came of reading a file. */
    public sealed interface Outcome permits Text, Unreadable, Rejected {}

    /** The decoded text, without a byte-order mark. */
    public record Text(String text) implements Outcome {}

    /** The file could not be read at all: missing, a folder, no permission (exit code 2). */
    public record Unreadable(MessageRef reason, MessageRef hint) implements Outcome {}

    /** The file was read but cannot be a source (exit code 1), with the position when it has one. */
    public record Rejected(String code, MessageRef reason, MessageRef hint, int line, int column) implements Outcome {}

    private SourceText() {}

    public static Outcome read(Path file) {
        return read(file, MAX_BYTES);
    }

    /** As {@link #read(Path)}, with another size limit (a file of values may be larger than a report source). */
    public static Outcome read(Path file, long maxBytes) {
        byte[] bytes;
        try {
            if (Files.isDirectory(file)) {
                return new Unreadable(MessageRef.of("file.isDirectory"), MessageRef.of("file.isDirectory.hint"));
            }
            long size = Files.size(file);
            if (size > maxBytes) {
                return new Rejected("file.tooLarge", MessageRef.of("file.tooLarge", megabytes(size), megabytes(maxBytes)),
                        MessageRef.of("file.tooLarge.hint"), 0, 0);
            }
            bytes = Files.readAllBytes(file);
        } catch (NoSuchFileException e) {
            return new Unreadable(MessageRef.of("file.notFound"), MessageRef.of("file.notFound.hint"));
        } catch (IOException | SecurityException e) {
            return new Unreadable(MessageRef.of("file.unreadable", String.valueOf(e.getMessage())), MessageRef.of("file.unreadable.hint"));
        }
        int start = bytes.length >= 3 && (bytes[0] & 0xFF) == 0xEF && (bytes[1] & 0xFF) == 0xBB && (bytes[2] & 0xFF) == 0xBF ? 3 : 0;
        if (Utf16.looksLike(bytes, bytes.length)) {
            return new Rejected("file.utf16", MessageRef.of("file.utf16"), MessageRef.of("file.utf16.hint"), 1, 1);
        }
        for (int i = start; i < bytes.length; i++) {
            if (bytes[i] == 0) {
                int[] at = position(bytes, start, i);
                return new Rejected("file.binary", MessageRef.of("file.binary"), MessageRef.of("file.binary.hint"), at[0], at[1]);
            }
        }
        Optional<Integer> badByte = firstUndecodable(bytes, start);
        if (badByte.isPresent()) {
            int[] at = position(bytes, start, badByte.get());
            return new Rejected("file.notUtf8", MessageRef.of("file.notUtf8"), MessageRef.of("file.notUtf8.hint"), at[0], at[1]);
        }
        String text = new String(bytes, start, bytes.length - start, StandardCharsets.UTF_8);
        if (text.isBlank()) {
            return new Rejected("file.empty", MessageRef.of("file.empty"), MessageRef.of("file.empty.hint"), 0, 0);
        }
        return new Text(text);
    }

    private static Optional<Integer> firstUndecodable(byte[] bytes, int start) {
        CharsetDecoder decoder = StandardCharsets.UTF_8.newDecoder()
                .onMalformedInput(CodingErrorAction.REPORT)
                .onUnmappableCharacter(CodingErrorAction.REPORT);
        ByteBuffer in = ByteBuffer.wrap(bytes, start, bytes.length - start);
        CharBuffer out = CharBuffer.allocate(bytes.length + 1);
        CoderResult result = decoder.decode(in, out, true);
        if (result.isError()) {
            return Optional.of(in.position());
        }
        try {
            result = decoder.flush(out);
            if (result.isError()) {
                return Optional.of(in.position());
            }
        } catch (IllegalStateException e) {
            return Optional.of(in.position());
        }
        return Optional.empty();
    }

    /** Line and column (1-based, in characters) of a byte offset whose prefix is valid UTF-8. */
    private static int[] position(byte[] bytes, int start, int offset) {
        String before;
        try {
            before = StandardCharsets.UTF_8.newDecoder().decode(ByteBuffer.wrap(bytes, start, offset - start)).toString();
        } catch (CharacterCodingException e) {
            before = new String(bytes, start, offset - start, StandardCharsets.UTF_8);
        }
        int line = 1;
        int lineStart = 0;
        for (int i = 0; i < before.length(); i++) {
            if (before.charAt(i) == '\n') {
                line++;
                lineStart = i + 1;
            }
        }
        return new int[] {line, before.codePointCount(lineStart, before.length()) + 1};
    }

    private static String megabytes(long bytes) {
        return String.format(java.util.Locale.ROOT, "%.1f", bytes / (1024.0 * 1024.0));
    }
}
