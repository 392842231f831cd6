package vn.baocao.server;

import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.time.Duration;
import java.time.OffsetDateTime;

/**
 * Failed logins counted per account and per address over a window, in the database so that every
 * node counts the same: past the limit, logins are refused until the window has passed, whatever
 * the password, and the answer says when to try again.
 */
final class LoginThrottle {
    static final Duration WINDOW = Duration.ofMinutes(15);
    static final int PER_ACCOUNT = 5;
    static final int PER_ADDRESS = 20;
    private final Database database;

    LoginThrottle(Database database) {
        this.database = database;
    }

    /** Whether this account or this address has failed too often of late. */
    boolean blocked(String login, String address) {
        OffsetDateTime since = Users.now().minus(WINDOW);
        return database.inTransaction(c -> count(c, "login", Users.normalised(login), since) >= PER_ACCOUNT
                || count(c, "address", address, since) >= PER_ADDRESS);
    }

    void failed(String login, String address) {
        database.inTransaction(c -> {
            try (PreparedStatement s = c.prepareStatement("INSERT INTO login_failures (login, address, at) VALUES (?, ?, ?)")) {
                s.setString(1, Users.normalised(login));
                s.setString(2, address);
                s.setObject(3, Users.now());
                s.executeUpdate();
            }
            try (PreparedStatement s = c.prepareStatement("DELETE FROM login_failures WHERE at < ?")) {
                s.setObject(1, Users.now().minus(WINDOW));
                s.executeUpdate();
            }
            return null;
        });
    }

    private static int count(java.sql.Connection c, String column, String value, OffsetDateTime since) throws java.sql.SQLException {
        // the column is one of two names written here, never the caller's text
        try (PreparedStatement s = c.prepareStatement("SELECT COUNT(*) FROM login_failures WHERE " + column + " = ? AND at > ?")) {
            s.setString(1, value);
            s.setObject(2, since);
            try (ResultSet r = s.executeQuery()) {
                r.next();
                return r.getInt(1);
            }
        }
    }
}
