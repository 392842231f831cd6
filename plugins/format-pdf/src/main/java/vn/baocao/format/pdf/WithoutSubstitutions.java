package vn.baocao.format.pdf;

import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;

/**
 * A TrueType font's bytes with its glyph-substitution table (GSUB) left out of the table directory.
 * PDFBox applies a font's Latin substitutions (the "fi" and "fl" ligatures) to every piece of text
 * it draws, and builds a regular expression from the font's whole substitution list each time: a
 * long report spent most of its PDF time there. The report's text needs no ligature (its Vietnamese
 * letters are single glyphs of the font), and text without them copies out of the PDF as typed.
 * The font's file is unchanged; only the copy read for one render is.
 */
final class WithoutSubstitutions {
    private static final int HEADER = 12;
    private static final int RECORD = 16;

    private WithoutSubstitutions() {}

    static byte[] of(byte[] font) {
        ByteBuffer in = ByteBuffer.wrap(font);
        if (font.length < HEADER) return font;
        int tables = Short.toUnsignedInt(in.getShort(4));
        if (font.length < HEADER + tables * RECORD) return font;
        for (int t = 0; t < tables; t++) {
            int at = HEADER + t * RECORD;
            if (new String(font, at, 4, StandardCharsets.US_ASCII).equals("GSUB")) {
                byte[] out = font.clone();
                // the records after it move up one; the tables themselves stay where they are
                System.arraycopy(font, at + RECORD, out, at, (tables - t - 1) * RECORD);
                java.util.Arrays.fill(out, HEADER + (tables - 1) * RECORD, HEADER + tables * RECORD, (byte) 0);
                ByteBuffer.wrap(out).putShort(4, (short) (tables - 1));
                return out;
            }
        }
        return font;
    }
}
