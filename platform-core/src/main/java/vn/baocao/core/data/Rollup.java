package vn.baocao.core.data;

import java.math.BigDecimal;
import java.math.MathContext;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeMap;
import vn.baocao.api.period.Period;
import vn.baocao.api.service.UnitDirectory;
import vn.baocao.api.unit.AdministrativeUnit;
import vn.baocao.api.unit.UnitLevel;
import vn.baocao.api.unit.UnitSuccession;
import vn.baocao.core.units.UnitSuccessors;
import vn.baocao.core.i18n.MessageRef;

/**
 * Adds up values recorded under the units of their time into the units in force on a later day,
 * through every reorganisation in between (2020, 2025): an old commune's values go to the commune
 * that carries on its area now, an old district's and an old province's to the province that took
 * over theirs. Where an old
 * commune was split among several new ones, the {@link SplitRule} decides, and the result says so.
 */
public final class Rollup {

    /** What becomes of the values of a commune split among several successors. */
    public enum SplitRule {
        /** All of it goes to the successor the resolution names first. */
        FIRST_SUCCESSOR,
        /** It is shared equally among the successors. */
        EQUAL_SHARES
    }

    /**
     * The totals in today's units.
     *
     * @param byCommune totals by code of the communes in force on the day
     * @param byProvince totals by code of the provinces in force on the day
     * @param notes the rules applied, for the report to state (split communes, district-level values)
     */
    public record Result(Map<String, BigDecimal> byCommune, Map<String, BigDecimal> byProvince, List<MessageRef> notes) {}

    private final ValueStore store;
    private final UnitDirectory directory;

    public Rollup(ValueStore store, UnitDirectory directory) {
        this.store = store;
        this.directory = directory;
    }

    /** The category argument for the indicator's total over all its categories. */
    public static final int ALL_CATEGORIES = -1;

