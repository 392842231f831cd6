package vn.baocao.core.data;

/** Reads a plain decimal number ({@code 17}, {@code -3}, {@code 12.5}) from bytes, without a string. */
final class Numbers {
    private Numbers() {}

    /** The number, or NaN when the bytes are not one. */
    static double parse(byte[] b, int from, int to) {
        while (from < to && b[from] == ' ') from++;
        while (to > from && b[to - 1] == ' ') to--;
        if (from == to) return Double.NaN;
        boolean negative = b[from] == '-';
        int i = negative ? from + 1 : from;
        long whole = 0;
        int digits = 0;
        for (; i < to && b[i] >= '0' && b[i] <= '9'; i++, digits++) {
            if (digits > 17) return Double.parseDouble(new String(b, from, to - from, java.nio.charset.StandardCharsets.US_ASCII));
            whole = whole * 10 + (b[i] - '0');
        }
        if (i < to && b[i] == '.' && digits > 0) {
            // decimals are rare in indicator data: the exact conversion of the JDK
            int j = i + 1;
            while (j < to && b[j] >= '0' && b[j] <= '9') j++;
            return j == to && j > i + 1 ? Double.parseDouble(new String(b, from, to - from, java.nio.charset.StandardCharsets.US_ASCII)) : Double.NaN;
        }
        if (i != to || digits == 0) return Double.NaN;
        return negative ? -whole : whole;
    }
}
