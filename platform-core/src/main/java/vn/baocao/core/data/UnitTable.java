package vn.baocao.core.data;

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
import vn.baocao.api.unit.UnitLevel;
import vn.baocao.api.unit.UnitSuccession;
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

    /** A row: the unit, and its value for each year (NaN where it has none). */
    public record Row(String code, String name, double[] values) {}

    /** The rows, the row of what could not be placed, the total, and the rules applied. */
    public record Result(List<Row> rows, double[] unplaced, double[] total, List<MessageRef> notes) {
        public boolean hasUnplaced() {
            for (double v : unplaced) if (!Double.isNaN(v)) return true;
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
        double[][] values = new double[children.size()][years.size()];
        double[] unplaced = new double[years.size()];
        for (double[] row : values) java.util.Arrays.fill(row, Double.NaN);
        java.util.Arrays.fill(unplaced, Double.NaN);
        Set<MessageRef> notes = new LinkedHashSet<>();

        // each series' yearly value by the indicator's aggregation over time, then summed into its row
        Map<Long, double[]> yearly = new LinkedHashMap<>(); // (series, year index) -> {value, lastMonth, count}
        for (int r = 0, n = store.rows(); r < n; r++) {
            int s = store.rowSeries(r);
            if (store.seriesIndicator(s) != ind) continue;
            int p = store.rowPeriod(r);
            int y = years.indexOf(store.periods.period(p).end().getYear());
            if (y < 0 || store.periods.period(p).start().getYear() != years.get(y)) continue;
            double v = store.values()[r];
            int month = store.periods.lastMonth(p);
            double[] cell = yearly.computeIfAbsent(((long) s << 8) | y, k -> new double[] {Double.NaN, Integer.MIN_VALUE, 0});
            cell[0] = switch (overTime) {
                case SUM, AVERAGE -> Double.isNaN(cell[0]) ? v : cell[0] + v;
                case LAST -> month >= cell[1] ? v : cell[0];
                case MIN -> Double.isNaN(cell[0]) ? v : Math.min(cell[0], v);
                case MAX -> Double.isNaN(cell[0]) ? v : Math.max(cell[0], v);
                case NONE -> Double.isNaN(cell[0]) ? v : Double.NaN;
            };
            cell[1] = Math.max(cell[1], month);
            cell[2]++;
        }
        for (Map.Entry<Long, double[]> e : yearly.entrySet()) {
            int s = (int) (e.getKey() >> 8);
            int y = (int) (e.getKey() & 0xFF);
            double[] cell = e.getValue();
            double v = overTime == AggregationType.AVERAGE ? cell[0] / cell[2] : cell[0];
            if (Double.isNaN(v)) continue;
            AdministrativeUnit unit = store.units.unit(store.seriesUnit(s));
            Optional<String> row = rowUnder(unit, area, day, rowOf, notes);
            if (row.isPresent()) {
                double[] target = values[rowOf.get(row.get())];
                target[y] = Double.isNaN(target[y]) ? v : target[y] + v;
            } else if (withinArea(unit, area, day)) {
                unplaced[y] = Double.isNaN(unplaced[y]) ? v : unplaced[y] + v;
            }
        }
        double[] total = new double[years.size()];
        java.util.Arrays.fill(total, Double.NaN);
        List<Row> rows = new ArrayList<>();
        for (int i = 0; i < children.size(); i++) {
            rows.add(new Row(children.get(i).code(), children.get(i).name(), values[i]));
            add(total, values[i]);
        }
        add(total, unplaced);
        return Optional.of(new Result(rows, unplaced, total, new ArrayList<>(notes)));
    }

    private static void add(double[] total, double[] part) {
        for (int y = 0; y < total.length; y++) {
            if (!Double.isNaN(part[y])) total[y] = Double.isNaN(total[y]) ? part[y] : total[y] + part[y];
        }
    }

    /** The row a unit's value goes to: the unit under the area that holds it on the day. */
    private Optional<String> rowUnder(AdministrativeUnit unit, String area, LocalDate day, Map<String, Integer> rowOf, Set<MessageRef> notes) {
        AdministrativeUnit u = unit;
        if (!u.existsOn(day)) {
            if (u.level() != UnitLevel.COMMUNE) {
                return Optional.empty();
            }
            List<String> successors = directory.succession(u.code()).map(UnitSuccession::toCodes).orElse(List.of());
            Optional<AdministrativeUnit> first = successors.stream().map(c -> directory.unit(c, day)).flatMap(Optional::stream).findFirst();
            if (first.isEmpty()) return Optional.empty();
            if (successors.size() > 1) notes.add(MessageRef.of("annex.split", unit.name(), unit.code(), first.get().name()));
            u = first.get();
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
