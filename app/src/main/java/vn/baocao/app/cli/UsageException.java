package vn.baocao.app.cli;

import java.util.Optional;

/** A command used wrongly in a way picocli cannot see (an unknown program id, say): exit code 2. */
final class UsageException extends RuntimeException {
    private static final long serialVersionUID = 1L;
    private final String hint;

    UsageException(String message, String hint) {
        super(message, null, false, false);
        this.hint = hint;
    }

    Optional<String> hint() {
        return Optional.ofNullable(hint);
    }
}
