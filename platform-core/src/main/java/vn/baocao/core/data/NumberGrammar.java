package vn.baocao.core.data;

import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import vn.baocao.core.i18n.MessageRef;

/**
 * The one number grammar of every value reader: an optional minus, digits, and decimals after the
 * decimal mark of the file's {@link NumberStyle}. A number is held exactly, as an unscaled whole
 * number and a scale ({@code 12.5} is 125 and 1), or refused: no exponents, suffixes, Infinity or
 * NaN, no digits beyond what a 64-bit whole number holds, and no thousands grouping unless the file's
 * style says how to read it. Parsing a number allocates nothing; a refusal carries its message.
 *
 * <p>Not thread-safe: one grammar per reader.
 */
public final class NumberGrammar {
    /** The most decimals a value may have. */
    static final int MAX_SCALE = 18;
    /** Longest text quoted back in a message. */
    private static final int QUOTED = 40;

    private long unscaled;
    private int scale;
    private MessageRef problem;
    private MessageRef hint;

    /** The value read by the last successful {@link #parse}: its unscaled digits. */
    public long unscaled() {
        return unscaled;
    }

    /** The value read by the last successful {@link #parse}: how many of its digits are decimals. */
    public int scale() {
        return scale;
    }

    /** Why the last {@link #parse} failed. */
    public MessageRef problem() {
        return problem;
    }

    public MessageRef hint() {
        return hint;
    }

    /** Parses a text; see {@link #parse(byte[], int, int, NumberStyle)}. */
    public boolean parse(String text, NumberStyle style) {
        byte[] b = text.getBytes(StandardCharsets.UTF_8);
        return parse(b, 0, b.length, style);
    }

    /**
     * Reads the number written in {@code b[from, to)} (UTF-8, spaces around it ignored).
     *
     * @return whether it is a number; if not, {@link #problem()} and {@link #hint()} say why
     */
    public boolean parse(byte[] b, int from, int to, NumberStyle style) {
        if (to - from > 0 && to - from <= 18) {
            // the usual case, a whole number of digits alone: read at once (18 digits cannot overflow)
            long value = 0;
            int k = from;
            for (; k < to; k++) {
                int d = b[k] - '0';
                if (d < 0 || d > 9) break;
                value = value * 10 + d;
            }
            if (k == to) {
                unscaled = value;
                scale = 0;
                return true;
            }
        }
        while (from < to && (b[from] == ' ' || b[from] == '\t')) from++;
        while (to > from && (b[to - 1] == ' ' || b[to - 1] == '\t')) to--;
        if (from == to) return fail("number.empty", "number.hint", "");
        int i = from;
        boolean negative = b[i] == '-';
        if (negative) i++;
        int dots = 0, commas = 0, digits = 0;
        int firstSeparator = -1;
        for (int k = i; k < to; k++) {
            byte c = b[k];
            if (c >= '0' && c <= '9') {
                digits++;
            } else if (c == '.' || c == ',') {
                if (c == '.') dots++; else commas++;
                if (firstSeparator < 0) firstSeparator = k;
            } else {
                return refuseShape(b, from, to, k);
            }
        }
        if (digits == 0 || i == to) return fail("number.notANumber", "number.hint", quote(b, from, to));
        if (b[i] == '.' || b[i] == ',' || b[to - 1] == '.' || b[to - 1] == ',') {
            return fail("number.notANumber", "number.hint", quote(b, from, to));
        }
        if (dots + commas == 0) return digits(b, i, to, (byte) 0, (byte) 0, negative, true);
        return switch (style) {
            case UNDECLARED -> undeclared(b, from, i, to, dots, commas, negative);
            case PLAIN -> commas == 0 && dots == 1 ? digits(b, i, to, (byte) 0, (byte) '.', negative, true)
                    : fail("number.wrongStyle", "number.wrongStyle.plain.hint", quote(b, from, to), style.code());
            case VI -> styled(b, from, i, to, (byte) '.', (byte) ',', negative, style);
            case EN -> styled(b, from, i, to, (byte) ',', (byte) '.', negative, style);
        };
    }

