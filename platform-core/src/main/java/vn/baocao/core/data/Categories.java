package vn.baocao.core.data;

/**
 * A value's categories, one for each of its indicator's disaggregations, as one number: 0 for a
 * total, otherwise the categories' indexes (each plus one) in base 64.
 */
final class Categories {
    static final int TOTAL = 0;

    private Categories() {}

    static int combination(int... categoryIndexes) {
        int c = 0;
        for (int index : categoryIndexes) {
            c = c * 64 + index + 1;
        }
        return c;
    }
}
