package vn.baocao.core.read;

/** Whether a file's first bytes are UTF-16 text, which Notepad and Excel save when asked for "Unicode". */
public final class Utf16 {
    private Utf16() {}

    /** A byte-order mark, or, without one, a zero in every other byte and almost only there (Latin letters). */
    public static boolean looksLike(byte[] b, int filled) {
        if (filled >= 2) {
            int b0 = b[0] & 0xFF, b1 = b[1] & 0xFF;
            if ((b0 == 0xFF && b1 == 0xFE) || (b0 == 0xFE && b1 == 0xFF)) return true;
        }
        int n = Math.min(filled, 4096);
        int zerosEven = 0, zerosOdd = 0;
        for (int i = 0; i < n; i++) {
            if (b[i] == 0) {
                if ((i & 1) == 0) zerosEven++; else zerosOdd++;
            }
        }
        int half = n / 2;
        return half > 0 && Math.max(zerosEven, zerosOdd) > half * 0.4 && Math.min(zerosEven, zerosOdd) < half * 0.05;
    }
}
