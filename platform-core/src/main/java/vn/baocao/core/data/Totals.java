package vn.baocao.core.data;

import java.util.ArrayList;
import java.util.List;
import vn.baocao.api.indicator.Disaggregation;

import java.math.BigDecimal;
import java.math.MathContext;
import java.util.Optional;
import vn.baocao.api.indicator.Aggregation;
import vn.baocao.api.indicator.AggregationType;

/**
 * The store's values added up by indicator, category combination, province and year, each
 * indicator by its own aggregation (DHIS2's pair): over time within a unit first (the sum of the
 * months, or the last value for a stock such as clubs in operation, or the average, minimum,
 * maximum), then over the units of the province. One pass over the rows, then one over the series.
 */
public final class Totals {
    private final ValueStore store;
    private final LongIntMap cells = new LongIntMap(1 << 12);
    private BigDecimal[] sums = new BigDecimal[1 << 12];
    private int size;

    private Totals(ValueStore store) {
        this.store = store;
    }

    static Totals byProvinceAndYear(ValueStore store) {
        Totals totals = new Totals(store);
        int periods = store.periods.size();
        int[] year = new int[periods];
        int minYear = Integer.MAX_VALUE;
        int maxYear = Integer.MIN_VALUE;
        for (int p = 0; p < periods; p++) {
            year[p] = store.periods.period(p).start().getYear();
            minYear = Math.min(minYear, year[p]);
            maxYear = Math.max(maxYear, year[p]);
        }
        if (store.rows() == 0) {
            return totals;
        }
        int span = maxYear - minYear + 1;
        for (int p = 0; p < periods; p++) {
            year[p] -= minYear;
        }
        int series = store.seriesCount();
        // pass 1, over time: each (series, year) cell gathers what every aggregation type needs
        int cells = series * span;
        ExactCells sum = new ExactCells(cells);
        int[] count = new int[cells];
        int[] rowSeries = store.seriesColumn();
        int[] rowPeriod = store.periodColumn();
        long[] values = store.values();
        byte[] scales = store.scales();
        int[] periodEnd = new int[periods];
        for (int p = 0; p < periods; p++) {
            periodEnd[p] = store.periods.lastMonth(p);
        }
        // only what the indicators' aggregations use is gathered: sums alone for the usual case
        boolean extremes = store.indicatorList.stream().anyMatch(i -> uses(i.aggregation(), AggregationType.MIN, AggregationType.MAX));
        boolean lasts = store.indicatorList.stream().anyMatch(i -> uses(i.aggregation(), AggregationType.LAST));
        ExactCells min = extremes ? new ExactCells(cells) : null;
        ExactCells max = extremes ? new ExactCells(cells) : null;
        ExactCells last = lasts ? new ExactCells(cells) : null;
        int[] lastEnd = lasts ? new int[cells] : null;
        if (lasts) java.util.Arrays.fill(lastEnd, Integer.MIN_VALUE);
        // a month inside a year the same unit reported as a whole is not added again
        java.util.BitSet shadowed = store.shadowedRows();
        for (int r = 0, n = store.rows(); r < n; r++) {
            if (shadowed.get(r)) continue;
            int p = rowPeriod[r];
            int cell = rowSeries[r] * span + year[p];
            long v = values[r];
            int s = scales[r];
            sum.add(cell, v, s);
            if (extremes) {
                if (count[cell] == 0 || min.compare(cell, v, s) > 0) min.set(cell, v, s);
                if (count[cell] == 0 || max.compare(cell, v, s) < 0) max.set(cell, v, s);
            }
            if (lasts && periodEnd[p] >= lastEnd[cell]) {
                lastEnd[cell] = periodEnd[p];
                last.set(cell, v, s);
            }
            count[cell]++;
        }
        // pass 2, over units: the series' yearly values combine into their province's
        LongIntMap groups = new LongIntMap(1024);
        int[] groupOf = new int[series];
        for (int s = 0; s < series; s++) {
            int province = store.units.province(store.seriesUnit(s));
            long group = ((long) store.seriesIndicator(s) << 40) | ((long) store.seriesCategory(s) << 20) | province;
            int g = groups.get(group);
            if (g < 0) {
                g = groups.size();
                groups.put(group, g);
            }
            groupOf[s] = g;
        }
        int groupCells = groups.size() * span;
        ExactCells combined = new ExactCells(groupCells);
        int[] units = new int[groupCells];
        boolean[] undefined = new boolean[groupCells];
        for (int s = 0; s < series; s++) {
            Aggregation aggregation = store.indicatorList.get(store.seriesIndicator(s)).aggregation();
            for (int y = 0; y < span; y++) {
                int cell = s * span + y;
                if (count[cell] == 0) continue;
                int g = groupOf[s] * span + y;
                if (aggregation.overTime() == AggregationType.NONE && count[cell] > 1) {
                    undefined[g] = true; // several periods of a value that does not add up over time
                    continue;
                }
                ExactCells from = switch (aggregation.overTime()) {
                    case SUM, AVERAGE, NONE -> sum;
                    case LAST -> last;
                    case MIN -> min;
                    case MAX -> max;
                };
                if (aggregation.overTime() == AggregationType.AVERAGE && count[cell] > 1) {
                    BigDecimal average = sum.get(cell).divide(BigDecimal.valueOf(count[cell]), MathContext.DECIMAL128);
                    ExactCells one = new ExactCells(1);
                    one.set(0, average);
                    from = one;
                    cell = 0;
                }
                if (units[g] == 0) {
                    combined.set(g, 0, 0);
                    combined.add(g, from, cell);
                } else {
                    switch (aggregation.overUnits()) {
                        case SUM, AVERAGE, LAST -> combined.add(g, from, cell);
                        case MIN -> { if (from.get(cell).compareTo(combined.get(g)) < 0) combined.set(g, from.get(cell)); }
                        case MAX -> { if (from.get(cell).compareTo(combined.get(g)) > 0) combined.set(g, from.get(cell)); }
                        case NONE -> undefined[g] = true;
                    }
                }
                units[g]++;
            }
        }
        for (int s = 0; s < series; s++) {
            Aggregation aggregation = store.indicatorList.get(store.seriesIndicator(s)).aggregation();
            int province = store.units.province(store.seriesUnit(s));
            for (int y = 0; y < span; y++) {
                int g = groupOf[s] * span + y;
                if (units[g] == 0) continue;
                int unitCount = units[g];
                units[g] = 0; // each group's cell is written once
                if (undefined[g]) continue;
                BigDecimal value = aggregation.overUnits() == AggregationType.AVERAGE && unitCount > 1
                        ? combined.get(g).divide(BigDecimal.valueOf(unitCount), MathContext.DECIMAL128)
                        : combined.get(g);
                long key = ((long) store.seriesIndicator(s) << 48) | ((long) store.seriesCategory(s) << 30)
                        | ((long) province << 12) | ((minYear + y) & 0xFFF);
                int c = totals.cell(key); // may grow totals.sums: look it up first
                totals.sums[c] = Decimals.plain(value);
            }
        }
        return totals;
    }