    /** No style declared: only a plain decimal is read; a grouping is refused with its readings. */
    private boolean undeclared(byte[] b, int from, int i, int to, int dots, int commas, boolean negative) {
        String text = quote(b, from, to);
        if (dots == 1 && commas == 0) {
            int dot = indexOf(b, i, to, (byte) '.');
            boolean groupShaped = to - dot - 1 == 3 && dot - i <= 3 && b[i] != '0';
            if (!groupShaped) return digits(b, i, to, (byte) 0, (byte) '.', negative, true);
            // 14.000: fourteen to a program, fourteen thousand to a Vietnamese reader
            return fail("number.grouped", "number.grouped.hint", text, reading(b, i, to, (byte) 0, (byte) '.', negative),
                    reading(b, i, to, (byte) '.', (byte) 0, negative), ".");
        }
        if (commas == 1 && dots == 0) {
            int comma = indexOf(b, i, to, (byte) ',');
            boolean groupShaped = to - comma - 1 == 3 && comma - i <= 3 && b[i] != '0';
            if (!groupShaped) {
                return fail("number.decimalComma", "number.decimalComma.hint", text, reading(b, i, to, (byte) 0, (byte) ',', negative));
            }
            return fail("number.grouped", "number.grouped.hint", text, reading(b, i, to, (byte) 0, (byte) ',', negative),
                    reading(b, i, to, (byte) ',', (byte) 0, negative), ",");
        }
        // several separators: a grouping of one style or the other, never a plain decimal
        if (validGrouping(b, i, to, (byte) '.', (byte) ',')) {
            return fail("number.groupedOnce", "number.grouped.hint", text, reading(b, i, to, (byte) '.', (byte) ',', negative), "vi");
        }
        if (validGrouping(b, i, to, (byte) ',', (byte) '.')) {
            return fail("number.groupedOnce", "number.grouped.hint", text, reading(b, i, to, (byte) ',', (byte) '.', negative), "en");
        }
        return fail("number.notANumber", "number.hint", text);
    }

    /** A declared style: groups of three after the first, then the decimal mark and decimals. */
    private boolean styled(byte[] b, int from, int i, int to, byte group, byte decimal, boolean negative, NumberStyle style) {
        if (!validGrouping(b, i, to, group, decimal)) {
            return fail("number.wrongStyle", "number.wrongStyle." + style.code() + ".hint", quote(b, from, to), style.code());
        }
        return digits(b, i, to, group, decimal, negative, true);
    }

    /** Whether the digits, group separators and at most one decimal mark form a proper grouping. */
    private static boolean validGrouping(byte[] b, int i, int to, byte group, byte decimal) {
        int run = 0;
        boolean grouped = false;
        boolean inDecimals = false;
        boolean first = true;
        for (int k = i; k < to; k++) {
            byte c = b[k];
            if (c >= '0' && c <= '9') {
                run++;
            } else if (c == group) {
                if (inDecimals || run == 0 || (first ? run > 3 : run != 3)) return false;
                grouped = true;
                first = false;
                run = 0;
            } else if (c == decimal) {
                if (inDecimals || run == 0 || (grouped && run != 3) || (!grouped && false)) return false;
                inDecimals = true;
                run = 0;
            } else {
                return false;
            }
        }
        if (run == 0) return false;
        return !(grouped && !inDecimals && run != 3);
    }

