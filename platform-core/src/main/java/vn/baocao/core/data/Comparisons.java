package vn.baocao.core.data;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import vn.baocao.api.indicator.DerivedIndicator;
import vn.baocao.api.indicator.Indicator;
import vn.baocao.api.indicator.Target;
import vn.baocao.core.i18n.MessageRef;

/**
 * A province's yearly figure beside the year before and the targets of its legal basis: the change
 * in percent, and whether each target in force that year is met. Derived indicators are computed
 * here, on the totals. Everything is exact: a target is never met or missed by a rounding.
 */
public final class Comparisons {
    private final ValueStore store;
    private final Totals totals;

    public Comparisons(ValueStore store, Totals totals) {
        this.store = store;
        this.totals = totals;
    }

    /** A figure, the one of the year before, and the change between them. */
    public record Comparison(String indicator, String province, int year, Optional<BigDecimal> value, Optional<BigDecimal> previous,
                             Optional<BigDecimal> changePercent, List<TargetCheck> targets) {}

    /** A target in force in the year, and whether the figure meets it; empty when it cannot be told yet. */
    public record TargetCheck(Target target, Optional<Boolean> achieved) {}

    public Comparison compare(Indicator indicator, String province, int year) {
        Optional<BigDecimal> value = totals.total(indicator.code(), province, year);
        Optional<BigDecimal> previous = totals.total(indicator.code(), province, year - 1);
        Optional<BigDecimal> change = change(value, previous);
        List<TargetCheck> checks = new ArrayList<>();
        for (Target target : indicator.targets()) {
            if (target.period().contains(java.time.LocalDate.of(year, 12, 31))) {
                checks.add(new TargetCheck(target, achieved(target, value, previous)));
            }
        }
        return new Comparison(indicator.code(), province, year, value, previous, change, List.copyOf(checks));
    }

    /** A derived indicator for a province and a year (and the year before), from the totals. */
    public Comparison compare(DerivedIndicator derived, String province, int year) throws InvalidFormula {
        Expression formula = compile(derived, store.indicatorList);
        Optional<BigDecimal> value = evaluate(formula, province, year);
        Optional<BigDecimal> previous = evaluate(formula, province, year - 1);
        return new Comparison(derived.code(), province, year, value, previous, change(value, previous), List.of());
    }

    /** Parses a derived indicator's formula against a list of indicators (their indexes are the references'). */
    static Expression compile(DerivedIndicator derived, List<Indicator> indicators) throws InvalidFormula {
        try {
            return ExpressionParser.parse(derived.formula(), indicators);
        } catch (ExpressionParser.ParseException e) {
            throw new InvalidFormula(derived.code(), MessageRef.of(e.key, e.argument, e.position + 1));
        }
    }

    /** A formula whose text does not parse or names an unknown indicator. */
    public static final class InvalidFormula extends Exception {
        private static final long serialVersionUID = 1L;
        private final transient MessageRef reason;

        InvalidFormula(String code, MessageRef reason) {
            super(code + ": " + reason.key(), null, false, false);
            this.reason = reason;
        }

        public MessageRef reason() {
            return reason;
        }
    }

    private Optional<BigDecimal> evaluate(Expression formula, String province, int year) {
        return Formulas.evaluate(formula, (indicator, disaggregation, category, periodOffset) ->
                totals.sum(indicator, disaggregation, category, province, year - periodOffset).orElse(null));
    }

    /** The change from {@code previous} to {@code value} in percent; empty without both or from zero. */
    public static Optional<BigDecimal> change(Optional<BigDecimal> value, Optional<BigDecimal> previous) {
        if (value.isEmpty() || previous.isEmpty() || previous.get().signum() == 0) return Optional.empty();
        Fraction change = Fraction.of(value.get()).subtract(Fraction.of(previous.get()))
                .multiply(Fraction.of(BigDecimal.valueOf(100))).divide(Fraction.of(previous.get()));
        return Optional.of(change.toBigDecimal());
    }

    /**
     * Whether a figure meets a target, compared exactly (a 2 % decrease meets "at least 2 %"); empty
     * when it cannot be told.
     */
    public static Optional<Boolean> achieved(Target target, Optional<BigDecimal> value, Optional<BigDecimal> previous) {
        BigDecimal goal = target.value();
        return switch (target.kind()) {
            case AT_LEAST -> value.map(v -> v.compareTo(goal) >= 0);
            case AT_MOST -> value.map(v -> v.compareTo(goal) <= 0);
            case ANNUAL_DECREASE_PERCENT -> percentChange(value, previous).map(c -> c.negate().compareTo(Fraction.of(goal)) >= 0);
            case ANNUAL_INCREASE_PERCENT -> percentChange(value, previous).map(c -> c.compareTo(Fraction.of(goal)) >= 0);
        };
    }

    private static Optional<Fraction> percentChange(Optional<BigDecimal> value, Optional<BigDecimal> previous) {
        if (value.isEmpty() || previous.isEmpty() || previous.get().signum() == 0) return Optional.empty();
        return Optional.of(Fraction.of(value.get()).subtract(Fraction.of(previous.get()))
                .multiply(Fraction.of(BigDecimal.valueOf(100))).divide(Fraction.of(previous.get())));
    }

    /** A change in percent rounded for display with one decimal. */
    public static BigDecimal rounded(BigDecimal change) {
        return change.setScale(1, RoundingMode.HALF_UP);
    }
}
