package vn.baocao.api.unit;

import static org.apiguardian.api.API.Status.STABLE;

import jakarta.validation.constraints.NotNull;
import java.time.LocalDate;
import java.util.Optional;
import org.apiguardian.api.API;

/**
 * The days a unit exists, both ends inclusive; an open end means it is still in force.
 *
 * @param from the first day (the day a creating or merging resolution took effect)
 * @param until the last day, absent while the unit is in force
 */
@API(status = STABLE, since = "0.1")
public record Validity(@NotNull LocalDate from, Optional<LocalDate> until) {

    /** The earliest date the unit data knows; units existing before it are said to start then. */
    public static final LocalDate BEGINNING = LocalDate.of(1900, 1, 1);

    public Validity {
        until = until == null ? Optional.empty() : until;
    }

    public static Validity since(LocalDate from) {
        return new Validity(from, Optional.empty());
    }

    public static Validity between(LocalDate from, LocalDate until) {
        return new Validity(from, Optional.of(until));
    }

    public boolean contains(LocalDate day) {
        return !day.isBefore(from) && until.map(u -> !day.isAfter(u)).orElse(true);
    }
}
