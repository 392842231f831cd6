package vn.baocao.core.read;

import java.util.ArrayList;
import java.util.List;
import vn.baocao.core.i18n.MessageRef;

/**
 * Control characters (a vertical tab pasted from Word's line break, a NUL, a bell): no text of a
 * document may hold one, an XML document such as a DOCX or the PDF's page cannot, and the parsers
 * stop at them with a message placed elsewhere. Each is refused at its line and column. Tabs, line
 * feeds and carriage returns are the file's own layout and are left to the format's rules.
 */
final class ControlCharacters {
    /** Enough to see the pattern; a file full of them is binary, said once. */
    private static final int LISTED = 10;

    private ControlCharacters() {}

    static boolean isControl(int c) {
        return (c < 0x20 && c != '\t' && c != '\n' && c != '\r') || (c >= 0x7F && c <= 0x9F);
    }

    /** The index of the first control character of a text, or -1. */
    static int first(String text) {
        for (int i = 0; i < text.length(); i++) {
            if (isControl(text.charAt(i))) return i;
        }
        return -1;
    }

    /** Each control character of a file, at its line and column (counted in characters, from 1). */
    static List<ReadProblem> in(String text) {
        List<ReadProblem> found = new ArrayList<>();
        int line = 1, column = 1;
        for (int i = 0; i < text.length() && found.size() < LISTED; ) {
            int c = text.codePointAt(i);
            if (isControl(c)) {
                found.add(ReadProblem.error("text.controlCharacter", "", MessageRef.of("text.controlCharacter", name(c)),
                        MessageRef.of("text.controlCharacter.hint")).at(new LocationIndex.Position(line, column)));
            }
            if (c == '\n') {
                line++;
                column = 1;
            } else {
                column++;
            }
            i += Character.charCount(c);
        }
        return found;
    }

    /** U+000B and, for the ones people meet, what it is. */
    static String name(int c) {
        String code = String.format("U+%04X", c);
        return switch (c) {
            case 0x00 -> code + " (NUL)";
            case 0x07 -> code + " (BEL)";
            case 0x08 -> code + " (BS)";
            case 0x0B -> code + " (VT)";
            case 0x0C -> code + " (FF)";
            case 0x1B -> code + " (ESC)";
            default -> code;
        };
    }
}
