package vn.baocao.server;

import java.util.Optional;

/** One role of a person, for a unit or (without one) for everything. */
public record Grant(Role role, Optional<String> unit) {
    public Grant {
        unit = unit == null ? Optional.empty() : unit.filter(u -> !u.isBlank());
    }

    /** {@code submitter:21028}, {@code administrator}: how the command line names a grant. */
    public static Grant parse(String text) {
        String[] parts = text.strip().split(":", 2);
        Role role = Role.valueOf(parts[0].strip().toUpperCase(java.util.Locale.ROOT));
        return new Grant(role, parts.length > 1 ? Optional.of(parts[1].strip()) : Optional.empty());
    }

    @Override
    public String toString() {
        return role.name().toLowerCase(java.util.Locale.ROOT) + unit.map(u -> ":" + u).orElse("");
    }
}
