package vn.baocao.api.rule;

import static org.apiguardian.api.API.Status.EXPERIMENTAL;

import java.math.BigDecimal;
import org.apiguardian.api.API;

/**
 * How far the sides may be apart and still satisfy a comparison: an amount, or a percentage of the
 * right side. {@code ==} then means "within", {@code <=} "not more than the right side plus it".
 */
@API(status = EXPERIMENTAL, since = "0.1")
public record Tolerance(BigDecimal amount, boolean percent) {

    /** {@code 5%} or {@code 2}. */
    public static Tolerance parse(String text) {
        String t = text.strip();
        return t.endsWith("%")
                ? new Tolerance(new BigDecimal(t.substring(0, t.length() - 1).strip()), true)
                : new Tolerance(new BigDecimal(t), false);
    }

    /** The allowance for a right side of this value. */
    public double allowance(double right) {
        return percent ? Math.abs(right) * amount.doubleValue() / 100 : amount.doubleValue();
    }
}