    /**
     * Accumulates the digits between the separators into {@link #unscaled}, decimals after
     * {@code decimal}, ignoring {@code group}; refuses what a 64-bit whole number cannot hold.
     */
    private boolean digits(byte[] b, int i, int to, byte group, byte decimal, boolean negative, boolean strip) {
        long value = 0;
        int decimals = 0;
        boolean afterMark = false;
        for (int k = i; k < to; k++) {
            byte c = b[k];
            if (c == group && group != 0) continue;
            if (c == decimal && decimal != 0) {
                afterMark = true;
                continue;
            }
            int d = c - '0';
            if (afterMark) decimals++;
            if (value > (Long.MAX_VALUE - d) / 10) {
                String text = quote(b, negative ? i - 1 : i, to);
                return afterMark ? fail("number.tooPrecise", "number.tooPrecise.hint", text, 18)
                        : fail("number.tooLarge", "number.tooLarge.hint", text);
            }
            value = value * 10 + d;
        }
        while (strip && decimals > 0 && value % 10 == 0) {
            value /= 10;
            decimals--;
        }
        if (decimals > MAX_SCALE) return fail("number.tooPrecise", "number.tooPrecise.hint", quote(b, negative ? i - 1 : i, to), MAX_SCALE);
        unscaled = negative ? -value : value;
        scale = decimals;
        return true;
    }

    /** A number the text would be with this grouping and decimal mark, written plainly ({@code 14000}, {@code 14}). */
    private static String reading(byte[] b, int i, int to, byte group, byte decimal, boolean negative) {
        StringBuilder s = new StringBuilder(negative ? "-" : "");
        for (int k = i; k < to; k++) {
            byte c = b[k];
            if (c == group && group != 0) continue;
            s.append(c == decimal && decimal != 0 ? '.' : (char) c);
        }
        return new BigDecimal(s.toString()).stripTrailingZeros().toPlainString();
    }

    /** A text that is not digits and separators: say what it looks like. */
    private boolean refuseShape(byte[] b, int from, int to, int at) {
        String text = quote(b, from, to);
        String decoded = new String(b, from, to - from, StandardCharsets.UTF_8);
        if (decoded.chars().anyMatch(ch -> ch >= 0xFF10 && ch <= 0xFF19)) {
            StringBuilder ascii = new StringBuilder();
            decoded.chars().forEach(ch -> ascii.append(ch >= 0xFF10 && ch <= 0xFF19 ? (char) ('0' + ch - 0xFF10) : ch == 0xFF0E ? '.' : (char) ch));
            return fail("number.fullWidth", "number.fullWidth.hint", text, ascii.toString());
        }
        byte c = b[at];
        boolean digitBefore = at > from && b[at - 1] >= '0' && b[at - 1] <= '9';
        if ((c == 'e' || c == 'E') && digitBefore && at + 1 < to) {
            byte next = b[at + 1];
            if ((next >= '0' && next <= '9') || next == '-' || next == '+') return fail("number.exponent", "number.exponent.hint", text);
        }
        if (c == '+' && at == from) return fail("number.plus", "number.hint", text);
        if (c == ' ' || (c & 0xFF) == 0xC2) {
            // "4 buổi": a word after the number, "1 000": digits after a space
            int next = at;
            while (next < to && (b[next] == ' ' || (b[next] & 0xFF) == 0xC2 || (b[next] & 0xFF) == 0xA0)) next++;
            boolean digitAfter = next < to && b[next] >= '0' && b[next] <= '9';
            return digitAfter ? fail("number.spaces", "number.grouped.hint", text) : fail("number.suffix", "number.suffix.hint", text);
        }
        if (digitBefore) return fail("number.suffix", "number.suffix.hint", text);
        return fail("number.notANumber", "number.hint", text);
    }

    private static int indexOf(byte[] b, int from, int to, byte c) {
        for (int k = from; k < to; k++) if (b[k] == c) return k;
        return -1;
    }

    /** The text as the user wrote it, shortened when long (a 340-digit value is not printed whole). */
    static String quote(byte[] b, int from, int to) {
        String text = new String(b, from, to - from, StandardCharsets.UTF_8);
        return text.length() <= QUOTED ? text : text.substring(0, QUOTED) + "… (" + text.length() + ")";
    }

    private boolean fail(String key, String hintKey, Object... arguments) {
        problem = MessageRef.of(key, arguments);
        hint = MessageRef.of(hintKey, arguments);
        return false;
    }
}
