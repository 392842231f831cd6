package vn.baocao.server;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.SQLException;

/**
 * The audit trail: who, when, from where, what (old and new), why. Written on the connection of the
 * change itself, so that the entry and the change are committed together or not at all.
 */
final class Audit {
    private Audit() {}

    private static final String INSERT = "INSERT INTO audit (at, user_login, address, action, program, unit_code, period, subject,"
            + " old_value, new_value, reason) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)";

    static void record(Connection c, Actor actor, String action, String program, String unit, String period, String subject,
                       String oldValue, String newValue, String reason) throws SQLException {
        try (PreparedStatement s = c.prepareStatement(INSERT)) {
            fill(s, Users.now(), actor, action, program, unit, period, subject, oldValue, newValue, reason);
            s.executeUpdate();
        }
    }

    private static void fill(PreparedStatement s, java.time.OffsetDateTime at, Actor actor, String action, String program, String unit,
                             String period, String subject, String oldValue, String newValue, String reason) throws SQLException {
        s.setObject(1, at);
        s.setString(2, actor.login());
        s.setString(3, actor.address());
        s.setString(4, action);
        s.setString(5, program);
        s.setString(6, unit);
        s.setString(7, period);
        s.setString(8, clip(subject, 400));
        s.setString(9, clip(oldValue, 4000));
        s.setString(10, clip(newValue, 4000));
        s.setString(11, clip(reason, 2000));
    }

    /** Entries written together with the changes of a batch: one statement sent once for all of them. */
    static final class Rows implements AutoCloseable {
        private final PreparedStatement statement;
        private final Actor actor;
        private final java.time.OffsetDateTime at = Users.now();
        private int pending;

        Rows(Connection c, Actor actor) throws SQLException {
            this.statement = c.prepareStatement(INSERT);
            this.actor = actor;
        }

        void add(String action, String program, String unit, String period, String subject, String oldValue, String newValue, String reason)
                throws SQLException {
            fill(statement, at, actor, action, program, unit, period, subject, oldValue, newValue, reason);
            statement.addBatch();
            pending++;
        }

        /** Sends what was added; the entries are committed with the changes, or not at all. */
        void flush() throws SQLException {
            if (pending > 0) statement.executeBatch();
            pending = 0;
        }

        @Override
        public void close() throws SQLException {
            statement.close();
        }
    }

    private static String clip(String text, int length) {
        return text == null || text.length() <= length ? text : text.substring(0, length - 1) + "…";
    }
}
