package vn.baocao.core.data;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Optional;
import vn.baocao.core.i18n.MessageRef;

/**
 * Recognises the workbooks the platform cannot read by their first bytes, whatever their name: an
 * Excel 97–2003 {@code .xls} and a password-protected workbook are both OLE2 compound files (a
 * protected {@code .xlsx} is stored encrypted inside one), and each gets a sentence saying what to do.
 */
final class Workbooks {
    private static final byte[] OLE2 = {(byte) 0xD0, (byte) 0xCF, 0x11, (byte) 0xE0, (byte) 0xA1, (byte) 0xB1, 0x1A, (byte) 0xE1};
    /** The stream name of an encrypted package, as OLE2 directories write it (UTF-16LE). */
    private static final byte[] ENCRYPTED = "EncryptedPackage".getBytes(StandardCharsets.UTF_16LE);
    private static final long SCANNED = 64L << 20;

    private Workbooks() {}

    static Optional<MessageRef> unsupported(Path file) throws IOException {
        byte[] head = new byte[8];
        int read;
        try (InputStream in = Files.newInputStream(file)) {
            read = in.readNBytes(head, 0, 8);
        }
        if (read < 8 || !java.util.Arrays.equals(head, OLE2)) return Optional.empty();
        if (Files.size(file) <= SCANNED && contains(Files.readAllBytes(file), ENCRYPTED)) {
            return Optional.of(MessageRef.of("form.encrypted"));
        }
        return Optional.of(MessageRef.of("form.oldExcel"));
    }

    private static boolean contains(byte[] haystack, byte[] needle) {
        outer:
        for (int i = 0; i + needle.length <= haystack.length; i++) {
            for (int k = 0; k < needle.length; k++) {
                if (haystack[i + k] != needle[k]) continue outer;
            }
            return true;
        }
        return false;
    }
}
