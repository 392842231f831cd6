package vn.baocao.core.data;

import java.util.ArrayList;
import java.util.BitSet;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import vn.baocao.api.indicator.Disaggregation;
import vn.baocao.api.period.Period;
import vn.baocao.api.rule.DataRule;
import vn.baocao.api.rule.MissingValueStrategy;
import vn.baocao.api.rule.Operator;
import vn.baocao.core.i18n.MessageRef;

/**
 * Checks rules over indicator values with DHIS2's semantics, and what DHIS2 lacks: a rule expanded
 * over every category of a disaggregation, a tolerance, and comparison with the period before. Every
 * violation is listed, with no cap.
 */
public final class RuleEngine {

    /** A rule that compiled, ready to check. */
    public record CompiledRule(DataRule rule, Expression left, Expression right, int expandIndicator, int expandDisaggregation) {}

    /** A rule whose expression does not compile: which side, and why. */
    public record RuleProblem(String ruleId, String side, int position, MessageRef message) {}

    /**
     * One violation: where, when, for which category, and both sides' values.
     *
     * @param category the category the rule was expanded to, or empty
     */
    public record Violation(DataRule rule, String unitCode, String unitName, String period, Optional<String> category,
                            double left, double right) {

        /** The rule's message in the language of {@code messages}, with both sides' values filled in. */
        public String message(vn.baocao.core.i18n.Messages messages) {
            String pattern = rule.message().in(messages.locale());
            return new java.text.MessageFormat(pattern, messages.locale()).format(new Object[] {
                    vn.baocao.api.text.VietnameseNumbers.format(java.math.BigDecimal.valueOf(left)),
                    vn.baocao.api.text.VietnameseNumbers.format(java.math.BigDecimal.valueOf(right))});
        }

        /** "21028 Phường Nghĩa Lộ, 2026-01, F: …": where, then the message. */
        public String place() {
            return unitCode + " " + unitName + ", " + period + category.map(c -> ", " + c).orElse("");
        }
    }

    private final ValueStore store;
    /** Series of each (indicator, unit), so that a reference sums its categories without a search. */
    private final LongIntMap seriesIndex;
    private final int[][] seriesLists;
    private final Map<Integer, Integer> previous = new HashMap<>();
    private int[] places;

    public RuleEngine(ValueStore store) {
        this.store = store;
        Map<Long, List<Integer>> lists = new HashMap<>();
        for (int s = 0; s < store.seriesCount(); s++) {
            lists.computeIfAbsent(pair(store.seriesIndicator(s), store.seriesUnit(s)), k -> new ArrayList<>()).add(s);
        }
        seriesIndex = new LongIntMap(Math.max(16, lists.size()));
        seriesLists = new int[lists.size()][];
        int i = 0;
        for (Map.Entry<Long, List<Integer>> e : lists.entrySet()) {
            seriesIndex.put(e.getKey(), i);
            seriesLists[i++] = e.getValue().stream().mapToInt(Integer::intValue).toArray();
        }
    }

    /** Compiles rules against the store's indicators; those that do not compile are reported, the others returned. */
    public static List<CompiledRule> compile(List<DataRule> rules, ValueStore store, List<RuleProblem> problems) {
        List<CompiledRule> compiled = new ArrayList<>();
        for (DataRule rule : rules) {
            Optional<Expression> left = parse(rule, "left", rule.left(), store, problems);
            Optional<Expression> right = parse(rule, "right", rule.right(), store, problems);
            if (left.isEmpty() || right.isEmpty()) {
                continue;
            }
            int expandIndicator = -1;
            int expandDisaggregation = -1;
            if (rule.expandOver().isPresent()) {
                for (int i : ExpressionParser.indicatorsOf(left.get())) {
                    List<Disaggregation> ds = store.indicatorList.get(i).disaggregations();
                    for (int d = 0; d < ds.size(); d++) {
                        if (ds.get(d).code().equals(rule.expandOver().get())) {
                            expandIndicator = i;
                            expandDisaggregation = d;
                        }
                    }
                }
                if (expandIndicator < 0) {
                    problems.add(new RuleProblem(rule.id(), "expandOver", 0, MessageRef.of("rules.expandOver", rule.expandOver().get())));
                    continue;
                }
            }
            compiled.add(new CompiledRule(rule, left.get(), right.get(), expandIndicator, expandDisaggregation));
        }
        return compiled;
    }

