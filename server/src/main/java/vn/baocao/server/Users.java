package vn.baocao.server;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * The people of the server: added, listed, disabled, their password reset, each change audited in
 * its transaction. {@code baocao users} and the administration API both come here.
 */
public final class Users {
    /** The shortest password taken; OWASP asks for at least 8 where a second factor is absent. */
    public static final int MINIMUM_PASSWORD = 10;
    private final Database database;
    private final java.util.function.Predicate<String> knownUnit;

    /** @param knownUnit whether a unit code is one the platform knows (a role's unit must be) */
    public Users(Database database, java.util.function.Predicate<String> knownUnit) {
        this.database = database;
        this.knownUnit = knownUnit;
    }

    /** Why a change to the people was refused, as a message key and its arguments. */
    public static final class Refused extends RuntimeException {
        private static final long serialVersionUID = 1L;
        public final String key;
        public final transient Object[] arguments;

        public Refused(String key, Object... arguments) {
            super(key);
            this.key = key;
            this.arguments = arguments;
        }
    }

    public User add(String login, String fullName, String password, String language, List<Grant> grants, Actor actor) {
        String name = checkedLogin(login);
        checkPassword(password);
        if (grants.isEmpty()) throw new Refused("users.noRole");
        for (Grant grant : grants) {
            if (grant.role().scoped() && grant.unit().isEmpty() && grant.role() != Role.READER) throw new Refused("users.roleNeedsUnit", grant);
            if (!grant.role().scoped() && grant.unit().isPresent()) throw new Refused("users.roleTakesNoUnit", grant);
            if (grant.unit().isPresent() && !knownUnit.test(grant.unit().get())) throw new Refused("users.unknownUnit", grant.unit().get());
        }
        String hash = Passwords.hash(password);
        return database.inTransaction(c -> {
            if (find(c, name).isPresent()) throw new Refused("users.exists", name);
            long id;
            try (PreparedStatement s = c.prepareStatement(
                    "INSERT INTO users (login, full_name, password_hash, language, disabled, created_at) VALUES (?, ?, ?, ?, FALSE, ?)",
                    new String[] {"id"})) {
                s.setString(1, name);
                s.setString(2, java.text.Normalizer.normalize(fullName.strip(), java.text.Normalizer.Form.NFC));
                s.setString(3, hash);
                s.setString(4, language);
                s.setObject(5, now());
                s.executeUpdate();
                try (ResultSet keys = s.getGeneratedKeys()) {
                    keys.next();
                    id = keys.getLong(1);
                }
            }
            for (Grant grant : grants) {
                try (PreparedStatement s = c.prepareStatement("INSERT INTO user_roles (user_id, role, unit_code) VALUES (?, ?, ?)")) {
                    s.setLong(1, id);
                    s.setString(2, grant.role().name());
                    s.setString(3, grant.unit().orElse(""));
                    s.executeUpdate();
                }
            }
            Audit.record(c, actor, "user.add", null, null, null, name, null, grants.toString(), null);
            return find(c, name).orElseThrow();
        });
    }

    public List<User> list() {
        return database.inTransaction(c -> {
            List<User> all = new ArrayList<>();
            try (PreparedStatement s = c.prepareStatement("SELECT login FROM users ORDER BY login"); ResultSet r = s.executeQuery()) {
                List<String> logins = new ArrayList<>();
                while (r.next()) logins.add(r.getString(1));
                for (String login : logins) all.add(find(c, login).orElseThrow());
            }
            return all;
        });
    }

    public Optional<User> find(String login) {
        return database.inTransaction(c -> find(c, login));
    }

    public void disable(String login, Actor actor) {
        database.inTransaction(c -> {
            User user = find(c, login).orElseThrow(() -> new Refused("users.unknown", login));
            try (PreparedStatement s = c.prepareStatement("UPDATE users SET disabled = TRUE WHERE id = ?")) {
                s.setLong(1, user.id());
                s.executeUpdate();
            }
            // a disabled person's sessions and tokens stop at once, on every node
            try (PreparedStatement s = c.prepareStatement("DELETE FROM sessions WHERE user_id = ?")) {
                s.setLong(1, user.id());
                s.executeUpdate();
            }
            try (PreparedStatement s = c.prepareStatement("UPDATE api_tokens SET revoked = TRUE WHERE user_id = ?")) {
                s.setLong(1, user.id());
                s.executeUpdate();
            }
            Audit.record(c, actor, "user.disable", null, null, null, user.login(), "enabled", "disabled", null);
            return null;
        });
    }

