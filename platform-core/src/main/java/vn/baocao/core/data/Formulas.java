package vn.baocao.core.data;

import java.math.BigDecimal;
import java.util.List;
import java.util.Optional;
import vn.baocao.api.indicator.DerivedIndicator;
import vn.baocao.api.indicator.Indicator;

/**
 * Evaluates a derived indicator's formula exactly over sums that a caller looks up (the totals of
 * data files, or the figures a report source gives): no value when a figure it names is missing or
 * when it divides by zero, rather than an infinite or made-up one.
 */
public final class Formulas {
    private Formulas() {}

    /** The exact sum of an indicator's values (one category, or all), {@code periodOffset} periods back; null when none. */
    @FunctionalInterface
    public interface Lookup {
        BigDecimal sum(int indicator, int disaggregation, int category, int periodOffset);
    }

    /** A formula compiled against a list of indicators, whose indexes its lookups receive. */
    public static final class Compiled {
        private final Expression expression;

        private Compiled(Expression expression) {
            this.expression = expression;
        }

        public Optional<BigDecimal> evaluate(Lookup lookup) {
            return Formulas.evaluate(expression, lookup);
        }
    }

    /** Compiles a derived indicator's formula against {@code indicators}. */
    public static Compiled compile(DerivedIndicator derived, List<Indicator> indicators) throws Comparisons.InvalidFormula {
        return new Compiled(Comparisons.compile(derived, indicators));
    }

    static Optional<BigDecimal> evaluate(Expression formula, Lookup lookup) {
        Expression.Tally tally = new Expression.Tally();
        Fraction v = formula.exact(new Expression.Scope() {
            @Override
            public double value(int indicator, int disaggregation, int category, int periodOffset, Expression.Tally t) {
                throw new UnsupportedOperationException("formulas are evaluated exactly");
            }

            @Override
            public BigDecimal exactValue(int indicator, int disaggregation, int category, int periodOffset) {
                return lookup.sum(indicator, disaggregation, category, periodOffset);
            }

            @Override
            public int wildcard() {
                return -1;
            }
        }, tally);
        return v == null || tally.missing > 0 ? Optional.empty() : Optional.of(v.toBigDecimal());
    }
}
