package vn.baocao.core.data;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.OptionalDouble;
import vn.baocao.api.indicator.Disaggregation;
import vn.baocao.api.indicator.Indicator;
import vn.baocao.api.indicator.ValueType;
import vn.baocao.api.service.IndicatorCatalog;
import vn.baocao.api.service.UnitDirectory;

/**
 * Indicator values in memory, as columns of primitives: indicator × unit × period × category →
 * value, with the file and line each came from. A series (indicator, category, unit) keeps, for each
 * period, the row holding its value, so that importing the same value again changes nothing.
 */
public final class ValueStore {
    final CodeTable indicators = new CodeTable();
    final List<Indicator> indicatorList = new ArrayList<>();
    /** For each indicator, for each of its disaggregations, the category codes. */
    final List<List<CodeTable>> categoryCodes = new ArrayList<>();
    final UnitIndex units;
    final PeriodTable periods = new PeriodTable();
    final List<String> sources = new ArrayList<>();

    private final LongIntMap seriesByKey = new LongIntMap(1 << 16);
    private int seriesCount;
    private int[] seriesIndicator = new int[1024];
    private int[] seriesCategory = new int[1024];
    private int[] seriesUnit = new int[1024];
    /** Per series, per period id: the row holding the value, plus one; 0 when there is none. */
    private int[][] slots = new int[1024][];

    private int rows;
    private int[] rowSeries = new int[1024];
    private int[] rowPeriod = new int[1024];
    private double[] rowValue = new double[1024];
    private int[] rowSource = new int[1024];
    private int[] rowLine = new int[1024];

    public ValueStore(IndicatorCatalog catalog, UnitDirectory directory) {
        this.units = new UnitIndex(directory);
        for (Indicator indicator : catalog.indicators()) {
            indicators.add(indicator.code());
            indicatorList.add(indicator);
            List<CodeTable> tables = new ArrayList<>();
            for (Disaggregation d : indicator.disaggregations()) {
                CodeTable table = new CodeTable();
                d.categories().forEach(c -> table.add(c.code()));
                tables.add(table);
            }
            categoryCodes.add(tables);
        }
    }

    /** How many values the store holds. */
    public int size() {
        return rows;
    }

    /** The value of an indicator for a unit, a period and a category combination (empty for totals). */
    public OptionalDouble value(String indicator, String unit, String period, int... categories) {
        byte[] i = indicator.getBytes(java.nio.charset.StandardCharsets.UTF_8);
        int ind = indicators.find(i, 0, i.length);
        byte[] p = period.getBytes(java.nio.charset.StandardCharsets.UTF_8);
        int per = periods.find(p, 0, p.length);
        if (ind < 0 || per < 0) return OptionalDouble.empty();
        byte[] u = unit.getBytes(java.nio.charset.StandardCharsets.UTF_8);
        int un = units.find(u, 0, u.length, periods.firstMonth(per), periods.lastMonth(per));
        if (un < 0) return OptionalDouble.empty();
        int series = seriesByKey.get(key(ind, Categories.combination(categories), un));
        if (series < 0 || per >= slots[series].length || slots[series][per] == 0) return OptionalDouble.empty();
        return OptionalDouble.of(rowValue[slots[series][per] - 1]);
    }

    ValueType valueType(int indicator) {
        return indicatorList.get(indicator).valueType();
    }

    int source(String name) {
        sources.add(name);
        return sources.size() - 1;
    }

    /** The series of (indicator, category, unit), created when new. */
    int series(int indicator, int category, int unit) {
        long key = key(indicator, category, unit);
        int id = seriesByKey.get(key);
        if (id >= 0) return id;
        id = seriesCount++;
        if (id == seriesIndicator.length) {
            int n = id * 2;
            seriesIndicator = Arrays.copyOf(seriesIndicator, n);
            seriesCategory = Arrays.copyOf(seriesCategory, n);
            seriesUnit = Arrays.copyOf(seriesUnit, n);
            slots = Arrays.copyOf(slots, n);
        }
        seriesIndicator[id] = indicator;
        seriesCategory[id] = category;
        seriesUnit[id] = unit;
        slots[id] = new int[Math.max(8, periods.size())];
        seriesByKey.put(key, id);
        return id;
    }

    /** The row of a series' value in a period, plus one; 0 when there is none. */
    int slot(int series, int period) {
        int[] s = slots[series];
        return period < s.length ? s[period] : 0;
    }

    double rowValue(int row) {
        return rowValue[row];
    }

    int rowLine(int row) {
        return rowLine[row];
    }

    String rowSource(int row) {
        return sources.get(rowSource[row]);
    }

    /** Stores a value: a new row, or the existing row's value and provenance replaced. */
    void put(int series, int period, double value, int source, int line) {
        int[] s = slots[series];
        if (period >= s.length) {
            s = slots[series] = Arrays.copyOf(s, Math.max(period + 1, s.length * 2));
        }
        int row = s[period] - 1;
        if (row < 0) {
            row = rows++;
            if (row == rowSeries.length) growRows();
            rowSeries[row] = series;
            rowPeriod[row] = period;
            s[period] = row + 1;
        }
        rowValue[row] = value;
        rowSource[row] = source;
        rowLine[row] = line;
    }

    /** Sums of every value by (indicator, category, province, year), for roll-ups and benchmarks. */
    public Totals totalsByProvinceAndYear() {
        return Totals.byProvinceAndYear(this);
    }

    int rows() { return rows; }
    int rowSeries(int row) { return rowSeries[row]; }
    int rowPeriod(int row) { return rowPeriod[row]; }
    int seriesCount() { return seriesCount; }
    int seriesIndicator(int s) { return seriesIndicator[s]; }
    int seriesCategory(int s) { return seriesCategory[s]; }
    int seriesUnit(int s) { return seriesUnit[s]; }
    double[] values() { return rowValue; }
    int[] periodColumn() { return rowPeriod; }
    int[] seriesColumn() { return rowSeries; }

    private void growRows() {
        int n = rowSeries.length * 2;
        rowSeries = Arrays.copyOf(rowSeries, n);
        rowPeriod = Arrays.copyOf(rowPeriod, n);
        rowValue = Arrays.copyOf(rowValue, n);
        rowSource = Arrays.copyOf(rowSource, n);
        rowLine = Arrays.copyOf(rowLine, n);
    }

    private static long key(int indicator, int category, int unit) {
        return ((long) indicator << 40) | ((long) category << 20) | unit;
    }
}
