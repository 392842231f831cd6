package vn.baocao.core.assemble;

/** Section numbers by depth, as reports write them: {@code I.}, {@code 1.}, {@code a)}, then {@code -}. */
public final class SectionNumbers {
    private static final String[] ROMAN_THOUSANDS = {"", "M", "MM", "MMM"};
    private static final String[] ROMAN_HUNDREDS = {"", "C", "CC", "CCC", "CD", "D", "DC", "DCC", "DCCC", "CM"};
    private static final String[] ROMAN_TENS = {"", "X", "XX", "XXX", "XL", "L", "LX", "LXX", "LXXX", "XC"};
    private static final String[] ROMAN_UNITS = {"", "I", "II", "III", "IV", "V", "VI", "VII", "VIII", "IX"};

    private SectionNumbers() {}

    /** The number of the {@code position}-th (1-based) section at a depth (1-based). */
    public static String of(int level, int position) {
        return switch (level) {
            case 1 -> roman(position) + ".";
            case 2 -> position + ".";
            case 3 -> letter(position) + ")";
            default -> "-";
        };
    }

    /** {@code n} in Roman numerals, as level-one sections and annexes are numbered. */
    public static String roman(int n) {
        return ROMAN_THOUSANDS[n / 1000] + ROMAN_HUNDREDS[n % 1000 / 100] + ROMAN_TENS[n % 100 / 10] + ROMAN_UNITS[n % 10];
    }

    /** a … z, then aa, ab, …; Vietnamese outlines skip no letters. */
    private static String letter(int n) {
        StringBuilder s = new StringBuilder();
        for (int k = n; k > 0; k = (k - 1) / 26) {
            s.insert(0, (char) ('a' + (k - 1) % 26));
        }
        return s.toString();
    }
}
