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
        for (int p = 0; p < periods; p++) {
            year[p] = store.periods.period(p).start().getYear();
        }
        // a series' cell for each year is found once per series, not once per value
        int series = store.seriesCount();
        long[] seriesKey = new long[series];
        for (int s = 0; s < series; s++) {
            int province = store.units.province(store.seriesUnit(s));
            seriesKey[s] = ((long) store.seriesIndicator(s) << 48) | ((long) store.seriesCategory(s) << 30) | ((long) province << 12);
        }
        int[] rowSeries = store.seriesColumn();
        int[] rowPeriod = store.periodColumn();
        double[] values = store.values();
        int lastSeries = -1;
        int lastYear = -1;
        int cell = -1;
        for (int r = 0, n = store.rows(); r < n; r++) {
            int s = rowSeries[r];
            int y = year[rowPeriod[r]];
            if (s != lastSeries || y != lastYear) {
                cell = totals.cell(seriesKey[s] | (y & 0xFFF));
                lastSeries = s;
                lastYear = y;
            }
            totals.sums[cell] += values[r];
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
