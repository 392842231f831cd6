package vn.baocao.server;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Clock;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import vn.baocao.api.period.Period;

/**
 * Whether the program's values of a unit for a period may still be entered: until the end of the
 * last day the regime gives ({@link EntryDeadlines}), and after it only where an administrator has
 * granted an exception, which is audited with its reason.
 */
public final class Deadlines {
    private final Database database;
    private final EntryDeadlines settings;
    private final Clock clock;

    public Deadlines(Database database, EntryDeadlines settings, Clock clock) {
        this.database = database;
        this.settings = settings;
        this.clock = clock;
    }

    /** Where entry stands for a program, unit and period. */
    public record Entry(Optional<LocalDate> lastDay, Optional<Grant> exception, boolean open) {}

    /** An exception granted: open until the end of {@code until}. */
    public record Grant(String program, String unit, String period, LocalDate until, String reason, String grantedBy, OffsetDateTime grantedAt) {}

    /** The installation's time zone: its day, and the times its pages print. */
    public java.time.ZoneId zone() {
        return settings.zone();
    }

    public LocalDate today() {
        return LocalDate.now(clock.withZone(settings.zone()));
    }

    public Optional<LocalDate> lastDay(String program, Period period) {
        return settings.lastDay(program, period);
    }

    Entry entry(Connection c, String program, String unit, Period period) throws SQLException {
        Optional<LocalDate> last = settings.lastDay(program, period);
        LocalDate today = today();
        if (last.isEmpty() || !today.isAfter(last.get())) return new Entry(last, Optional.empty(), true);
        Optional<Grant> exception = find(c, program, unit, period.code());
        return new Entry(last, exception, exception.isPresent() && !today.isAfter(exception.get().until()));
    }

    public Entry entry(String program, String unit, Period period) {
        return database.inTransaction(c -> entry(c, program, unit, period));
    }

    /** Opens entry again until {@code until}, replacing an earlier exception for the same values. */
    public Grant grant(Actor actor, String program, String unit, Period period, LocalDate until, String reason) {
        if (reason == null || reason.isBlank()) throw ApiProblem.of(422, "deadline.reasonRequired");
        if (until.isBefore(today())) throw ApiProblem.of(422, "deadline.untilPast", until);
        if (until.isAfter(today().plusYears(1))) throw ApiProblem.of(422, "deadline.untilFar", until);
        Optional<LocalDate> last = settings.lastDay(program, period);
        if (last.isPresent() && !until.isAfter(last.get())) throw ApiProblem.of(422, "deadline.notLater", until, last.get());
        String why = java.text.Normalizer.normalize(reason.strip(), java.text.Normalizer.Form.NFC);
        if (why.length() > 2000) throw ApiProblem.of(422, "comment.tooLong", 2000);
        return database.inTransaction(c -> {
            Optional<Grant> before = find(c, program, unit, period.code());
            String sql = before.isPresent()
                    ? "UPDATE deadline_exceptions SET open_until = ?, reason = ?, granted_by = ?, granted_at = ? WHERE program = ? AND unit_code = ? AND period = ?"
                    : "INSERT INTO deadline_exceptions (open_until, reason, granted_by, granted_at, program, unit_code, period) VALUES (?, ?, ?, ?, ?, ?, ?)";
            OffsetDateTime at = Users.now();
            try (PreparedStatement s = c.prepareStatement(sql)) {
                s.setObject(1, until);
                s.setString(2, why);
                s.setString(3, actor.login());
                s.setObject(4, at);
                s.setString(5, program);
                s.setString(6, unit);
                s.setString(7, period.code());
                s.executeUpdate();
            }
            String deadline = last.map(LocalDate::toString).orElse(null);
            Audit.record(c, actor, "deadline.exception", program, unit, period.code(), "deadline " + deadline,
                    before.map(g -> g.until().toString()).orElse(deadline), until.toString(), why);
            return new Grant(program, unit, period.code(), until, why, actor.login(), at);
        });
    }

    public List<Grant> list(Optional<String> program, Optional<String> unit, Optional<String> period) {
        return database.inTransaction(c -> {
            List<Grant> all = new ArrayList<>();
            StringBuilder sql = new StringBuilder("SELECT program, unit_code, period, open_until, reason, granted_by, granted_at"
                    + " FROM deadline_exceptions WHERE 1 = 1");
            List<String> arguments = new ArrayList<>();
            program.ifPresent(v -> { sql.append(" AND program = ?"); arguments.add(v); });
            unit.ifPresent(v -> { sql.append(" AND unit_code = ?"); arguments.add(v); });
            period.ifPresent(v -> { sql.append(" AND period = ?"); arguments.add(v); });
            sql.append(" ORDER BY granted_at DESC, program, unit_code, period FETCH FIRST 1000 ROWS ONLY");
            try (PreparedStatement s = c.prepareStatement(sql.toString())) {
                for (int i = 0; i < arguments.size(); i++) s.setString(i + 1, arguments.get(i));
                try (ResultSet r = s.executeQuery()) {
                    while (r.next()) all.add(grant(r));
                }
            }
            return all;
        });
    }

    private static Optional<Grant> find(Connection c, String program, String unit, String period) throws SQLException {
        try (PreparedStatement s = c.prepareStatement("SELECT program, unit_code, period, open_until, reason, granted_by, granted_at"
                + " FROM deadline_exceptions WHERE program = ? AND unit_code = ? AND period = ?")) {
            s.setString(1, program);
            s.setString(2, unit);
            s.setString(3, period);
            try (ResultSet r = s.executeQuery()) {
                return r.next() ? Optional.of(grant(r)) : Optional.empty();
            }
        }
    }

    private static Grant grant(ResultSet r) throws SQLException {
        return new Grant(r.getString(1), r.getString(2), r.getString(3), r.getObject(4, LocalDate.class), r.getString(5), r.getString(6),
                r.getObject(7, OffsetDateTime.class));
    }
}
