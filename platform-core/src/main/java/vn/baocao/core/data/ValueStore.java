package vn.baocao.core.data;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
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
    /** For a source that is a column of a sheet, its cells' reference without the row ('Số liệu'!D); null otherwise. */
    private final List<String> sourceCells = new ArrayList<>();
    /** The few values that carry a comment, by {@link #commentKey}. */
    final java.util.Map<Long, String> comments = new java.util.HashMap<>();

    private final LongIntMap seriesByKey = new LongIntMap(1024);
    private int seriesCount;
    /*
     * Series are kept in pages of 32,768: a table that grows stays arrays of 128 KB, never one large
     * enough for G1 to allocate on its own, which starts a marking cycle on the other core mid-import.
     */
    private static final int PAGE_BITS = 15;
    private static final int PAGE_MASK = (1 << PAGE_BITS) - 1;
    private int[][] seriesIndicator = new int[0][];
    private int[][] seriesCategory = new int[0][];
    private int[][] seriesUnit = new int[0][];
    /** Per series, per period id: the row holding the value, plus one; 0 when there is none. */
    private int[][][] slots = new int[0][][];
    /**
     * Per unit, a direct table of its series by indicator and category (categories 0–3, which covers
     * totals and one two-way or three-way disaggregation); other combinations go through the map.
     */
    private int[][] seriesByUnit = new int[0][];
    private static final int DIRECT_CATEGORIES = 4;

    private int rows;
    /** New rows of the import in progress, after {@code rows}. */
    private int pendingNew;
    /** Values of the import in progress for rows the store already holds. */
    private int pendingUpdates;
    private int[] updateRow = new int[0];
    private long[] updateValue = new long[0];
    private byte[] updateScale = new byte[0];
    private int[] updateSource = new int[0];
    private int[] updateLine = new int[0];
    private int[] updateOldLine = new int[0];
    private int[] rowSeries = new int[1024];
    private int[] rowPeriod = new int[1024];
    /** Each value exactly: its unscaled digits and how many of them are decimals (12.5 is 125 and 1). */
    private long[] rowValue = new long[1024];
    private byte[] rowScale = new byte[1024];
    private int[] rowSource = new int[1024];
    private int[] rowLine = new int[1024];

    public ValueStore(IndicatorCatalog catalog, UnitDirectory directory) {
        this(catalog, new UnitIndex(directory));
    }

    /** With an index of the units already built: it never changes, and one is shared by every store of a job. */
    ValueStore(IndicatorCatalog catalog, UnitIndex units) {
        this.units = units;
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
    public java.util.Optional<java.math.BigDecimal> value(String indicator, String unit, String period, int... categories) {
        long found = find(indicator, unit, period, categories);
        return found < 0 ? java.util.Optional.empty() : java.util.Optional.of(decimal(slotsOf((int) (found >> 32))[(int) found] - 1));
    }

    /** Where a value came from: the file, the line (or the sheet row) and its comment. */
    public record Provenance(String source, int line, java.util.Optional<String> comment) {}

    /** The provenance of a value, as {@link #value} finds it. */
    public java.util.Optional<Provenance> provenance(String indicator, String unit, String period, int... categories) {
        long found = find(indicator, unit, period, categories);
        if (found < 0) return java.util.Optional.empty();
        int series = (int) (found >> 32);
        int per = (int) found;
        int row = slotsOf(series)[per] - 1;
        return java.util.Optional.of(new Provenance(sources.get(rowSource[row]), rowLine[row],
                java.util.Optional.ofNullable(comments.get(commentKey(series, per)))));
    }

    /** The series and period id of a stored value, as {@link #commentKey} packs them, or -1 when there is none. */
    private long find(String indicator, String unit, String period, int... categories) {
        byte[] i = indicator.getBytes(java.nio.charset.StandardCharsets.UTF_8);
        int ind = indicators.find(i, 0, i.length);
        byte[] p = period.getBytes(java.nio.charset.StandardCharsets.UTF_8);
        int per = periods.find(p, 0, p.length);
        if (ind < 0 || per < 0) return -1;
        byte[] u = unit.getBytes(java.nio.charset.StandardCharsets.UTF_8);
        int un = units.find(u, 0, u.length, periods.firstMonth(per), periods.lastMonth(per));
        if (un < 0) return -1;
        int series = existingSeries(ind, Categories.combination(categories), un);
        if (series < 0 || per >= slotsOf(series).length || slotsOf(series)[per] == 0) return -1;
        return commentKey(series, per);
    }

    static long commentKey(int series, int period) {
        return ((long) series << 32) | (period & 0xFFFFFFFFL);
    }

    ValueType valueType(int indicator) {
        return indicatorList.get(indicator).valueType();
    }

    int source(String name) {
        return source(name, null);
    }

    /** A source whose values are the cells of one column of a sheet, named by {@code cells} ('Số liệu'!D). */
    int source(String name, String cells) {
        sources.add(name);
        sourceCells.add(cells);
        return sources.size() - 1;
    }

    /** The series of (indicator, category, unit), or -1 when there is none. */
    private int existingSeries(int indicator, int category, int unit) {
        if (category < DIRECT_CATEGORIES) {
            int[] table = unit < seriesByUnit.length ? seriesByUnit[unit] : null;
            return table == null ? -1 : table[indicator * DIRECT_CATEGORIES + category] - 1;
        }
        return seriesByKey.get(key(indicator, category, unit));
    }

    /** The series of (indicator, category, unit), created when new. */
    int series(int indicator, int category, int unit) {
        if (category < DIRECT_CATEGORIES) {
            if (unit >= seriesByUnit.length) {
                seriesByUnit = Arrays.copyOf(seriesByUnit, Math.max(unit + 1, units.size()));
            }
            int[] table = seriesByUnit[unit];
            if (table == null) {
                table = seriesByUnit[unit] = new int[indicatorList.size() * DIRECT_CATEGORIES];
            }
            int cell = indicator * DIRECT_CATEGORIES + category;
            if (table[cell] == 0) {
                table[cell] = newSeries(indicator, category, unit) + 1;
            }
            return table[cell] - 1;
        }
        long key = key(indicator, category, unit);
        int id = seriesByKey.get(key);
        return id >= 0 ? id : newSeries(indicator, category, unit);
    }

    private int newSeries(int indicator, int category, int unit) {
        long key = key(indicator, category, unit);
        int id;
        id = seriesCount++;
        int page = id >>> PAGE_BITS;
        if (page == slots.length) {
            seriesIndicator = Arrays.copyOf(seriesIndicator, page + 1);
            seriesCategory = Arrays.copyOf(seriesCategory, page + 1);
            seriesUnit = Arrays.copyOf(seriesUnit, page + 1);
            slots = Arrays.copyOf(slots, page + 1);
            seriesIndicator[page] = new int[PAGE_MASK + 1];
            seriesCategory[page] = new int[PAGE_MASK + 1];
            seriesUnit[page] = new int[PAGE_MASK + 1];
            slots[page] = new int[PAGE_MASK + 1][];
        }
        int at = id & PAGE_MASK;
        seriesIndicator[page][at] = indicator;
        seriesCategory[page][at] = category;
        seriesUnit[page][at] = unit;
        slots[page][at] = new int[Math.max(8, periods.size())];
        if (category >= DIRECT_CATEGORIES) seriesByKey.put(key, id); // the others are in seriesByUnit
        return id;
    }

    /** The row of a series' value in a period, plus one; 0 when there is none. */
    int slot(int series, int period) {
        int[] s = slotsOf(series);
        return period < s.length ? s[period] : 0;
    }

    /** A row's value, exactly. */
    java.math.BigDecimal decimal(int row) {
        return java.math.BigDecimal.valueOf(rowValue[row], rowScale[row]);
    }

    long unscaled(int row) {
        return rowValue[row];
    }

    int scale(int row) {
        return rowScale[row];
    }

    int rowLine(int row) {
        return rowLine[row];
    }

    String rowSource(int row) {
        return sources.get(rowSource[row]);
    }

    /** The cell a row's value was read from, for a value from a spreadsheet. */
    java.util.Optional<String> rowCell(int row) {
        String cells = sourceCells.get(rowSource[row]);
        return cells == null ? java.util.Optional.empty() : java.util.Optional.of(cells + rowLine[row]);
    }

    /**
     * Makes room for about this many more rows at once, so that a large import does not grow the
     * columns step by step (each step briefly holds two copies).
     */
    void reserve(long more) {
        long wanted = rows + more;
        if (wanted > rowSeries.length && wanted < Integer.MAX_VALUE - 8) {
            resize((int) wanted);
        }
    }

    /**
     * Takes a value of the import in progress. A new value is appended after the committed rows; a
     * value for a series and period the store already holds is kept aside until the commit. The
     * store is single-threaded while an import is in progress.
     *
     * @return the line of an earlier value of the same import for the same series and period, or 0
     */
    int stage(int series, int period, long value, int scale, int source, int line) {
        int[] s = slotsOf(series);
        if (period >= s.length) {
            s = slots[series >>> PAGE_BITS][series & PAGE_MASK] = Arrays.copyOf(s, Math.max(period + 1, s.length * 2));
        }
        int slot = s[period];
        if (slot == 0) {
            int row = rows + pendingNew;
            if (row == rowSeries.length) resize(row + (row >> 1) + 16);
            rowSeries[row] = series;
            rowPeriod[row] = period;
            rowValue[row] = value;
            rowScale[row] = (byte) scale;
            rowSource[row] = source;
            rowLine[row] = line;
            s[period] = row + 1;
            pendingNew++;
            return 0;
        }
        int row = slot - 1;
        if (row >= rows) {
            return rowLine[row]; // given earlier in this import
        }
        if (rowLine[row] < 0) {
            return updateLine[-rowLine[row] - 1]; // an update already staged by this import
        }
        int u = pendingUpdates++;
        if (u == updateRow.length) {
            int n = u + (u >> 1) + 16;
            updateRow = Arrays.copyOf(updateRow, n);
            updateValue = Arrays.copyOf(updateValue, n);
            updateScale = Arrays.copyOf(updateScale, n);
            updateSource = Arrays.copyOf(updateSource, n);
            updateLine = Arrays.copyOf(updateLine, n);
            updateOldLine = Arrays.copyOf(updateOldLine, n);
        }
        updateRow[u] = row;
        updateValue[u] = value;
        updateScale[u] = (byte) scale;
        updateSource[u] = source;
        updateLine[u] = line;
        updateOldLine[u] = rowLine[row];
        rowLine[row] = -(u + 1); // marks the row as updated by this import until commit or abort
        return 0;
    }

    /** Counts of what a commit did: new values, changed values, values already held. */
    record Committed(long added, long replaced, long unchanged) {}

    /** Makes the staged values visible. */
    Committed commit() {
        long replaced = 0, unchanged = 0;
        for (int u = 0; u < pendingUpdates; u++) {
            int row = updateRow[u];
            if (rowValue[row] == updateValue[u] && rowScale[row] == updateScale[u]) {
                rowLine[row] = updateOldLine[u];
                unchanged++;
            } else {
                rowValue[row] = updateValue[u];
                rowScale[row] = updateScale[u];
                rowSource[row] = updateSource[u];
                rowLine[row] = updateLine[u];
                replaced++;
            }
        }
        long added = pendingNew;
        rows += pendingNew;
        pendingNew = 0;
        pendingUpdates = 0;
        return new Committed(added, replaced, unchanged);
    }

    /** Drops the staged values: the store is as it was before the import. */
    void abort() {
        for (int r = rows, end = rows + pendingNew; r < end; r++) {
            slotsOf(rowSeries[r])[rowPeriod[r]] = 0;
        }
        for (int u = 0; u < pendingUpdates; u++) {
            rowLine[updateRow[u]] = updateOldLine[u];
        }
        pendingNew = 0;
        pendingUpdates = 0;
    }

    /** Stores one value at once (stage and commit). */
    void put(int series, int period, long value, int scale, int source, int line) {
        stage(series, period, value, scale, source, line);
        commit();
    }

    /**
     * One stored value, as a caller outside the package sees it: codes, the category of each
     * disaggregation given (none for a total), the value exactly, and where it came from.
     */
    public record Entry(String indicator, String unit, vn.baocao.api.period.Period period, java.util.Map<String, String> categories,
                        java.math.BigDecimal value, java.util.Optional<String> comment, String source, int line) {}

    /** Every committed value, in the order they were stored. */
    public void forEach(java.util.function.Consumer<Entry> action) {
        for (int row = 0; row < rows; row++) {
            int series = rowSeries[row];
            int period = rowPeriod[row];
            int indicator = seriesIndicator(series);
            action.accept(new Entry(indicators.code(indicator), units.unit(seriesUnit(series)).code(), periods.period(period),
                    categoriesOf(indicator, seriesCategory(series)), decimal(row),
                    java.util.Optional.ofNullable(comments.get(commentKey(series, period))), sources.get(rowSource[row]), rowLine[row]));
        }
    }

    /** A combination read back: the base-64 digits of {@link Categories#combination}, 0 meaning "all". */
    private java.util.Map<String, String> categoriesOf(int indicator, int combination) {
        java.util.Map<String, String> found = new java.util.LinkedHashMap<>();
        List<Disaggregation> disaggregations = indicatorList.get(indicator).disaggregations();
        List<CodeTable> tables = categoryCodes.get(indicator);
        String[] codes = new String[tables.size()];
        for (int d = tables.size() - 1; d >= 0 && combination > 0; d--) {
            int digit = combination % 64;
            combination /= 64;
            if (digit > 0) codes[d] = tables.get(d).code(digit - 1);
        }
        for (int d = 0; d < codes.length; d++) {
            if (codes[d] != null) found.put(disaggregations.get(d).code(), codes[d]);
        }
        return java.util.Collections.unmodifiableMap(found);
    }

    /** Every indicator added up by its aggregation, by (indicator, category, province, year). */
    public Totals totalsByProvinceAndYear() {
        return Totals.byProvinceAndYear(this);
    }

    /**
     * The rows whose period lies inside the period of another row of the same series (December 2026
     * and the year 2026 of one unit): added together they would count the same figures twice, so
     * totals take the wider one. Only periods within one year shadow (a month, a quarter, a half);
     * rows of equal months never shadow each other.
     */
    java.util.BitSet shadowedRows() {
        return shadowedRows(r -> true);
    }

    /** The same among the rows taken: a total for December alone is not shadowed by the year, which it does not take. */
    java.util.BitSet shadowedRows(java.util.function.IntPredicate taken) {
        java.util.BitSet shadowed = new java.util.BitSet(rows);
        java.util.Map<Integer, java.util.List<Integer>> bySeries = new java.util.HashMap<>();
        for (int r = 0; r < rows; r++) if (taken.test(r)) bySeries.computeIfAbsent(rowSeries[r], k -> new java.util.ArrayList<>(2)).add(r);
        for (java.util.List<Integer> same : bySeries.values()) {
            if (same.size() < 2) continue;
            for (int a : same) {
                int aFirst = periods.firstMonth(rowPeriod[a]), aLast = periods.lastMonth(rowPeriod[a]);
                for (int b : same) {
                    int bFirst = periods.firstMonth(rowPeriod[b]), bLast = periods.lastMonth(rowPeriod[b]);
                    // within one year: a phase of years is the phase's own figure, not a year's
                    boolean wider = bFirst <= aFirst && aLast <= bLast && (bLast - bFirst) > (aLast - aFirst) && bFirst / 12 == bLast / 12;
                    if (wider) {
                        shadowed.set(a);
                        break;
                    }
                }
            }
        }
        return shadowed;
    }

    int rows() { return rows; }
    int rowSeries(int row) { return rowSeries[row]; }
    int rowPeriod(int row) { return rowPeriod[row]; }
    int seriesCount() { return seriesCount; }
    int seriesIndicator(int s) { return seriesIndicator[s >>> PAGE_BITS][s & PAGE_MASK]; }
    int seriesCategory(int s) { return seriesCategory[s >>> PAGE_BITS][s & PAGE_MASK]; }
    int seriesUnit(int s) { return seriesUnit[s >>> PAGE_BITS][s & PAGE_MASK]; }

    private int[] slotsOf(int series) {
        return slots[series >>> PAGE_BITS][series & PAGE_MASK];
    }
    long[] values() { return rowValue; }
    byte[] scales() { return rowScale; }
    int[] periodColumn() { return rowPeriod; }
    int[] seriesColumn() { return rowSeries; }

    private void resize(int n) {
        rowSeries = Arrays.copyOf(rowSeries, n);
        rowPeriod = Arrays.copyOf(rowPeriod, n);
        rowValue = Arrays.copyOf(rowValue, n);
        rowScale = Arrays.copyOf(rowScale, n);
        rowSource = Arrays.copyOf(rowSource, n);
        rowLine = Arrays.copyOf(rowLine, n);
    }

    private static long key(int indicator, int category, int unit) {
        return ((long) indicator << 40) | ((long) category << 20) | unit;
    }
}
