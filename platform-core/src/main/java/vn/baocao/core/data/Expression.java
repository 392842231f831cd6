package vn.baocao.core.data;

import java.math.BigDecimal;

/**
 * A compiled rule or formula expression. It evaluates against one unit and period (and the category
 * a rule is expanded to), counting the values it looked for and those it found missing, for the
 * missing-value strategies.
 *
 * <p>Evaluation has two paths that give the same result: a fast one on doubles, taken while every
 * value and intermediate result is a whole number below 2^53 (where doubles are exact), and an exact
 * one on {@link Fraction}s, which the caller takes whenever the tally says the fast one was not exact.
 */
sealed interface Expression {
    /** Below this, whole numbers are exact as doubles. */
    double EXACT_LIMIT = 0x1p53;

    /** Where an expression is evaluated. */
    interface Scope {
        /** The sum of the values matched as a double, or NaN when there is none; sets {@code tally.inexact} when it is not exact. */
        double value(int indicator, int disaggregation, int category, int periodOffset, Tally tally);

        /** The sum of the values matched, exactly, or null when there is none. */
        BigDecimal exactValue(int indicator, int disaggregation, int category, int periodOffset);

        /** The category the rule is expanded to ({@code *}). */
        int wildcard();
    }

    /** Values looked for and values missing while one side is evaluated, and whether the result is exact. */
    final class Tally {
        int looked;
        int missing;
        /** The fast path met a value or a result it cannot hold exactly: evaluate exactly. */
        boolean inexact;
        /** A division by zero: the expression has no value. */
        boolean divisionByZero;
    }

    double evaluate(Scope scope, Tally tally);

    /** The exact value, or null after a division by zero (which the tally records). */
    Fraction exact(Scope scope, Tally tally);

    /** A constant, with its double and whether that double is exact. */
    record Number(BigDecimal value, double asDouble, boolean exactAsDouble) implements Expression {
        Number(BigDecimal value) {
            this(value, value.doubleValue(), value.stripTrailingZeros().scale() <= 0 && Math.abs(value.doubleValue()) < EXACT_LIMIT);
        }

        @Override
        public double evaluate(Scope scope, Tally tally) {
            if (!exactAsDouble) tally.inexact = true;
            return asDouble;
        }

        @Override
        public Fraction exact(Scope scope, Tally tally) {
            return Fraction.of(value);
        }
    }

    /**
     * A value reference: an indicator, summed over its categories or one category of one
     * disaggregation ({@code WILDCARD} for the expanded one), in this period or one before.
     */
    record Reference(int indicator, int disaggregation, int category, int periodOffset) implements Expression {
        static final int ALL = -1;
        static final int WILDCARD = -2;

        @Override
        public double evaluate(Scope scope, Tally tally) {
            tally.looked++;
            int c = category == WILDCARD ? scope.wildcard() : category;
            double v = scope.value(indicator, disaggregation, c, periodOffset, tally);
            if (Double.isNaN(v)) {
                tally.missing++;
                return 0;
            }
            return v;
        }

        @Override
        public Fraction exact(Scope scope, Tally tally) {
            tally.looked++;
            int c = category == WILDCARD ? scope.wildcard() : category;
            BigDecimal v = scope.exactValue(indicator, disaggregation, c, periodOffset);
            if (v == null) {
                tally.missing++;
                return Fraction.ZERO;
            }
            return Fraction.of(v);
        }

        Reference earlier() {
            return new Reference(indicator, disaggregation, category, periodOffset + 1);
        }
    }

    record Binary(char operator, Expression left, Expression right) implements Expression {
        @Override
        public double evaluate(Scope scope, Tally tally) {
            double l = left.evaluate(scope, tally);
            double r = right.evaluate(scope, tally);
            double result = switch (operator) {
                case '+' -> l + r;
                case '-' -> l - r;
                case '*' -> l * r;
                default -> {
                    if (r == 0) {
                        tally.divisionByZero = true;
                        yield 0;
                    }
                    if (l % r != 0) tally.inexact = true;
                    yield l / r;
                }
            };
            if (Math.abs(result) >= EXACT_LIMIT) tally.inexact = true;
            return result;
        }

        @Override
        public Fraction exact(Scope scope, Tally tally) {
            Fraction l = left.exact(scope, tally);
            Fraction r = right.exact(scope, tally);
            if (l == null || r == null) return null;
            return switch (operator) {
                case '+' -> l.add(r);
                case '-' -> l.subtract(r);
                case '*' -> l.multiply(r);
                default -> {
                    Fraction q = l.divide(r);
                    if (q == null) tally.divisionByZero = true;
                    yield q;
                }
            };
        }
    }

    record Negation(Expression operand) implements Expression {
        @Override
        public double evaluate(Scope scope, Tally tally) {
            return -operand.evaluate(scope, tally);
        }

        @Override
        public Fraction exact(Scope scope, Tally tally) {
            Fraction f = operand.exact(scope, tally);
            return f == null ? null : f.negate();
        }
    }
}
