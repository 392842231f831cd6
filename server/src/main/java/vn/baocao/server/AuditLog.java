package vn.baocao.server;

import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/** The audit trail read back, newest first, with filters and one page at a time. */
public final class AuditLog {
    private final Database database;

    AuditLog(Database database) {
        this.database = database;
    }

    public record Entry(long id, OffsetDateTime at, String user, String address, String action, Optional<String> program, Optional<String> unit,
                 Optional<String> period, Optional<String> subject, Optional<String> oldValue, Optional<String> newValue,
                 Optional<String> reason) {}

    public record Filter(Optional<String> unit, Optional<String> program, Optional<String> period, Optional<String> user,
                  Optional<OffsetDateTime> from, Optional<OffsetDateTime> to) {}

    public List<Entry> query(Filter filter, int offset, int limit) {
        StringBuilder sql = new StringBuilder("SELECT id, at, user_login, address, action, program, unit_code, period, subject, old_value, new_value,"
                + " reason FROM audit WHERE 1 = 1");
        List<Object> arguments = new ArrayList<>();
        filter.unit().ifPresent(v -> { sql.append(" AND unit_code = ?"); arguments.add(v); });
        filter.program().ifPresent(v -> { sql.append(" AND program = ?"); arguments.add(v); });
        filter.period().ifPresent(v -> { sql.append(" AND period = ?"); arguments.add(v); });
        filter.user().ifPresent(v -> { sql.append(" AND user_login = ?"); arguments.add(v); });
        filter.from().ifPresent(v -> { sql.append(" AND at >= ?"); arguments.add(v); });
        filter.to().ifPresent(v -> { sql.append(" AND at < ?"); arguments.add(v); });
        sql.append(" ORDER BY id DESC OFFSET ? ROWS FETCH NEXT ? ROWS ONLY");
        return database.inTransaction(c -> {
            try (PreparedStatement s = c.prepareStatement(sql.toString())) {
                int i = 1;
                for (Object argument : arguments) s.setObject(i++, argument);
                s.setInt(i++, offset);
                s.setInt(i, limit);
                List<Entry> found = new ArrayList<>();
                try (ResultSet r = s.executeQuery()) {
                    while (r.next()) {
                        found.add(new Entry(r.getLong(1), r.getObject(2, OffsetDateTime.class), r.getString(3), r.getString(4), r.getString(5),
                                Optional.ofNullable(r.getString(6)), Optional.ofNullable(r.getString(7)), Optional.ofNullable(r.getString(8)),
                                Optional.ofNullable(r.getString(9)), Optional.ofNullable(r.getString(10)), Optional.ofNullable(r.getString(11)),
                                Optional.ofNullable(r.getString(12))));
                    }
                }
                return found;
            }
        });
    }
}
