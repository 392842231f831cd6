package vn.baocao.core.data;

/**
 * The last value of a column and what it was looked up as. Data files are usually sorted by unit
 * and period, so most lines repeat the unit, the period and often the indicator of the line before:
 * comparing a few bytes is cheaper than hashing them again.
 */
final class LastField {
    private byte[] bytes = new byte[32];
    private int length = -1;
    private int context;
    private int id;

    /** Whether the field equals the last one remembered, looked up in the same context. */
    boolean matches(byte[] b, int from, int to, int context) {
        int n = to - from;
        if (n != length || context != this.context) return false;
        for (int k = 0; k < n; k++) {
            if (bytes[k] != b[from + k]) return false;
        }
        return true;
    }

    int id() {
        return id;
    }

    int remember(byte[] b, int from, int to, int context, int id) {
        int n = to - from;
        if (n > bytes.length) bytes = new byte[n];
        System.arraycopy(b, from, bytes, 0, n);
        this.length = n;
        this.context = context;
        this.id = id;
        return id;
    }
}