    private static Optional<Expression> parse(DataRule rule, String side, String text, ValueStore store, List<RuleProblem> problems) {
        try {
            return Optional.of(ExpressionParser.parse(text, store.indicatorList));
        } catch (ExpressionParser.ParseException e) {
            problems.add(new RuleProblem(rule.id(), side, e.position, MessageRef.of(e.key, e.argument, e.position + 1)));
            return Optional.empty();
        }
    }

    public List<Violation> check(List<CompiledRule> rules) {
        List<Violation> violations = new ArrayList<>();
        for (CompiledRule rule : rules) {
            check(rule, violations);
        }
        return violations;
    }

    private void check(CompiledRule compiled, List<Violation> violations) {
        DataRule rule = compiled.rule();
        boolean[] periodApplies = new boolean[store.periods.size()];
        for (int p = 0; p < periodApplies.length; p++) {
            periodApplies[p] = rule.periodTypes().isEmpty() || rule.periodTypes().contains(store.periods.period(p).type());
        }
        int categories = compiled.expandIndicator() < 0 ? 1
                : store.indicatorList.get(compiled.expandIndicator()).disaggregations().get(compiled.expandDisaggregation()).categories().size();
        int[] places = places();
        for (int k = 0; k < places.length; k += 2) {
            int unit = places[k];
            int period = places[k + 1];
            if (!periodApplies[period]) continue;
            for (int c = 0; c < categories; c++) {
                int wildcard = c;
                Expression.Scope scope = new Expression.Scope() {
                    @Override
                    public double value(int indicator, int disaggregation, int category, int periodOffset) {
                        return RuleEngine.this.value(indicator, unit, shift(period, periodOffset), disaggregation, category);
                    }

                    @Override
                    public int wildcard() {
                        return wildcard;
                    }
                };
                Expression.Tally leftTally = new Expression.Tally();
                Expression.Tally rightTally = new Expression.Tally();
                double left = compiled.left().evaluate(scope, leftTally);
                double right = compiled.right().evaluate(scope, rightTally);
                if (violates(rule, left, right, leftTally, rightTally)) {
                    Optional<String> category = compiled.expandIndicator() < 0 ? Optional.empty()
                            : Optional.of(store.indicatorList.get(compiled.expandIndicator()).disaggregations()
                                    .get(compiled.expandDisaggregation()).categories().get(c).code());
                    violations.add(new Violation(rule, store.units.unit(unit).code(), store.units.unit(unit).name(),
                            store.periods.period(period).code(), category, left, right));
                }
            }
        }
    }

    /**
     * Every (unit, period) the data covers, unit by unit, as pairs: a DHIS2 validation run covers the
     * units and periods of its data set, so a rule that never skips is checked there even where its
     * own values are missing. Computed once and shared by all rules.
     */
    private int[] places() {
        if (places == null) {
            int periods = store.periods.size();
            BitSet has = new BitSet();
            for (int s = 0, n = store.seriesCount(); s < n; s++) {
                int base = store.seriesUnit(s) * periods;
                for (int p = 0; p < periods; p++) {
                    if (store.slot(s, p) != 0) has.set(base + p);
                }
            }
            places = new int[2 * has.cardinality()];
            int k = 0;
            for (int i = has.nextSetBit(0); i >= 0; i = has.nextSetBit(i + 1)) {
                places[k++] = i / periods;
                places[k++] = i % periods;
            }
        }
        return places;
    }

