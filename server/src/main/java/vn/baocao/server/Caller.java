package vn.baocao.server;

import java.util.Locale;
import java.util.Optional;

/**
 * Who sent a request and how: their user, whether through a browser session (whose writes must
 * carry its CSRF token) or an API token, the address it came from, and the language to answer in.
 */
record Caller(User user, Optional<String> csrfToken, String address, Locale locale) {
    Actor actor() {
        return new Actor(user.login(), address);
    }
}
