package vn.baocao.api.version;

import static org.apiguardian.api.API.Status.STABLE;

import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import org.apiguardian.api.API;

/**
 * The platform versions a plugin works with, written as comparisons joined by {@code &}:
 * {@code ">=0.1 & <1.0"}, {@code ">=1.2"}, {@code "=1.0.3"}, or {@code "*"} for any version.
 */
@API(status = STABLE, since = "0.1")
public record VersionRange(String expression, List<Bound> bounds) {

    /** One comparison of a range. */
    @API(status = STABLE, since = "0.1")
    public record Bound(String operator, Version version) {
        boolean admits(Version candidate) {
            int c = candidate.compareTo(version);
            return switch (operator) {
                case ">=" -> c >= 0;
                case ">" -> c > 0;
                case "<=" -> c <= 0;
                case "<" -> c < 0;
                case "=" -> c == 0;
                default -> throw new IllegalStateException(operator);
            };
        }
    }

    public VersionRange {
        Objects.requireNonNull(expression, "expression");
        bounds = List.copyOf(bounds);
    }

    public static final VersionRange ANY = new VersionRange("*", List.of());

    /**
     * Parses a range.
     *
     * @throws IllegalArgumentException if a part is not an operator followed by a version
     */
    public static VersionRange parse(String expression) {
        String text = Objects.requireNonNull(expression, "expression").trim();
        if (text.equals("*") || text.isEmpty()) {
            return ANY;
        }
        List<Bound> bounds = new ArrayList<>();
        for (String part : text.split("&")) {
            String p = part.trim();
            String op = p.startsWith(">=") || p.startsWith("<=") ? p.substring(0, 2)
                    : p.startsWith(">") || p.startsWith("<") || p.startsWith("=") ? p.substring(0, 1)
                    : "=";
            String version = p.substring(p.startsWith(op) ? op.length() : 0).trim();
            bounds.add(new Bound(op, Version.parse(version)));
        }
        return new VersionRange(text, bounds);
    }

    public boolean admits(Version version) {
        return bounds.stream().allMatch(b -> b.admits(version));
    }

    @Override
    public String toString() {
        return expression;
    }
}
