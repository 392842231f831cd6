package vn.baocao.core.data;

import java.math.BigDecimal;
import java.util.Arrays;

/**
 * Exact numbers in cells of arrays, for sums over many values: each cell is an unscaled 64-bit whole
 * number and a scale while it fits, and a {@link BigDecimal} from the first sum that would overflow.
 * The common case (whole numbers well inside 64 bits) stays on primitives.
 */
final class ExactCells {
    private static final long[] POWERS = new long[19];

    static {
        POWERS[0] = 1;
        for (int i = 1; i < POWERS.length; i++) POWERS[i] = POWERS[i - 1] * 10;
    }

    private final long[] unscaled;
    private final byte[] scale;
    /** Cells that outgrew 64 bits; null until one does. */
    private BigDecimal[] big;

    ExactCells(int size) {
        unscaled = new long[size];
        scale = new byte[size];
    }

    int size() {
        return unscaled.length;
    }

    void set(int cell, long value, int valueScale) {
        unscaled[cell] = value;
        scale[cell] = (byte) valueScale;
        if (big != null) big[cell] = null;
    }

    void set(int cell, BigDecimal value) {
        if (value.scale() >= 0 && value.scale() <= NumberGrammar.MAX_SCALE && value.unscaledValue().bitLength() < 64) {
            set(cell, value.unscaledValue().longValue(), value.scale());
        } else {
            big()[cell] = value;
        }
    }

    /** Adds a value to a cell; cells start at zero. */
    void add(int cell, long value, int valueScale) {
        if (big != null && big[cell] != null) {
            big[cell] = big[cell].add(BigDecimal.valueOf(value, valueScale));
            return;
        }
        int s = scale[cell];
        if (s == valueScale) {
            long sum = unscaled[cell] + value;
            // overflow only when both operands have the same sign and the result's differs
            if (((unscaled[cell] ^ sum) & (value ^ sum)) >= 0) {
                unscaled[cell] = sum;
                return;
            }
        } else {
            try {
                int target = Math.max(s, valueScale);
                long a = Math.multiplyExact(unscaled[cell], POWERS[target - s]);
                long b = Math.multiplyExact(value, POWERS[target - valueScale]);
                unscaled[cell] = Math.addExact(a, b);
                scale[cell] = (byte) target;
                return;
            } catch (ArithmeticException overflow) {
                // falls through to the BigDecimal below
            }
        }
        big()[cell] = get(cell).add(BigDecimal.valueOf(value, valueScale));
    }

    /** Adds another cell's value. */
    void add(int cell, ExactCells other, int otherCell) {
        if (other.big != null && other.big[otherCell] != null) {
            big()[cell] = get(cell).add(other.big[otherCell]);
        } else {
            add(cell, other.unscaled[otherCell], other.scale[otherCell]);
        }
    }

    BigDecimal get(int cell) {
        if (big != null && big[cell] != null) return big[cell];
        return BigDecimal.valueOf(unscaled[cell], scale[cell]);
    }

    /** Compares a cell with a value: negative when the cell is smaller. */
    int compare(int cell, long value, int valueScale) {
        if ((big == null || big[cell] == null) && scale[cell] == valueScale) return Long.compare(unscaled[cell], value);
        return get(cell).compareTo(BigDecimal.valueOf(value, valueScale));
    }

    private BigDecimal[] big() {
        if (big == null) big = new BigDecimal[unscaled.length];
        return big;
    }

    void clear() {
        Arrays.fill(unscaled, 0);
        Arrays.fill(scale, (byte) 0);
        big = null;
    }
}