    private static boolean uses(Aggregation aggregation, AggregationType... types) {
        for (AggregationType t : types) {
            if (aggregation.overTime() == t || aggregation.overUnits() == t) return true;
        }
        return false;
    }

    private int cell(long key) {
        int c = cells.get(key);
        if (c >= 0) return c;
        c = size++;
        if (c == sums.length) sums = java.util.Arrays.copyOf(sums, c * 2);
        cells.put(key, c);
        return c;
    }

    /** The total for an indicator, a category combination (0 for all categories summed separately), a province code and a year. */
    public Optional<BigDecimal> total(String indicator, int category, String provinceCode, int year) {
        byte[] i = indicator.getBytes(java.nio.charset.StandardCharsets.UTF_8);
        int ind = store.indicators.find(i, 0, i.length);
        byte[] p = provinceCode.getBytes(java.nio.charset.StandardCharsets.UTF_8);
        int province = store.units.find(p, 0, p.length, Months.of(year, 1), Months.of(year, 12));
        if (ind < 0 || province < 0) return Optional.empty();
        int c = cells.get(((long) ind << 48) | ((long) category << 30) | ((long) province << 12) | (year & 0xFFF));
        return c < 0 ? Optional.empty() : Optional.of(sums[c]);
    }

    /**
     * The total for an indicator over all its categories, a province and a year; empty when no value
     * was recorded. Categories add up (a count by sex sums to the count).
     */
    public Optional<BigDecimal> total(String indicator, String provinceCode, int year) {
        byte[] i = indicator.getBytes(java.nio.charset.StandardCharsets.UTF_8);
        int ind = store.indicators.find(i, 0, i.length);
        if (ind < 0) return Optional.empty();
        return sum(ind, -1, -1, provinceCode, year);
    }

    /**
     * The sum over the category combinations of an indicator, or over those whose category for one
     * disaggregation is {@code category} ({@code disaggregation} -1 for all); empty when none has a value.
     */
    Optional<BigDecimal> sum(int indicator, int disaggregation, int category, String provinceCode, int year) {
        byte[] p = provinceCode.getBytes(java.nio.charset.StandardCharsets.UTF_8);
        int province = store.units.find(p, 0, p.length, Months.of(year, 1), Months.of(year, 12));
        if (province < 0) return Optional.empty();
        List<Disaggregation> parts = store.indicatorList.get(indicator).disaggregations();
        BigDecimal total = BigDecimal.ZERO;
        boolean found = false;
        for (int combination : combinations(parts, disaggregation, category)) {
            int c = cells.get(((long) indicator << 48) | ((long) combination << 30) | ((long) province << 12) | (year & 0xFFF));
            if (c >= 0) {
                total = total.add(sums[c]);
                found = true;
            }
        }
        return found ? Optional.of(total) : Optional.empty();
    }

    /** Every combination of one category per disaggregation, optionally with one category fixed. */
    private static List<Integer> combinations(List<Disaggregation> parts, int fixed, int category) {
        List<Integer> out = new ArrayList<>();
        out.add(Categories.TOTAL);
        for (int d = 0; d < parts.size(); d++) {
            List<Integer> next = new ArrayList<>();
            for (int before : out) {
                for (int k = 0; k < parts.get(d).categories().size(); k++) {
                    if (d == fixed && k != category) continue;
                    next.add(before * 64 + k + 1);
                }
            }
            out = next;
        }
        return out;
    }

    /** How many (indicator, category, province, year) cells hold a sum. */
    public int cells() {
        return size;
    }

    /** The sum of every cell: a checksum for benchmarks. */
    public BigDecimal grandTotal() {
        BigDecimal t = BigDecimal.ZERO;
        for (int i = 0; i < size; i++) t = t.add(sums[i]);
        return t;
    }
}
