package vn.baocao.core.data;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.BitSet;
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
                            BigDecimal left, BigDecimal right, Optional<ValuePlace> at) {

        /** The rule's message in the language of {@code messages}, with both sides' values filled in. */
        public String message(vn.baocao.core.i18n.Messages messages) {
            String pattern = rule.message().in(messages.locale());
            return new java.text.MessageFormat(pattern, messages.locale()).format(new Object[] {
                    vn.baocao.api.text.VietnameseNumbers.format(left), vn.baocao.api.text.VietnameseNumbers.format(right)});
        }

        /** "21028 Phường Nghĩa Lộ, 2026-01, F: …": where, then the message. */
        public String place() {
            return unitCode + " " + unitName + ", " + period + category.map(c -> ", " + c).orElse("");
        }
    }

    /** Where a value a rule looked at was read: its file and line, or for a spreadsheet its cell ('Số liệu'!D7). */
    public record ValuePlace(String file, int line, Optional<String> cell) {
        public ValuePlace(String file, int line) {
            this(file, line, Optional.empty());
        }

        /** The place as problems are written: {@code file:line}, or {@code file: 'Sheet'!D7}. */
        public String where() {
            return cell.map(c -> file + ": " + c).orElse(file + ":" + line);
        }
    }

    /**
     * A rule that could not be checked at a unit and period because one side divides by zero: it is
     * reported, never silently passed.
     */
    public record Unevaluable(DataRule rule, String unitCode, String unitName, String period, Optional<String> category,
                              String side, Optional<ValuePlace> at) {
        public String place() {
            return unitCode + " " + unitName + ", " + period + category.map(c -> ", " + c).orElse("");
        }
    }

    private final ValueStore store;
    /** Series of each (indicator, unit), so that a reference sums its categories without a search. */
    private final LongIntMap seriesIndex;
    private final int[][] seriesLists;
    private final Map<Integer, Integer> previous = new java.util.concurrent.ConcurrentHashMap<>();
    private int[] places;

    public RuleEngine(ValueStore store) {
        this.store = store;
        // the series of each (indicator, unit), in two passes over primitive arrays: a store holds hundreds of thousands
        int n = store.seriesCount();
        seriesIndex = new LongIntMap(Math.max(16, n / 2));
        int[] pairOf = new int[n];
        int[] counts = new int[Math.max(16, n)];
        int pairs = 0;
        for (int s = 0; s < n; s++) {
            long key = pair(store.seriesIndicator(s), store.seriesUnit(s));
            int index = seriesIndex.get(key);
            if (index < 0) {
                index = pairs++;
                seriesIndex.put(key, index);
            }
            pairOf[s] = index;
            counts[index]++;
        }
        seriesLists = new int[pairs][];
        for (int i = 0; i < pairs; i++) seriesLists[i] = new int[counts[i]];
        java.util.Arrays.fill(counts, 0);
        for (int s = 0; s < n; s++) {
            int index = pairOf[s];
            seriesLists[index][counts[index]++] = s;
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

    /**
     * The first data rule or derived formula of a plugin that does not compile against the
     * indicators it may use, as the message that refuses the plugin.
     */
    public static Optional<MessageRef> firstUncompilable(List<DataRule> rules, List<vn.baocao.api.indicator.DerivedIndicator> derived,
                                                         List<vn.baocao.api.indicator.Indicator> indicators) {
        for (DataRule rule : rules) {
            for (String[] side : new String[][] {{"left", rule.left()}, {"right", rule.right()}}) {
                try {
                    ExpressionParser.parse(side[1] == null ? "" : side[1], indicators);
                } catch (ExpressionParser.ParseException e) {
                    return Optional.of(MessageRef.of("plugin.ruleDoesNotCompile", rule.id(), MessageRef.of("rules.side." + side[0]),
                            MessageRef.of(e.key, e.argument, e.position + 1)));
                }
            }
            if (rule.expandOver().isPresent() && !expandable(rule, indicators)) {
                return Optional.of(MessageRef.of("plugin.ruleDoesNotCompile", rule.id(), MessageRef.of("rules.side.left"),
                        MessageRef.of("rules.expandOver", rule.expandOver().get())));
            }
        }
        for (vn.baocao.api.indicator.DerivedIndicator d : derived) {
            try {
                ExpressionParser.parse(d.formula(), indicators);
            } catch (ExpressionParser.ParseException e) {
                return Optional.of(MessageRef.of("plugin.formulaDoesNotCompile", d.code(), MessageRef.of(e.key, e.argument, e.position + 1)));
            }
        }
        return Optional.empty();
    }

    /** Whether an indicator of the rule's left side breaks down by the disaggregation the rule is expanded over. */
    private static boolean expandable(DataRule rule, List<vn.baocao.api.indicator.Indicator> indicators) {
        Expression left;
        try {
            left = ExpressionParser.parse(rule.left(), indicators);
        } catch (ExpressionParser.ParseException e) {
            return false;
        }
        for (int i : ExpressionParser.indicatorsOf(left)) {
            if (indicators.get(i).disaggregations().stream().anyMatch(d -> d.code().equals(rule.expandOver().get()))) {
                return true;
            }
        }
        return false;
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
        return check(rules, new ArrayList<>());
    }

    /** Checks the rules; those that divide by zero somewhere are listed in {@code unevaluable} for each place. */
    public List<Violation> check(List<CompiledRule> rules, List<Unevaluable> unevaluable) {
        List<Violation> violations = new ArrayList<>();
        for (CompiledRule rule : rules) {
            check(rule, violations, unevaluable);
        }
        return violations;
    }

    private void check(CompiledRule compiled, List<Violation> violations, List<Unevaluable> unevaluable) {
        DataRule rule = compiled.rule();
        boolean[] periodApplies = new boolean[store.periods.size()];
        for (int p = 0; p < periodApplies.length; p++) {
            periodApplies[p] = rule.periodTypes().isEmpty() || rule.periodTypes().contains(store.periods.period(p).type());
        }
        int categories = compiled.expandIndicator() < 0 ? 1
                : store.indicatorList.get(compiled.expandIndicator()).disaggregations().get(compiled.expandDisaggregation()).categories().size();
        int[] places = places();
        int pairs = places.length / 2;
        if (pairs < PARALLEL_PLACES || Runtime.getRuntime().availableProcessors() < 2) {
            checkRange(compiled, periodApplies, categories, 0, places.length, violations, unevaluable);
            return;
        }
        // two halves of the places on two threads; the second's findings follow the first's, as on one thread
        int middle = pairs / 2 * 2;
        List<Violation> secondViolations = new ArrayList<>();
        List<Unevaluable> secondUnevaluable = new ArrayList<>();
        RuntimeException[] failure = new RuntimeException[1];
        Thread second = new Thread(() -> {
            try {
                checkRange(compiled, periodApplies, categories, middle, places.length, secondViolations, secondUnevaluable);
            } catch (RuntimeException e) {
                failure[0] = e;
            }
        }, "baocao-rules");
        second.setDaemon(true);
        second.start();
        checkRange(compiled, periodApplies, categories, 0, middle, violations, unevaluable);
        try {
            second.join();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("interrupted while checking rules", e);
        }
        if (failure[0] != null) throw failure[0];
        violations.addAll(secondViolations);
        unevaluable.addAll(secondUnevaluable);
    }

    /** Below this many (unit, period) places a rule is checked on one thread. */
    private static final int PARALLEL_PLACES = 20_000;

    private void checkRange(CompiledRule compiled, boolean[] periodApplies, int categories, int from, int to,
                            List<Violation> violations, List<Unevaluable> unevaluable) {
        DataRule rule = compiled.rule();
        boolean exactOnly = rule.tolerance().isPresent();
        int[] places = places();
        PlaceScope scope = new PlaceScope();
        for (int k = from; k < to; k += 2) {
            int unit = places[k];
            int period = places[k + 1];
            if (!periodApplies[period]) continue;
            scope.unit = unit;
            scope.period = period;
            for (int c = 0; c < categories; c++) {
                scope.wildcard = c;
                scope.firstRow = -1;
                Expression.Tally leftTally = new Expression.Tally();
                Expression.Tally rightTally = new Expression.Tally();
                double left = compiled.left().evaluate(scope, leftTally);
                double right = compiled.right().evaluate(scope, rightTally);
                Verdict verdict;
                Fraction exactLeft = null, exactRight = null;
                if (exactOnly || leftTally.inexact || rightTally.inexact || leftTally.divisionByZero || rightTally.divisionByZero) {
                    leftTally = new Expression.Tally();
                    rightTally = new Expression.Tally();
                    exactLeft = compiled.left().exact(scope, leftTally);
                    exactRight = compiled.right().exact(scope, rightTally);
                    verdict = exactVerdict(rule, exactLeft, exactRight, leftTally, rightTally);
                } else {
                    verdict = violates(rule, left, right, leftTally, rightTally) ? Verdict.VIOLATED : Verdict.PASSED;
                }
                if (verdict == Verdict.PASSED) continue;
                Optional<String> category = compiled.expandIndicator() < 0 ? Optional.empty()
                        : Optional.of(store.indicatorList.get(compiled.expandIndicator()).disaggregations()
                                .get(compiled.expandDisaggregation()).categories().get(c).code());
                Optional<ValuePlace> place = scope.firstRow < 0 ? Optional.empty()
                        : Optional.of(new ValuePlace(store.rowSource(scope.firstRow), store.rowLine(scope.firstRow), store.rowCell(scope.firstRow)));
                String unitCode = store.units.unit(unit).code();
                String unitName = store.units.unit(unit).name();
                String periodCode = store.periods.period(period).code();
                if (verdict == Verdict.UNEVALUABLE) {
                    unevaluable.add(new Unevaluable(rule, unitCode, unitName, periodCode, category,
                            leftTally.divisionByZero ? "left" : "right", place));
                    continue;
                }
                BigDecimal l = exactLeft != null ? exactLeft.toBigDecimal() : BigDecimal.valueOf((long) left);
                BigDecimal r = exactRight != null ? exactRight.toBigDecimal() : BigDecimal.valueOf((long) right);
                violations.add(new Violation(rule, unitCode, unitName, periodCode, category, l, r, place));
            }
        }
    }

    private enum Verdict { PASSED, VIOLATED, UNEVALUABLE }

    /** The scope of one (unit, period, category): values from the store, remembering the first row met. */
    private final class PlaceScope implements Expression.Scope {
        int unit;
        int period;
        int wildcard;
        int firstRow;

        @Override
        public double value(int indicator, int disaggregation, int category, int periodOffset, Expression.Tally tally) {
            return RuleEngine.this.value(indicator, unit, shift(period, periodOffset), disaggregation, category, tally, this);
        }

        @Override
        public BigDecimal exactValue(int indicator, int disaggregation, int category, int periodOffset) {
            return RuleEngine.this.exactValue(indicator, unit, shift(period, periodOffset), disaggregation, category);
        }

        @Override
        public int wildcard() {
            return wildcard;
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

    /**
     * Whether a side has a value under its missing-value strategy, as DHIS2 decides it for every
     * operator, the pairs included: skipped when any (or all) of its values are missing; with
     * {@code NEVER_SKIP} missing values count as 0 and the side always has one.
     */
    static boolean has(MissingValueStrategy strategy, Expression.Tally tally) {
        return switch (strategy) {
            case SKIP_IF_ANY_VALUE_MISSING -> tally.missing == 0;
            case SKIP_IF_ALL_VALUES_MISSING -> tally.looked == 0 || tally.missing < tally.looked;
            case NEVER_SKIP -> true;
        };
    }

    /** The verdict of the pair operators, or null for a comparison. */
    private static Boolean pairViolated(DataRule rule, Expression.Tally l, Expression.Tally r) {
        boolean leftHas = has(rule.leftMissing(), l);
        boolean rightHas = has(rule.rightMissing(), r);
        return switch (rule.operator()) {
            case COMPULSORY_PAIR -> leftHas != rightHas;
            case EXCLUSIVE_PAIR -> leftHas && rightHas;
            case REQUIRES -> leftHas && !rightHas;
            default -> null;
        };
    }

    /** Whether the values break the rule (fast path: both sides exact doubles); false when a side is skipped. */
    static boolean violates(DataRule rule, double left, double right, Expression.Tally l, Expression.Tally r) {
        Boolean pair = pairViolated(rule, l, r);
        if (pair != null) return pair;
        if (!has(rule.leftMissing(), l) || !has(rule.rightMissing(), r)) return false;
        return switch (rule.operator()) {
            case EQUAL_TO -> left != right;
            case NOT_EQUAL_TO -> left == right;
            case LESS_THAN -> !(left < right);
            case LESS_THAN_OR_EQUAL_TO -> !(left <= right);
            case GREATER_THAN -> !(left > right);
            case GREATER_THAN_OR_EQUAL_TO -> !(left >= right);
            default -> false;
        };
    }

    /** The verdict on exact values; a side that divides by zero makes the rule unevaluable there, unless the side is skipped anyway. */
    private static Verdict exactVerdict(DataRule rule, Fraction left, Fraction right, Expression.Tally l, Expression.Tally r) {
        Boolean pair = pairViolated(rule, l, r);
        if (pair != null) return pair ? Verdict.VIOLATED : Verdict.PASSED;
        if (!has(rule.leftMissing(), l) || !has(rule.rightMissing(), r)) return Verdict.PASSED;
        if (left == null || right == null) return Verdict.UNEVALUABLE;
        Fraction tolerance = rule.tolerance().map(t -> t.percent()
                ? right.abs().multiply(Fraction.of(t.amount())).divide(Fraction.of(java.math.BigDecimal.valueOf(100)))
                : Fraction.of(t.amount())).orElse(Fraction.ZERO);
        boolean violated = switch (rule.operator()) {
            case EQUAL_TO -> left.subtract(right).abs().compareTo(tolerance) > 0;
            case NOT_EQUAL_TO -> left.subtract(right).abs().compareTo(tolerance) <= 0;
            case LESS_THAN -> left.compareTo(right.add(tolerance)) >= 0;
            case LESS_THAN_OR_EQUAL_TO -> left.compareTo(right.add(tolerance)) > 0;
            case GREATER_THAN -> left.compareTo(right.subtract(tolerance)) <= 0;
            case GREATER_THAN_OR_EQUAL_TO -> left.compareTo(right.subtract(tolerance)) < 0;
            default -> false;
        };
        return violated ? Verdict.VIOLATED : Verdict.PASSED;
    }

    /**
     * The value of an indicator for a unit and period, one category or all summed, as a double (NaN
     * if none); the tally learns when the double is not exact.
     */
    private double value(int indicator, int unit, int period, int disaggregation, int category, Expression.Tally tally, PlaceScope scope) {
        if (period < 0) return Double.NaN;
        int index = seriesIndex.get(pair(indicator, unit));
        if (index < 0) return Double.NaN;
        int[] series = seriesLists[index];
        int parts = store.indicatorList.get(indicator).disaggregations().size();
        long sum = 0;
        boolean found = false;
        long[] values = store.values();
        byte[] scales = store.scales();
        for (int s : series) {
            if (disaggregation >= 0 && categoryOf(store.seriesCategory(s), parts, disaggregation) != category) continue;
            int slot = store.slot(s, period);
            if (slot != 0) {
                long v = values[slot - 1];
                if (scales[slot - 1] != 0 || v >= LIMIT || v <= -LIMIT) tally.inexact = true;
                sum += v;
                if (sum >= LIMIT || sum <= -LIMIT) tally.inexact = true;
                if (!found && scope.firstRow < 0) scope.firstRow = slot - 1;
                found = true;
            }
        }
        return found ? (double) sum : Double.NaN;
    }

    private static final long LIMIT = 1L << 53;

    /** The same value exactly, or null if none. */
    private BigDecimal exactValue(int indicator, int unit, int period, int disaggregation, int category) {
        if (period < 0) return null;
        int index = seriesIndex.get(pair(indicator, unit));
        if (index < 0) return null;
        int parts = store.indicatorList.get(indicator).disaggregations().size();
        BigDecimal sum = null;
        for (int s : seriesLists[index]) {
            if (disaggregation >= 0 && categoryOf(store.seriesCategory(s), parts, disaggregation) != category) continue;
            int slot = store.slot(s, period);
            if (slot != 0) {
                BigDecimal v = store.decimal(slot - 1);
                sum = sum == null ? v : sum.add(v);
            }
        }
        return sum;
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
                Period before = PeriodSteps.previous(store.periods.period(id));
                byte[] code = before.code().getBytes(java.nio.charset.StandardCharsets.UTF_8);
                int found = store.periods.find(code, 0, code.length);
                return found;
            });
        }
        return p;
    }

    private static long pair(int a, int b) {
        return ((long) a << 32) | (b & 0xFFFFFFFFL);
    }
}
