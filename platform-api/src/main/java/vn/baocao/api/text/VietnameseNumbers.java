package vn.baocao.api.text;

import static org.apiguardian.api.API.Status.EXPERIMENTAL;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.text.DecimalFormat;
import java.text.DecimalFormatSymbols;
import java.util.Locale;
import org.apiguardian.api.API;

/**
 * Numbers as Vietnamese documents write them: a dot between thousands and a comma before decimals
 * ({@code 51.300}, {@code 14,3}).
 */
@API(status = EXPERIMENTAL, since = "0.1")
public final class VietnameseNumbers {
    private static final DecimalFormatSymbols SYMBOLS = DecimalFormatSymbols.getInstance(Locale.forLanguageTag("vi"));

    private VietnameseNumbers() {}

    /** A number with its decimals as given, up to two. */
    public static String format(BigDecimal value) {
        DecimalFormat f = new DecimalFormat("#,##0.##", SYMBOLS);
        f.setRoundingMode(RoundingMode.HALF_UP);
        return f.format(value);
    }

    /** A share with one decimal: {@code 14,3}. */
    public static String oneDecimal(BigDecimal value) {
        DecimalFormat f = new DecimalFormat("#,##0.#", SYMBOLS);
        f.setRoundingMode(RoundingMode.HALF_UP);
        return f.format(value);
    }

    /** The change from {@code before} to {@code now} in percent, or empty when {@code before} is zero. */
    public static java.util.Optional<BigDecimal> changePercent(BigDecimal before, BigDecimal now) {
        if (before.signum() == 0) {
            return java.util.Optional.empty();
        }
        return java.util.Optional.of(now.subtract(before).multiply(BigDecimal.valueOf(100)).divide(before, 4, RoundingMode.HALF_UP));
    }
}
