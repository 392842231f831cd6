package vn.baocao.server;

import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.time.Duration;
import java.time.OffsetDateTime;
import java.util.Optional;

/**
 * Browser sessions and API tokens, kept in the database (by the digest of their secret) so that
 * every node knows them: a session opened on one node is valid on all, and a logout or a disabled
 * user ends it everywhere at once.
 */
public final class Sessions {
    /** A session lasts a working day after login. */
    static final Duration LIFETIME = Duration.ofHours(12);
    private final Database database;

    public Sessions(Database database) {
        this.database = database;
    }

    /** An open session: the secret for the cookie and the token the pages send back with each form. */
    public record Opened(String secret, String csrfToken, OffsetDateTime expires) {}

    /** A session found by its cookie: whose it is, and its CSRF token. */
    public record Found(User user, String csrfToken) {
        /** Whether a form or a request sent back this session's token (compared in constant time). */
        public boolean sentBack(String token) {
            return Secrets.same(csrfToken, token);
        }
    }

    public Opened open(User user) {
        String secret = Secrets.newSecret();
        String csrf = Secrets.newSecret();
        OffsetDateTime now = Users.now();
        OffsetDateTime expires = now.plus(LIFETIME);
        database.inTransaction(c -> {
            try (PreparedStatement s = c.prepareStatement("INSERT INTO sessions (token_hash, user_id, csrf_token, created_at, expires_at) VALUES (?, ?, ?, ?, ?)")) {
                s.setString(1, Secrets.digest(secret));
                s.setLong(2, user.id());
                s.setString(3, csrf);
                s.setObject(4, now);
                s.setObject(5, expires);
                s.executeUpdate();
            }
            // expired sessions go as new ones come, so the table stays small without a job
            try (PreparedStatement s = c.prepareStatement("DELETE FROM sessions WHERE expires_at < ?")) {
                s.setObject(1, now);
                s.executeUpdate();
            }
            return null;
        });
        return new Opened(secret, csrf, expires);
    }

    public Optional<Found> session(String secret) {
        if (secret == null || secret.isBlank() || secret.length() > 100) return Optional.empty();
        return database.inTransaction(c -> {
            try (PreparedStatement s = c.prepareStatement("SELECT user_id, csrf_token FROM sessions WHERE token_hash = ? AND expires_at > ?")) {
                s.setString(1, Secrets.digest(secret));
                s.setObject(2, Users.now());
                try (ResultSet r = s.executeQuery()) {
                    if (!r.next()) return Optional.<Found>empty();
                    long user = r.getLong(1);
                    String csrf = r.getString(2);
                    return Users.findById(c, user).filter(u -> !u.disabled()).map(u -> new Found(u, csrf));
                }
            }
        });
    }

    public void close(String secret) {
        database.inTransaction(c -> {
            try (PreparedStatement s = c.prepareStatement("DELETE FROM sessions WHERE token_hash = ?")) {
                s.setString(1, Secrets.digest(secret));
                s.executeUpdate();
            }
            return null;
        });
    }

    /** A new API token for a machine client of the user; the secret is shown once and never kept. */
    public String newToken(User user, String name, Actor actor) {
        String secret = "bct_" + Secrets.newSecret();
        database.inTransaction(c -> {
            try (PreparedStatement s = c.prepareStatement("INSERT INTO api_tokens (token_hash, user_id, name, created_at, revoked) VALUES (?, ?, ?, ?, FALSE)")) {
                s.setString(1, Secrets.digest(secret));
                s.setLong(2, user.id());
                s.setString(3, name);
                s.setObject(4, Users.now());
                s.executeUpdate();
            }
            Audit.record(c, actor, "token.create", null, null, null, user.login(), null, name, null);
            return null;
        });
        return secret;
    }

    public Optional<User> tokenUser(String secret) {
        if (secret == null || !secret.startsWith("bct_") || secret.length() > 100) return Optional.empty();
        return database.inTransaction(c -> {
            try (PreparedStatement s = c.prepareStatement("SELECT user_id FROM api_tokens WHERE token_hash = ? AND revoked = FALSE")) {
                s.setString(1, Secrets.digest(secret));
                try (ResultSet r = s.executeQuery()) {
                    return r.next() ? Users.findById(c, r.getLong(1)).filter(u -> !u.disabled()) : Optional.<User>empty();
                }
            }
        });
    }
}
