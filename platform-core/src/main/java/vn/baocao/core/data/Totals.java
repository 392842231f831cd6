package vn.baocao.core.data;

import java.util.OptionalDouble;

/**
 * Sums of the store's values by indicator, category combination, province and year: what a
 * provincial yearly report tabulates. Computed in one pass over the rows, the key of each series
 * worked out once.
 */
public final class Totals {
    private final ValueStore store;
    private final LongIntMap cells = new LongIntMap(1 << 12);
    private double[] sums = new double[1 << 12];
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
        // each (indicator, category, province) group owns `span` consecutive sums, one a year; a
        // series finds its group once, so the pass over the values is plain array arithmetic
        int series = store.seriesCount();
        int[] base = new int[series];
        LongIntMap groups = new LongIntMap(1024);
        for (int s = 0; s < series; s++) {
            int province = store.units.province(store.seriesUnit(s));
            long group = ((long) store.seriesIndicator(s) << 40) | ((long) store.seriesCategory(s) << 20) | province;
            int g = groups.get(group);
            if (g < 0) {
                g = groups.size();
                groups.put(group, g);
            }
            base[s] = g * span;
        }
        double[] sums = new double[groups.size() * span];
        boolean[] present = new boolean[sums.length];
        int[] rowSeries = store.seriesColumn();
        int[] rowPeriod = store.periodColumn();
        double[] values = store.values();
        for (int r = 0, n = store.rows(); r < n; r++) {
            int cell = base[rowSeries[r]] + year[rowPeriod[r]];
            sums[cell] += values[r];
            present[cell] = true;
        }
        // index the cells that hold a sum by (indicator, category, province, year)
        for (int s = 0; s < series; s++) {
            int province = store.units.province(store.seriesUnit(s));
            for (int y = 0; y < span; y++) {
                int cell = base[s] + y;
                if (present[cell]) {
                    present[cell] = false;
                    long key = ((long) store.seriesIndicator(s) << 48) | ((long) store.seriesCategory(s) << 30)
                            | ((long) province << 12) | ((minYear + y) & 0xFFF);
                    int c = totals.cell(key); // may grow totals.sums: look it up first
                    totals.sums[c] = sums[cell];
                }
            }
        }
        return totals;
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
    public OptionalDouble total(String indicator, int category, String provinceCode, int year) {
        byte[] i = indicator.getBytes(java.nio.charset.StandardCharsets.UTF_8);
        int ind = store.indicators.find(i, 0, i.length);
        byte[] p = provinceCode.getBytes(java.nio.charset.StandardCharsets.UTF_8);
        int province = store.units.find(p, 0, p.length, Months.of(year, 1), Months.of(year, 12));
        if (ind < 0 || province < 0) return OptionalDouble.empty();
        int c = cells.get(((long) ind << 48) | ((long) category << 30) | ((long) province << 12) | (year & 0xFFF));
        return c < 0 ? OptionalDouble.empty() : OptionalDouble.of(sums[c]);
    }

    /** How many (indicator, category, province, year) cells hold a sum. */
    public int cells() {
        return size;
    }

    /** The sum of every cell: a checksum for benchmarks. */
    public double grandTotal() {
        double t = 0;
        for (int i = 0; i < size; i++) t += sums[i];
        return t;
    }
}
