package vn.baocao.server;

import java.math.BigDecimal;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import vn.baocao.api.period.Period;
import vn.baocao.api.program.ProgramType;
import vn.baocao.api.service.UnitDirectory;
import vn.baocao.core.data.ImportJob;
import vn.baocao.core.data.ImportOptions;
import vn.baocao.core.data.Rollup;
import vn.baocao.core.data.ValueStore;
import vn.baocao.core.plugin.Registry;

/**
 * Roll-ups computed from the committed values when they are asked for, by the core's {@link Rollup}
 * that the command line's reports use: a value approved is in the total of the next request, with
 * no analytics job between. Only approved values count unless the caller asks for all.
 */
public final class Rollups {
    private final Database database;
    private final ImportJob imports;
    private final UnitDirectory units;
    private final Registry registry;

    Rollups(Database database, ImportJob imports, UnitDirectory units, Registry registry) {
        this.database = database;
        this.imports = imports;
        this.units = units;
        this.registry = registry;
    }

    public Rollup.Result of(String indicator, Period period, boolean approvedOnly) {
        if (registry.indicator(indicator).isEmpty()) throw ApiProblem.of(404, "rollup.unknownIndicator", indicator);
        List<StoredValue> values = database.inTransaction(c -> {
            Set<String> approved = approvedOnly ? approved(c, indicator) : Set.of();
            List<StoredValue> all = new ArrayList<>();
            for (StoredValue v : StoredValue.list(c, java.util.Optional.of(indicator), java.util.Optional.empty(), java.util.Optional.empty(),
                    0, Integer.MAX_VALUE)) {
                if (!approvedOnly || approved.contains(v.unit() + "|" + v.period())) all.add(v);
            }
            return all;
        });
        ValueStore store = ValuesAsCsv.store(imports, values, "database", ImportOptions.defaults().allowingTotals());
        return new Rollup(store, units).into(indicator, Rollup.ALL_CATEGORIES, period, period.end(), Rollup.SplitRule.FIRST_SUCCESSOR);
    }

    /** The unit and period of every approved submission of the programs holding the indicator. */
    private Set<String> approved(java.sql.Connection c, String indicator) throws java.sql.SQLException {
        Set<String> found = new HashSet<>();
        for (ProgramType type : registry.programTypes()) {
            if (!type.indicatorCodes().contains(indicator)) continue;
            try (PreparedStatement s = c.prepareStatement("SELECT unit_code, period FROM submissions WHERE program = ? AND state = 'APPROVED'")) {
                s.setString(1, type.id());
                try (ResultSet r = s.executeQuery()) {
                    while (r.next()) found.add(r.getString(1) + "|" + r.getString(2));
                }
            }
        }
        return found;
    }

    public static List<String> notes(Rollup.Result result, vn.baocao.core.i18n.Messages messages) {
        return result.notes().stream().map(n -> n.render(messages)).toList();
    }

    public static Map<String, String> plain(Map<String, BigDecimal> totals) {
        Map<String, String> text = new java.util.TreeMap<>();
        totals.forEach((unit, total) -> text.put(unit, total.toPlainString()));
        return text;
    }
}
