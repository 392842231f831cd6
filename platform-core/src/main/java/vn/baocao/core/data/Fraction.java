package vn.baocao.core.data;

import java.math.BigDecimal;
import java.math.BigInteger;
import java.math.MathContext;

/**
 * An exact rational number, for the rare rule or formula whose values do not fit the fast path:
 * decimals, values past 2^53, or a division that does not come out whole. Every operation is exact,
 * so a comparison is never decided by a rounding.
 */
record Fraction(BigInteger numerator, BigInteger denominator) implements Comparable<Fraction> {
    static final Fraction ZERO = new Fraction(BigInteger.ZERO, BigInteger.ONE);

    static Fraction of(BigDecimal value) {
        return value.scale() <= 0
                ? new Fraction(value.toBigIntegerExact(), BigInteger.ONE)
                : reduced(value.unscaledValue(), BigInteger.TEN.pow(value.scale()));
    }

    static Fraction of(long unscaled, int scale) {
        return scale == 0 ? new Fraction(BigInteger.valueOf(unscaled), BigInteger.ONE)
                : reduced(BigInteger.valueOf(unscaled), BigInteger.TEN.pow(scale));
    }

    private static Fraction reduced(BigInteger n, BigInteger d) {
        if (d.signum() < 0) {
            n = n.negate();
            d = d.negate();
        }
        BigInteger g = n.gcd(d);
        return g.equals(BigInteger.ONE) || g.signum() == 0 ? new Fraction(n, d) : new Fraction(n.divide(g), d.divide(g));
    }

    Fraction add(Fraction o) {
        return reduced(numerator.multiply(o.denominator).add(o.numerator.multiply(denominator)), denominator.multiply(o.denominator));
    }

    Fraction subtract(Fraction o) {
        return add(o.negate());
    }

    Fraction multiply(Fraction o) {
        return reduced(numerator.multiply(o.numerator), denominator.multiply(o.denominator));
    }

    /** The quotient, or null when {@code o} is zero. */
    Fraction divide(Fraction o) {
        if (o.numerator.signum() == 0) return null;
        return reduced(numerator.multiply(o.denominator), denominator.multiply(o.numerator));
    }

    Fraction negate() {
        return new Fraction(numerator.negate(), denominator);
    }

    Fraction abs() {
        return numerator.signum() < 0 ? negate() : this;
    }

    int signum() {
        return numerator.signum();
    }

    @Override
    public int compareTo(Fraction o) {
        return numerator.multiply(o.denominator).compareTo(o.numerator.multiply(denominator));
    }

    /** The value as a decimal: exact when it has one, else to 34 significant digits (for display). */
    BigDecimal toBigDecimal() {
        BigDecimal n = new BigDecimal(numerator);
        BigDecimal d = new BigDecimal(denominator);
        try {
            return Decimals.plain(n.divide(d));
        } catch (ArithmeticException nonTerminating) {
            return Decimals.plain(n.divide(d, MathContext.DECIMAL128));
        }
    }
}
