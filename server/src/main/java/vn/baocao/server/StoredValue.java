package vn.baocao.server;

import java.math.BigDecimal;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Collectors;

/** A value as the database holds it, with its version (the ETag of an edit) and who set it last. */
public record StoredValue(String indicator, String unit, String period, String categories, BigDecimal value,
                          Optional<String> comment, long version, String updatedBy, OffsetDateTime updatedAt) {

    /** The categories of a value as one column: {@code SEX=F;ETHNIC=KIN}, in the indicator's order. */
    static String categories(Map<String, String> categories) {
        return categories.entrySet().stream().map(e -> e.getKey() + "=" + e.getValue()).collect(Collectors.joining(";"));
    }

    private static final String COLUMNS = "indicator, unit_code, period, categories, unscaled, scale, comment, version, updated_by, updated_at";

    static Optional<StoredValue> find(Connection c, String indicator, String unit, String period, String categories, boolean forUpdate)
            throws SQLException {
        try (PreparedStatement s = c.prepareStatement("SELECT " + COLUMNS + " FROM data_values WHERE indicator = ? AND unit_code = ? AND period = ?"
                + " AND categories = ?" + (forUpdate ? " FOR UPDATE" : ""))) {
            s.setString(1, indicator);
            s.setString(2, unit);
            s.setString(3, period);
            s.setString(4, categories);
            try (ResultSet r = s.executeQuery()) {
                return r.next() ? Optional.of(of(r)) : Optional.empty();
            }
        }
    }

    /** The values matching the filters given, in a stable order, one page of them. */
    static List<StoredValue> list(Connection c, Optional<String> indicator, Optional<String> unit, Optional<String> period,
                                  int offset, int limit) throws SQLException {
        StringBuilder sql = new StringBuilder("SELECT " + COLUMNS + " FROM data_values WHERE 1 = 1");
        List<String> arguments = new ArrayList<>();
        indicator.ifPresent(v -> { sql.append(" AND indicator = ?"); arguments.add(v); });
        unit.ifPresent(v -> { sql.append(" AND unit_code = ?"); arguments.add(v); });
        period.ifPresent(v -> { sql.append(" AND period = ?"); arguments.add(v); });
        sql.append(" ORDER BY indicator, unit_code, period, categories OFFSET ? ROWS FETCH NEXT ? ROWS ONLY");
        try (PreparedStatement s = c.prepareStatement(sql.toString())) {
            int i = 1;
            for (String argument : arguments) s.setString(i++, argument);
            s.setInt(i++, offset);
            s.setInt(i, limit);
            List<StoredValue> found = new ArrayList<>();
            try (ResultSet r = s.executeQuery()) {
                while (r.next()) found.add(of(r));
            }
            return found;
        }
    }

    /** Every value of these indicators for a unit and a period: one program's submission. */
    static List<StoredValue> list(Connection c, List<String> indicators, String unit, String period) throws SQLException {
        List<StoredValue> found = new ArrayList<>();
        if (indicators.isEmpty()) return found;
        String marks = String.join(", ", java.util.Collections.nCopies(indicators.size(), "?"));
        try (PreparedStatement s = c.prepareStatement("SELECT " + COLUMNS + " FROM data_values WHERE unit_code = ? AND period = ? AND indicator IN ("
                + marks + ") ORDER BY indicator, categories")) {
            s.setString(1, unit);
            s.setString(2, period);
            for (int i = 0; i < indicators.size(); i++) s.setString(i + 3, indicators.get(i));
            try (ResultSet r = s.executeQuery()) {
                while (r.next()) found.add(of(r));
            }
        }
        return found;
    }

    /** How a value is found again: indicator, unit, period and categories. */
    static String key(String indicator, String unit, String period, String categories) {
        return indicator + '|' + unit + '|' + period + '|' + categories;
    }

    String key() {
        return key(indicator, unit, period, categories);
    }

    /**
     * The stored values among these indicators, units and periods, locked for the transaction in one
     * order (so that two batches wait for each other rather than deadlock), by {@link #key()}.
     */
    static Map<String, StoredValue> lockAll(Connection c, java.util.Collection<String> indicators, java.util.Collection<String> units,
                                            java.util.Collection<String> periods) throws SQLException {
        Map<String, StoredValue> found = new java.util.HashMap<>();
        List<String> unitList = new ArrayList<>(new java.util.TreeSet<>(units));
        for (int from = 0; from < unitList.size(); from += CHUNK) {
            List<String> chunk = unitList.subList(from, Math.min(unitList.size(), from + CHUNK));
            try (PreparedStatement s = c.prepareStatement("SELECT " + COLUMNS + " FROM data_values WHERE indicator IN (" + marks(indicators.size())
                    + ") AND unit_code IN (" + marks(chunk.size()) + ") AND period IN (" + marks(periods.size()) + ")"
                    + " ORDER BY indicator, unit_code, period, categories FOR UPDATE")) {
                int i = 1;
                for (String indicator : indicators) s.setString(i++, indicator);
                for (String unit : chunk) s.setString(i++, unit);
                for (String period : periods) s.setString(i++, period);
                try (ResultSet r = s.executeQuery()) {
                    while (r.next()) {
                        StoredValue v = of(r);
                        found.put(v.key(), v);
                    }
                }
            }
        }
        return found;
    }

    /** Units per statement: far below what either database takes as parameters. */
    static final int CHUNK = 1000;

    static String marks(int count) {
        return String.join(", ", java.util.Collections.nCopies(count, "?"));
    }

    /** Which of these units have a value of these indicators for the period. */
    static java.util.Set<String> unitsWithValues(Connection c, List<String> indicators, List<String> units, String period) throws SQLException {
        java.util.Set<String> found = new java.util.HashSet<>();
        if (indicators.isEmpty() || units.isEmpty()) return found;
        String indicatorMarks = String.join(", ", java.util.Collections.nCopies(indicators.size(), "?"));
        String unitMarks = String.join(", ", java.util.Collections.nCopies(units.size(), "?"));
        try (PreparedStatement s = c.prepareStatement("SELECT DISTINCT unit_code FROM data_values WHERE period = ? AND indicator IN ("
                + indicatorMarks + ") AND unit_code IN (" + unitMarks + ")")) {
            int i = 1;
            s.setString(i++, period);
            for (String indicator : indicators) s.setString(i++, indicator);
            for (String unit : units) s.setString(i++, unit);
            try (ResultSet r = s.executeQuery()) {
                while (r.next()) found.add(r.getString(1));
            }
        }
        return found;
    }

    private static StoredValue of(ResultSet r) throws SQLException {
        return new StoredValue(r.getString(1), r.getString(2), r.getString(3), r.getString(4), BigDecimal.valueOf(r.getLong(5), r.getInt(6)),
                Optional.ofNullable(r.getString(7)), r.getLong(8), r.getString(9), r.getObject(10, OffsetDateTime.class));
    }
}