    /**
     * The values of an indicator and category combination (or {@link #ALL_CATEGORIES}) for the
     * periods lying within {@code period}, added up into the units in force on {@code day}, each by
     * the indicator's aggregation: over time within a unit first (the sum of the months, the last
     * value of a stock, an average, a minimum or maximum), then over the units. A month inside a
     * quarter or year the same unit reported whole is not added again; a unit's total over its
     * categories is its own total where it gave one, else the sum of one breakdown. Each such choice
     * is said in the notes.
     */
    public Result into(String indicator, int category, Period period, LocalDate day, SplitRule rule) {
        byte[] code = indicator.getBytes(java.nio.charset.StandardCharsets.UTF_8);
        int ind = store.indicators.find(code, 0, code.length);
        Set<MessageRef> notes = new LinkedHashSet<>();
        if (ind < 0) {
            return new Result(new TreeMap<>(), new TreeMap<>(), List.of());
        }
        vn.baocao.api.indicator.Aggregation aggregation = store.indicatorList.get(ind).aggregation();
        java.util.BitSet shadowed = store.shadowedRows(r -> store.seriesIndicator(store.rowSeries(r)) == ind
                && store.periods.period(store.rowPeriod(r)).within(period));
        // the rows of each (unit, category), over time
        Map<Long, List<Integer>> byCell = new java.util.HashMap<>();
        for (int r = 0, n = store.rows(); r < n; r++) {
            int series = store.rowSeries(r);
            if (store.seriesIndicator(series) != ind || !store.periods.period(store.rowPeriod(r)).within(period)) continue;
            int cat = store.seriesCategory(series);
            if (category != ALL_CATEGORIES && cat != category) continue;
            if (shadowed.get(r)) {
                AdministrativeUnit unit = store.units.unit(store.seriesUnit(series));
                notes.add(MessageRef.of("rollup.shadowed", unit.name(), unit.code(), store.periods.period(store.rowPeriod(r)).code()));
                continue;
            }
            byCell.computeIfAbsent(((long) store.seriesUnit(series) << 32) | cat, k -> new ArrayList<>()).add(r);
        }
        // each (unit, category) over time, then each unit over its categories
        Map<Integer, Map<Integer, BigDecimal>> byUnit = new TreeMap<>();
        for (Map.Entry<Long, List<Integer>> cell : byCell.entrySet()) {
            int unit = (int) (cell.getKey() >>> 32);
            int cat = (int) (cell.getKey() & 0xFFFFFFFFL);
            Optional<BigDecimal> overTime = overTime(aggregation.overTime(), cell.getValue());
            if (overTime.isEmpty()) {
                notes.add(MessageRef.of("rollup.notAdditive", indicator, period.code()));
                continue;
            }
            byUnit.computeIfAbsent(unit, k -> new TreeMap<>()).put(cat, overTime.get());
        }
        Map<String, Accumulator> communes = new TreeMap<>();
        Map<String, Accumulator> provinces = new TreeMap<>();
        for (Map.Entry<Integer, Map<Integer, BigDecimal>> entry : byUnit.entrySet()) {
            AdministrativeUnit unit = store.units.unit(entry.getKey());
            Optional<BigDecimal> own = category == ALL_CATEGORIES ? overCategories(ind, unit, entry.getValue(), aggregation, notes)
                    : Optional.of(entry.getValue().values().iterator().next());
            if (own.isEmpty()) {
                notes.add(MessageRef.of("rollup.notAdditive", indicator, period.code()));
                continue;
            }
            BigDecimal value = own.get();
            List<AdministrativeUnit> carriedOn = unit.level() == UnitLevel.COMMUNE ? UnitSuccessors.on(directory, unit, day) : List.of();
            if (unit.level() == UnitLevel.COMMUNE && !carriedOn.isEmpty() && carriedOn.get(0).level() != UnitLevel.COMMUNE) {
                // a commune dissolved into its district (Lý Sơn, 2020): the district's figure, counted in the province
                AdministrativeUnit district = carriedOn.get(0);
                notes.add(MessageRef.of("rollup.district", district.name(), district.code()));
                provinceOn(district, day).ifPresent(p -> provinces.computeIfAbsent(p.code(), k -> new Accumulator(aggregation.overUnits())).add(value));
            } else if (unit.level() == UnitLevel.COMMUNE) {
                List<AdministrativeUnit> successors = carriedOn;
                if (successors.size() > 1) {
                    notes.add(MessageRef.of("rollup.split." + rule.name(), unit.name(), unit.code(),
                            String.join(", ", successors.stream().map(s -> s.name() + " (" + s.code() + ")").toList()),
                            UnitSuccessors.of(directory, unit).map(UnitSuccession::legalBasis).orElse("")));
                }
                for (int i = 0; i < successors.size(); i++) {
                    if (rule == SplitRule.FIRST_SUCCESSOR && i > 0) continue;
                    BigDecimal share = rule == SplitRule.EQUAL_SHARES && aggregation.overUnits() == vn.baocao.api.indicator.AggregationType.SUM
                            ? value.divide(BigDecimal.valueOf(successors.size()), MathContext.DECIMAL128) : value;
                    AdministrativeUnit successor = successors.get(i);
                    communes.computeIfAbsent(successor.code(), k -> new Accumulator(aggregation.overUnits())).add(share);
                    successor.parentCode().ifPresent(p -> provinces.computeIfAbsent(p, k -> new Accumulator(aggregation.overUnits())).add(share));
                }
            } else {
                if (unit.level() == UnitLevel.DISTRICT) {
                    notes.add(MessageRef.of("rollup.district", unit.name(), unit.code()));
                }
                provinceOn(unit, day).ifPresent(p -> provinces.computeIfAbsent(p.code(), k -> new Accumulator(aggregation.overUnits())).add(value));
            }
        }
        return new Result(results(communes, indicator, period, notes), results(provinces, indicator, period, notes), new ArrayList<>(notes));
    }

    /** One unit's rows of one category over the period, by the indicator's aggregation over time; empty when they do not add up. */
    private Optional<BigDecimal> overTime(vn.baocao.api.indicator.AggregationType type, List<Integer> rows) {
        if (rows.size() == 1) return Optional.of(store.decimal(rows.get(0)));
        switch (type) {
            case SUM -> {
                return Optional.of(rows.stream().map(store::decimal).reduce(BigDecimal.ZERO, BigDecimal::add));
            }
            case AVERAGE -> {
                BigDecimal sum = rows.stream().map(store::decimal).reduce(BigDecimal.ZERO, BigDecimal::add);
                return Optional.of(sum.divide(BigDecimal.valueOf(rows.size()), MathContext.DECIMAL128).stripTrailingZeros());
            }
            case LAST -> {
                int latest = rows.get(0);
                for (int r : rows) {
                    if (store.periods.lastMonth(store.rowPeriod(r)) > store.periods.lastMonth(store.rowPeriod(latest))) latest = r;
                }
                return Optional.of(store.decimal(latest));
            }
            case MIN -> {
                return rows.stream().map(store::decimal).min(BigDecimal::compareTo);
            }
            case MAX -> {
                return rows.stream().map(store::decimal).max(BigDecimal::compareTo);
            }
            default -> {
                return Optional.empty();
            }
        }
    }