    /** Whether the values break the rule; false when a missing-value strategy skips it. */
    static boolean violates(DataRule rule, double left, double right, Expression.Tally l, Expression.Tally r) {
        boolean leftHas = l.looked > l.missing || l.looked == 0;
        boolean rightHas = r.looked > r.missing || r.looked == 0;
        if (rule.operator() == Operator.COMPULSORY_PAIR) return leftHas != rightHas;
        if (rule.operator() == Operator.EXCLUSIVE_PAIR) return l.looked > l.missing && r.looked > r.missing;
        if (skips(rule.leftMissing(), l) || skips(rule.rightMissing(), r)) return false;
        if (Double.isNaN(left) || Double.isNaN(right)) return false;
        double tolerance = rule.tolerance().map(t -> t.allowance(right)).orElse(0.0);
        return switch (rule.operator()) {
            case EQUAL_TO -> Math.abs(left - right) > tolerance;
            case NOT_EQUAL_TO -> Math.abs(left - right) <= tolerance;
            case LESS_THAN -> !(left < right + tolerance);
            case LESS_THAN_OR_EQUAL_TO -> !(left <= right + tolerance);
            case GREATER_THAN -> !(left > right - tolerance);
            case GREATER_THAN_OR_EQUAL_TO -> !(left >= right - tolerance);
            default -> false;
        };
    }

    private static boolean skips(MissingValueStrategy strategy, Expression.Tally tally) {
        return switch (strategy) {
            case SKIP_IF_ANY_VALUE_MISSING -> tally.missing > 0;
            case SKIP_IF_ALL_VALUES_MISSING -> tally.looked > 0 && tally.missing == tally.looked;
            case NEVER_SKIP -> false;
        };
    }

    /** The value of an indicator for a unit and period: one category, or all summed; NaN if none. */
    private double value(int indicator, int unit, int period, int disaggregation, int category) {
        if (period < 0) return Double.NaN;
        int index = seriesIndex.get(pair(indicator, unit));
        if (index < 0) return Double.NaN;
        int[] series = seriesLists[index];
        int parts = store.indicatorList.get(indicator).disaggregations().size();
        double sum = 0;
        boolean found = false;
        for (int s : series) {
            if (disaggregation >= 0 && categoryOf(store.seriesCategory(s), parts, disaggregation) != category) continue;
            int slot = store.slot(s, period);
            if (slot != 0) {
                sum += store.values()[slot - 1];
                found = true;
            }
        }
        return found ? sum : Double.NaN;
    }

    /** The category index of one disaggregation in a combination (see {@link Categories}). */
    private static int categoryOf(int combination, int parts, int disaggregation) {
        int digit = combination;
        for (int k = parts - 1; k > disaggregation; k--) digit /= 64;
        return digit % 64 - 1;
    }

    /** The period {@code offset} periods before, or -1 when the store has no values for it. */
    private int shift(int period, int offset) {
        int p = period;
        for (int k = 0; k < offset && p >= 0; k++) {
            int from = p;
            p = previous.computeIfAbsent(from, id -> {
                Period before = before(store.periods.period(id));
                byte[] code = before.code().getBytes(java.nio.charset.StandardCharsets.UTF_8);
                int found = store.periods.find(code, 0, code.length);
                return found;
            });
        }
        return p;
    }

    private static Period before(Period p) {
        if (p instanceof Period.Month m) return m.month() == 1 ? new Period.Month(m.year() - 1, 12) : new Period.Month(m.year(), m.month() - 1);
        if (p instanceof Period.Quarter q) return q.quarter() == 1 ? new Period.Quarter(q.year() - 1, 4) : new Period.Quarter(q.year(), q.quarter() - 1);
        if (p instanceof Period.HalfYear h) return h.half() == 1 ? new Period.HalfYear(h.year() - 1, 2) : new Period.HalfYear(h.year(), 1);
        if (p instanceof Period.Year y) return new Period.Year(y.year() - 1);
        Period.Phase ph = (Period.Phase) p;
        int length = ph.lastYear() - ph.firstYear() + 1;
        return new Period.Phase(ph.firstYear() - length, ph.firstYear() - 1);
    }

    private static long pair(int a, int b) {
        return ((long) a << 32) | (b & 0xFFFFFFFFL);
    }
}
