package vn.baocao.core.data;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.OptionalDouble;
import vn.baocao.api.indicator.DerivedIndicator;
import vn.baocao.api.indicator.Indicator;
import vn.baocao.api.indicator.Target;
import vn.baocao.core.i18n.MessageRef;

/**
 * A province's yearly figure beside the year before and the targets of its legal basis: the change
 * in percent, and whether each target in force that year is met. Derived indicators are computed
 * here, on the totals.
 */
public final class Comparisons {
    private final ValueStore store;
    private final Totals totals;

    public Comparisons(ValueStore store, Totals totals) {
        this.store = store;
        this.totals = totals;
    }

    /** A figure, the one of the year before, and the change between them. */
    public record Comparison(String indicator, String province, int year, OptionalDouble value, OptionalDouble previous,
                             OptionalDouble changePercent, List<TargetCheck> targets) {}

    /** A target in force in the year, and whether the figure meets it; empty when it cannot be told yet. */
    public record TargetCheck(Target target, Optional<Boolean> achieved) {}

    public Comparison compare(Indicator indicator, String province, int year) {
        OptionalDouble value = totals.total(indicator.code(), province, year);
        OptionalDouble previous = totals.total(indicator.code(), province, year - 1);
        OptionalDouble change = change(value, previous);
        List<TargetCheck> checks = new ArrayList<>();
        for (Target target : indicator.targets()) {
            if (target.period().contains(java.time.LocalDate.of(year, 12, 31))) {
                checks.add(new TargetCheck(target, achieved(target, year, value, change)));
            }
        }
        return new Comparison(indicator.code(), province, year, value, previous, change, List.copyOf(checks));
    }

    /** A derived indicator for a province and a year (and the year before), from the totals. */
    public Comparison compare(DerivedIndicator derived, String province, int year) throws InvalidFormula {
        Expression formula = compile(derived);
        OptionalDouble value = evaluate(formula, province, year);
        OptionalDouble previous = evaluate(formula, province, year - 1);
        return new Comparison(derived.code(), province, year, value, previous, change(value, previous), List.of());
    }

    /** Parses a derived indicator's formula against the store's indicators. */
    Expression compile(DerivedIndicator derived) throws InvalidFormula {
        try {
            return ExpressionParser.parse(derived.formula(), store.indicatorList);
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

    private OptionalDouble evaluate(Expression formula, String province, int year) {
        Expression.Tally tally = new Expression.Tally();
        double v = formula.evaluate(new Expression.Scope() {
            @Override
            public double value(int indicator, int disaggregation, int category, int periodOffset) {
                OptionalDouble total = totals.sum(indicator, disaggregation, category, province, year - periodOffset);
                return total.isPresent() ? total.getAsDouble() : Double.NaN;
            }

            @Override
            public int wildcard() {
                return -1;
            }
        }, tally);
        // a ratio over a missing or zero denominator has no value, rather than an infinite one
        return tally.missing > 0 || Double.isNaN(v) || Double.isInfinite(v) ? OptionalDouble.empty() : OptionalDouble.of(v);
    }

    /** The change from {@code previous} to {@code value} in percent; empty without both or from zero. */
    public static OptionalDouble change(OptionalDouble value, OptionalDouble previous) {
        if (value.isEmpty() || previous.isEmpty() || previous.getAsDouble() == 0) return OptionalDouble.empty();
        return OptionalDouble.of((value.getAsDouble() - previous.getAsDouble()) / previous.getAsDouble() * 100);
    }

    /** Whether a figure (and its change on the year before) meets a target; empty when it cannot be told. */
    public static Optional<Boolean> achieved(Target target, int year, OptionalDouble value, OptionalDouble change) {
        double goal = target.value().doubleValue();
        return switch (target.kind()) {
            case AT_LEAST -> value.isEmpty() ? Optional.empty() : Optional.of(value.getAsDouble() >= goal);
            case AT_MOST -> value.isEmpty() ? Optional.empty() : Optional.of(value.getAsDouble() <= goal);
            case ANNUAL_DECREASE_PERCENT -> change.isEmpty() ? Optional.empty() : Optional.of(-change.getAsDouble() >= goal);
            case ANNUAL_INCREASE_PERCENT -> change.isEmpty() ? Optional.empty() : Optional.of(change.getAsDouble() >= goal);
        };
    }
}
