package vn.baocao.core.data;

import java.math.BigDecimal;
import java.math.MathContext;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import vn.baocao.api.indicator.AggregationType;
import vn.baocao.api.service.UnitDirectory;
import vn.baocao.api.unit.AdministrativeUnit;
import vn.baocao.core.i18n.MessageRef;

/**
 * An indicator by unit and year for an annex (phụ lục): a row for each unit directly under an area
 * as it stood on a day, a column per year, all categories together. Values recorded under units that
 * no longer existed on that day go to the unit that took over their area (an old commune to the first
 * of its successors, an old commune's district to the district or commune above it then); what cannot
 * be placed below the area (a district's figure after districts were abolished, the area's own
 * figure) has a row of its own, so that the rows add up to the total.
 */
public final class UnitTable {

    /** A row: the unit, and its value for each year (null where it has none). */
    public record Row(String code, String name, BigDecimal[] values) {}

    /** The rows, the row of what could not be placed, the total, and the rules applied. */
    public record Result(List<Row> rows, BigDecimal[] unplaced, BigDecimal[] total, List<MessageRef> notes) {
        public boolean hasUnplaced() {
            for (BigDecimal v : unplaced) if (v != null) return true;
            return false;
        }
    }

    private final ValueStore store;
    private final UnitDirectory directory;

    public UnitTable(ValueStore store, UnitDirectory directory) {
        this.store = store;
        this.directory = directory;
    }

    public Optional<Result> of(String indicator, String area, List<Integer> years, LocalDate day) {
        byte[] code = indicator.getBytes(java.nio.charset.StandardCharsets.UTF_8);
        int ind = store.indicators.find(code, 0, code.length);
        if (ind < 0 || directory.unit(area, day).isEmpty()) return Optional.empty();
        AggregationType overTime = store.indicatorList.get(ind).aggregation().overTime();
        Map<String, Integer> rowOf = new LinkedHashMap<>();
        List<AdministrativeUnit> children = directory.children(area, day);
        for (AdministrativeUnit child : children) rowOf.put(child.code(), rowOf.size());
        BigDecimal[][] values = new BigDecimal[children.size()][years.size()];
        BigDecimal[] unplaced = new BigDecimal[years.size()];
        Set<MessageRef> notes = new LinkedHashSet<>();

        // each series' yearly value by the indicator's aggregation over time, then summed into its row
        Map<Long, Yearly> yearly = new LinkedHashMap<>(); // (series, year index) -> its yearly value so far
        for (int r = 0, n = store.rows(); r < n; r++) {
            int s = store.rowSeries(r);
            if (store.seriesIndicator(s) != ind) continue;
            int p = store.rowPeriod(r);
            int y = years.indexOf(store.periods.period(p).end().getYear());
            if (y < 0 || store.periods.period(p).start().getYear() != years.get(y)) continue;
            BigDecimal v = store.decimal(r);
            int month = store.periods.lastMonth(p);
            Yearly cell = yearly.computeIfAbsent(((long) s << 8) | y, k -> new Yearly());
            cell.value = cell.count == 0 ? v : switch (overTime) {
                case SUM, AVERAGE -> cell.value.add(v);
                case LAST -> month >= cell.lastMonth ? v : cell.value;
                case MIN -> cell.value.min(v);
                case MAX -> cell.value.max(v);
                case NONE -> null;
            };
            cell.lastMonth = Math.max(cell.lastMonth, month);
            cell.count++;
            if (overTime == AggregationType.NONE && cell.count > 1) cell.undefined = true;
        }
        for (Map.Entry<Long, Yearly> e : yearly.entrySet()) {
            int s = (int) (e.getKey() >> 8);
            int y = (int) (e.getKey() & 0xFF);
            Yearly cell = e.getValue();
            if (cell.undefined) continue;
            BigDecimal v = overTime == AggregationType.AVERAGE && cell.count > 1
                    ? cell.value.divide(BigDecimal.valueOf(cell.count), MathContext.DECIMAL128) : cell.value;
            AdministrativeUnit unit = store.units.unit(store.seriesUnit(s));
            Optional<String> row = rowUnder(unit, area, day, rowOf, notes);
            if (row.isPresent()) {
                BigDecimal[] target = values[rowOf.get(row.get())];
                target[y] = target[y] == null ? v : target[y].add(v);
            } else if (withinArea(unit, area, day)) {
                unplaced[y] = unplaced[y] == null ? v : unplaced[y].add(v);
            }
        }
        BigDecimal[] total = new BigDecimal[years.size()];
        List<Row> rows = new ArrayList<>();
        for (int i = 0; i < children.size(); i++) {
            rows.add(new Row(children.get(i).code(), children.get(i).name(), values[i]));
            add(total, values[i]);
        }
        add(total, unplaced);
        return Optional.of(new Result(rows, unplaced, total, new ArrayList<>(notes)));
    }

    /** A series' value for one year while its periods are gathered. */
    private static final class Yearly {
        BigDecimal value;
        int lastMonth = Integer.MIN_VALUE;
        int count;
        boolean undefined;
    }

    private static void add(BigDecimal[] total, BigDecimal[] part) {
        for (int y = 0; y < total.length; y++) {
            if (part[y] != null) total[y] = total[y] == null ? part[y] : total[y].add(part[y]);
        }
    }

    /** The row a unit's value goes to: the unit under the area that holds it on the day. */
    private Optional<String> rowUnder(AdministrativeUnit unit, String area, LocalDate day, Map<String, Integer> rowOf, Set<MessageRef> notes) {
        AdministrativeUnit u = unit;
        if (!u.existsOn(day)) {
            List<AdministrativeUnit> successors = vn.baocao.core.units.UnitSuccessors.on(directory, u, day);
            if (successors.isEmpty()) return Optional.empty();
            if (successors.size() > 1) notes.add(MessageRef.of("annex.split", unit.name(), unit.code(), successors.get(0).name()));
            u = successors.get(0);
        }
        while (true) {
            if (rowOf.containsKey(u.code())) return Optional.of(u.code());
            if (u.parentCode().isEmpty() || u.parentCode().get().equals(area)) return Optional.empty();
            Optional<AdministrativeUnit> parent = directory.unit(u.parentCode().get(), day);
            if (parent.isEmpty()) return Optional.empty();
            u = parent.get();
        }
    }

    /** Whether a unit that has no row lay in the area (its own figure, or an abolished district's). */
    private boolean withinArea(AdministrativeUnit unit, String area, LocalDate day) {
        AdministrativeUnit u = unit;
        for (int guard = 0; guard < 4; guard++) {
            if (u.code().equals(area)) return true;
            if (u.parentCode().isEmpty()) return false;
            LocalDate then = u.existsOn(day) ? day : u.validity().from();
            Optional<AdministrativeUnit> parent = directory.unit(u.parentCode().get(), then);
            if (parent.isEmpty()) return false;
            u = parent.get();
        }
        return false;
    }
}
