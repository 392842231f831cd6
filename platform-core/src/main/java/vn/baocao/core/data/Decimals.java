package vn.baocao.core.data;

import java.math.BigDecimal;

/** Exact values in one form: no trailing zeros after the decimal mark, and no exponent for whole numbers. */
final class Decimals {
    private Decimals() {}

    static BigDecimal plain(BigDecimal value) {
        BigDecimal stripped = value.stripTrailingZeros();
        return stripped.scale() < 0 ? stripped.setScale(0) : stripped;
    }
}