    public void resetPassword(String login, String password, Actor actor) {
        checkPassword(password);
        String hash = Passwords.hash(password);
        database.inTransaction(c -> {
            User user = find(c, login).orElseThrow(() -> new Refused("users.unknown", login));
            try (PreparedStatement s = c.prepareStatement("UPDATE users SET password_hash = ?, disabled = FALSE WHERE id = ?")) {
                s.setString(1, hash);
                s.setLong(2, user.id());
                s.executeUpdate();
            }
            try (PreparedStatement s = c.prepareStatement("DELETE FROM sessions WHERE user_id = ?")) {
                s.setLong(1, user.id());
                s.executeUpdate();
            }
            // a new password lifts the account's block at once
            try (PreparedStatement s = c.prepareStatement("DELETE FROM login_failures WHERE login = ?")) {
                s.setString(1, user.login());
                s.executeUpdate();
            }
            Audit.record(c, actor, "user.reset", null, null, null, user.login(), null, null, null);
            return null;
        });
    }

    /** The language a person chose on the pages (vi or en), kept for their next visit. */
    public void setLanguage(User user, String language, Actor actor) {
        if (!language.equals("vi") && !language.equals("en")) throw new Refused("users.badLanguage", language);
        database.inTransaction(c -> {
            try (PreparedStatement s = c.prepareStatement("UPDATE users SET language = ? WHERE id = ?")) {
                s.setString(1, language);
                s.setLong(2, user.id());
                s.executeUpdate();
            }
            Audit.record(c, actor, "user.language", null, null, null, user.login(), user.language(), language, null);
            return null;
        });
    }

    /** The user whose login and password these are, if enabled. */
    Optional<User> authenticate(String login, String password) {
        Optional<String[]> stored = database.inTransaction(c -> {
            try (PreparedStatement s = c.prepareStatement("SELECT password_hash, disabled FROM users WHERE login = ?")) {
                s.setString(1, normalised(login));
                try (ResultSet r = s.executeQuery()) {
                    return r.next() ? Optional.of(new String[] {r.getString(1), Boolean.toString(r.getBoolean(2))}) : Optional.<String[]>empty();
                }
            }
        });
        if (stored.isEmpty()) {
            Passwords.matchNothing(password);
            return Optional.empty();
        }
        if (!Passwords.matches(password, stored.get()[0]) || Boolean.parseBoolean(stored.get()[1])) return Optional.empty();
        return find(normalised(login));
    }

    static Optional<User> find(Connection c, String login) throws SQLException {
        try (PreparedStatement s = c.prepareStatement("SELECT id, login, full_name, language, disabled FROM users WHERE login = ?")) {
            s.setString(1, normalised(login));
            try (ResultSet r = s.executeQuery()) {
                if (!r.next()) return Optional.empty();
                long id = r.getLong(1);
                return Optional.of(new User(id, r.getString(2), r.getString(3), r.getString(4), r.getBoolean(5), grants(c, id)));
            }
        }
    }

    static Optional<User> findById(Connection c, long id) throws SQLException {
        try (PreparedStatement s = c.prepareStatement("SELECT login FROM users WHERE id = ?")) {
            s.setLong(1, id);
            try (ResultSet r = s.executeQuery()) {
                return r.next() ? find(c, r.getString(1)) : Optional.empty();
            }
        }
    }

    private static List<Grant> grants(Connection c, long id) throws SQLException {
        List<Grant> grants = new ArrayList<>();
        try (PreparedStatement s = c.prepareStatement("SELECT role, unit_code FROM user_roles WHERE user_id = ? ORDER BY role, unit_code")) {
            s.setLong(1, id);
            try (ResultSet r = s.executeQuery()) {
                while (r.next()) grants.add(new Grant(Role.valueOf(r.getString(1)), Optional.of(r.getString(2))));
            }
        }
        return grants;
    }

    private static String checkedLogin(String login) {
        String name = normalised(login);
        if (!name.matches("[a-z0-9][a-z0-9._@-]{1,99}")) throw new Refused("users.badLogin", login);
        return name;
    }

    /** Logins are compared without case, as people type them. */
    static String normalised(String login) {
        return login == null ? "" : login.strip().toLowerCase(java.util.Locale.ROOT);
    }

    private static void checkPassword(String password) {
        if (password == null || password.codePointCount(0, password.length()) < MINIMUM_PASSWORD) {
            throw new Refused("users.shortPassword", MINIMUM_PASSWORD);
        }
        if (password.length() > 1000) throw new Refused("users.longPassword");
    }

    static OffsetDateTime now() {
        return OffsetDateTime.now(ZoneOffset.UTC);
    }
}