    /**
     * A unit's total over its categories: its own total (combination 0) where it gave one; else the
     * sum of the combinations of one breakdown (by sex, say), the narrowest if it gave several.
     */
    private Optional<BigDecimal> overCategories(int ind, AdministrativeUnit unit, Map<Integer, BigDecimal> byCategory,
                                                vn.baocao.api.indicator.Aggregation aggregation, Set<MessageRef> notes) {
        if (byCategory.containsKey(0)) {
            if (byCategory.size() > 1) notes.add(MessageRef.of("rollup.categoriesMixed", unit.name(), unit.code()));
            return Optional.of(byCategory.get(0));
        }
        if (byCategory.size() == 1 && aggregation.overUnits() != vn.baocao.api.indicator.AggregationType.SUM
                && aggregation.overUnits() != vn.baocao.api.indicator.AggregationType.LAST) {
            return Optional.of(byCategory.values().iterator().next());
        }
        if (aggregation.overUnits() != vn.baocao.api.indicator.AggregationType.SUM && aggregation.overUnits() != vn.baocao.api.indicator.AggregationType.LAST) {
            return Optional.empty(); // a rate by sex does not add up to the rate
        }
        int disaggregations = store.categoryCodes.get(ind).size();
        Map<Integer, List<BigDecimal>> byBreakdown = new TreeMap<>(java.util.Comparator.comparingInt(Integer::bitCount).thenComparing(m -> m));
        for (Map.Entry<Integer, BigDecimal> e : byCategory.entrySet()) {
            int mask = 0;
            int combination = e.getKey();
            for (int d = disaggregations - 1; d >= 0; d--) {
                if (combination % 64 > 0) mask |= 1 << d;
                combination /= 64;
            }
            byBreakdown.computeIfAbsent(mask, k -> new ArrayList<>()).add(e.getValue());
        }
        if (byBreakdown.size() > 1) notes.add(MessageRef.of("rollup.categoriesMixed", unit.name(), unit.code()));
        return Optional.of(byBreakdown.values().iterator().next().stream().reduce(BigDecimal.ZERO, BigDecimal::add));
    }

    private static Map<String, BigDecimal> results(Map<String, Accumulator> by, String indicator, Period period, Set<MessageRef> notes) {
        Map<String, BigDecimal> totals = new TreeMap<>();
        by.forEach((unit, accumulator) -> {
            Optional<BigDecimal> value = accumulator.value();
            if (value.isPresent()) totals.put(unit, value.get());
            else notes.add(MessageRef.of("rollup.notAdditive", indicator, period.code()));
        });
        return totals;
    }

    /** Units' values combined by the indicator's aggregation over units. */
    private static final class Accumulator {
        private final vn.baocao.api.indicator.AggregationType type;
        private BigDecimal value;
        private int count;

        Accumulator(vn.baocao.api.indicator.AggregationType type) {
            this.type = type;
        }

        void add(BigDecimal v) {
            value = count == 0 ? v : switch (type) {
                case SUM, LAST, AVERAGE, NONE -> value.add(v);
                case MIN -> value.min(v);
                case MAX -> value.max(v);
            };
            count++;
        }

        Optional<BigDecimal> value() {
            if (type == vn.baocao.api.indicator.AggregationType.NONE && count > 1) return Optional.empty();
            if (type == vn.baocao.api.indicator.AggregationType.AVERAGE && count > 1) {
                return Optional.of(value.divide(BigDecimal.valueOf(count), MathContext.DECIMAL128).stripTrailingZeros());
            }
            return Optional.of(value);
        }
    }

    /** The province in force on the day that took over a district's or a province's area. */
    private Optional<AdministrativeUnit> provinceOn(AdministrativeUnit unit, LocalDate day) {
        AdministrativeUnit u = unit;
        while (u.level() != UnitLevel.PROVINCE) {
            LocalDate then = u.validity().from();
            Optional<AdministrativeUnit> parent = u.parentCode().flatMap(p -> directory.unit(p, then));
            if (parent.isEmpty()) return Optional.empty();
            u = parent.get();
        }
        if (u.existsOn(day)) return Optional.of(u);
        return directory.succession(u.code()).stream().flatMap(s -> s.toCodes().stream())
                .map(c -> directory.unit(c, day)).flatMap(Optional::stream).findFirst();
    }
}
