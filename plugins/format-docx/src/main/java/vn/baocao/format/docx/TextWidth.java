package vn.baocao.format.docx;

import java.text.Normalizer;

/**
 * How wide a line of Times New Roman is, from the font's advance widths (thousandths of an em),
 * so that a rule can be drawn a share of the line above it as the decree measures it. Vietnamese
 * letters take their base letter's width: the marks sit above or below it.
 */
final class TextWidth {
    private static final String LOWER = "abcdefghijklmnopqrstuvwxyz";
    private static final int[] LOWER_WIDTHS = {444, 500, 444, 500, 444, 333, 500, 500, 278, 278, 500, 278, 778, 500, 500, 500, 500, 333,
            389, 278, 500, 500, 722, 500, 500, 444};
    private static final String UPPER = "ABCDEFGHIJKLMNOPQRSTUVWXYZ";
    private static final int[] UPPER_WIDTHS = {722, 667, 667, 722, 611, 556, 722, 722, 333, 389, 722, 611, 889, 722, 722, 556, 722, 667,
            556, 611, 722, 722, 944, 722, 722, 611};
    /** Bold Times is about a twentieth wider. */
    private static final double BOLD = 1.05;

    private TextWidth() {}

    /** The width in twips of the text on one line at the size given. */
    static int of(String text, int points, boolean bold) {
        String base = Normalizer.normalize(text.replace('Đ', 'D').replace('đ', 'd'), Normalizer.Form.NFD);
        long thousandths = 0;
        for (int i = 0; i < base.length(); i++) {
            thousandths += advance(base.charAt(i));
        }
        double twips = thousandths / 1000.0 * points * 20 * (bold ? BOLD : 1);
        return (int) Math.round(twips);
    }

    private static int advance(char c) {
        if (Character.getType(c) == Character.NON_SPACING_MARK) {
            return 0;
        }
        int lower = LOWER.indexOf(c);
        if (lower >= 0) {
            return LOWER_WIDTHS[lower];
        }
        int upper = UPPER.indexOf(c);
        if (upper >= 0) {
            return UPPER_WIDTHS[upper];
        }
        if (Character.isDigit(c)) {
            return 500;
        }
        return switch (c) {
            case ' ', ',', '.' -> 250;
            case '-', '(', ')' -> 333;
            case '/', ':', ';' -> 278;
            default -> 500;
        };
    }
}
