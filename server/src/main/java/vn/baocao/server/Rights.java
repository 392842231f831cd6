package vn.baocao.server;

import java.time.LocalDate;
import java.util.Optional;
import vn.baocao.api.service.UnitDirectory;
import vn.baocao.api.unit.AdministrativeUnit;

/**
 * What a person may read and write, from their roles and the unit tree on a day: a submitter writes
 * their own unit; a reviewer reads and reviews their unit and every unit under it; a reader reads
 * their unit and those under it (or everything); an administrator does everything.
 */
public final class Rights {
    private final UnitDirectory units;

    public Rights(UnitDirectory units) {
        this.units = units;
    }

    public boolean administrator(User user) {
        return user.grants().stream().anyMatch(g -> g.role() == Role.ADMINISTRATOR);
    }

    public boolean mayWrite(User user, String unit) {
        return administrator(user) || user.grants().stream()
                .anyMatch(g -> g.role() == Role.SUBMITTER && g.unit().orElse("").equals(unit));
    }

    public boolean mayReview(User user, String unit, LocalDate day) {
        return administrator(user) || user.grants().stream()
                .anyMatch(g -> g.role() == Role.REVIEWER && g.unit().isPresent() && within(unit, g.unit().get(), day));
    }

    public boolean mayRead(User user, String unit, LocalDate day) {
        return administrator(user) || user.grants().stream().anyMatch(g -> switch (g.role()) {
            case SUBMITTER -> g.unit().orElse("").equals(unit);
            case REVIEWER -> g.unit().isPresent() && within(unit, g.unit().get(), day);
            case READER -> g.unit().isEmpty() || within(unit, g.unit().get(), day);
            case ADMINISTRATOR -> true;
        });
    }

    /** Whether {@code unit} is {@code ancestor} or lies under it on the day. */
    boolean within(String unit, String ancestor, LocalDate day) {
        Optional<String> at = Optional.of(unit);
        for (int depth = 0; at.isPresent() && depth < 8; depth++) {
            if (at.get().equals(ancestor)) return true;
            at = units.unit(at.get(), day).flatMap(AdministrativeUnit::parentCode);
        }
        return false;
    }
}
