package vn.baocao.server;

import java.nio.charset.StandardCharsets;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.Optional;

/**
 * {@code Idempotency-Key}: the first answer to a write is kept with the key, in the transaction of
 * the write; the same request sent again with the same key gets that answer and changes nothing.
 * A key sent again with another request is refused rather than answered wrongly.
 */
public final class Idempotency {
    private Idempotency() {}

    record Key(long user, String key, String requestHash) {}

    /** An answer as it was given: its status and its JSON. */
    public record Answer(int status, String body) {}

    static Key key(User user, String key, String name, byte[] body) {
        if (key.isBlank() || key.length() > 200) throw ApiProblem.of(400, "idempotency.badKey");
        byte[] named = (name + "\n").getBytes(StandardCharsets.UTF_8);
        byte[] all = new byte[named.length + body.length];
        System.arraycopy(named, 0, all, 0, named.length);
        System.arraycopy(body, 0, all, named.length, body.length);
        return new Key(user.id(), key, Secrets.digest(new String(all, StandardCharsets.ISO_8859_1)));
    }

    static Optional<Answer> earlier(Connection c, Key key) throws SQLException {
        try (PreparedStatement s = c.prepareStatement("SELECT request_hash, status, response FROM idempotency_keys WHERE user_id = ? AND idem_key = ?")) {
            s.setLong(1, key.user());
            s.setString(2, key.key());
            try (ResultSet r = s.executeQuery()) {
                if (!r.next()) return Optional.empty();
                if (!r.getString(1).equals(key.requestHash())) throw ApiProblem.of(422, "idempotency.reused", key.key());
                return Optional.of(new Answer(r.getInt(2), r.getString(3)));
            }
        }
    }

    static void remember(Connection c, Key key, Answer answer) throws SQLException {
        try (PreparedStatement s = c.prepareStatement("INSERT INTO idempotency_keys (user_id, idem_key, request_hash, status, response, created_at)"
                + " VALUES (?, ?, ?, ?, ?, ?)")) {
            s.setLong(1, key.user());
            s.setString(2, key.key());
            s.setString(3, key.requestHash());
            s.setInt(4, answer.status());
            s.setString(5, answer.body());
            s.setObject(6, Users.now());
            s.executeUpdate();
        }
    }
}
