package vn.baocao.core.problem;

import java.util.Comparator;
import java.util.Objects;
import java.util.Optional;

/**
 * One thing wrong with an input, as a user reads it: where, what (in the user's language) and what
 * would fix it.
 *
 * @param severity error, warning or note
 * @param code a stable identifier for machines (the message key, or the constraint's)
 * @param location where
 * @param message what is wrong
 * @param hint what would fix it, when the platform can tell
 */
public record Problem(Severity severity, String code, Location location, String message, Optional<String> hint) {

    /** File order, then by position, so that problems read from top to bottom. */
    public static final Comparator<Problem> IN_FILE_ORDER = Comparator
            .comparing((Problem p) -> p.location().file())
            .thenComparingInt(p -> p.location().line())
            .thenComparingInt(p -> p.location().column())
            .thenComparing(p -> p.location().pointer());

    public Problem {
        Objects.requireNonNull(severity, "severity");
        Objects.requireNonNull(code, "code");
        Objects.requireNonNull(location, "location");
        Objects.requireNonNull(message, "message");
        hint = hint == null ? Optional.empty() : hint;
    }

    public boolean isError() {
        return severity == Severity.ERROR;
    }
}
