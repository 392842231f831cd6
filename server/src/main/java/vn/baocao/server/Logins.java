package vn.baocao.server;

import java.util.Optional;

/**
 * A login, the same for the API and the pages: refused while the account or the address is
 * throttled, a failure counted, a session opened for the right password.
 */
public final class Logins {
    private final Users users;
    private final Sessions sessions;
    private final LoginThrottle throttle;

    Logins(Users users, Sessions sessions, LoginThrottle throttle) {
        this.users = users;
        this.sessions = sessions;
        this.throttle = throttle;
    }

    /** Who logged in and their new session. */
    public record LoggedIn(User user, Sessions.Opened session) {}

    /** @throws ApiProblem 429 while throttled (minutes in its message), 401 for a wrong login or password */
    public LoggedIn logIn(String login, String password, String address) {
        if (throttle.blocked(login, address)) throw ApiProblem.of(429, "auth.throttled", LoginThrottle.WINDOW.toMinutes());
        Optional<User> user = users.authenticate(login, password);
        if (user.isEmpty()) {
            throttle.failed(login, address);
            throw ApiProblem.of(401, "auth.wrongPassword");
        }
        return new LoggedIn(user.get(), sessions.open(user.get()));
    }
}
