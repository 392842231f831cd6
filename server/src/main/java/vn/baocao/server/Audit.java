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

    static void record(Connection c, Actor actor, String action, String program, String unit, String period, String subject,
                       String oldValue, String newValue, String reason) throws SQLException {
        try (PreparedStatement s = c.prepareStatement("INSERT INTO audit (at, user_login, address, action, program, unit_code, period, subject,"
                + " old_value, new_value, reason) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)")) {
            s.setObject(1, Users.now());
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
            s.executeUpdate();
        }
    }

    private static String clip(String text, int length) {
        return text == null || text.length() <= length ? text : text.substring(0, length - 1) + "…";
    }
}
