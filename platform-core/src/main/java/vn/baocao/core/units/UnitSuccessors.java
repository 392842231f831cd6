package vn.baocao.core.units;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import vn.baocao.api.service.UnitDirectory;
import vn.baocao.api.unit.AdministrativeUnit;
import vn.baocao.api.unit.UnitSuccession;

/**
 * The units in force on a day that carry on a unit's area, following every reorganisation in
 * between: Trà Quân (2019) to Sơn Trà (2020) to Tây Trà (2025). First-named successors come first.
 */
public final class UnitSuccessors {
    private UnitSuccessors() {}

    /** The unit itself while in force; its successors on the day once it ceased; nothing for a day before it began. */
    public static List<AdministrativeUnit> on(UnitDirectory directory, AdministrativeUnit unit, LocalDate day) {
        Set<AdministrativeUnit> found = new LinkedHashSet<>();
        follow(directory, unit, day, found, 0);
        return new ArrayList<>(found);
    }

    private static void follow(UnitDirectory directory, AdministrativeUnit unit, LocalDate day, Set<AdministrativeUnit> found, int depth) {
        if (unit.existsOn(day)) {
            found.add(unit);
            return;
        }
        if (depth > 16 || unit.validity().until().isEmpty() || !day.isAfter(unit.validity().until().get())) {
            return;
        }
        LocalDate next = unit.validity().until().get().plusDays(1);
        Optional<UnitSuccession> step = directory.successions(unit.code()).stream().filter(s -> s.effective().equals(next)).findFirst();
        for (String code : step.map(UnitSuccession::toCodes).orElse(List.of())) {
            directory.unit(code, next).ifPresent(successor -> follow(directory, successor, day, found, depth + 1));
        }
    }

    /** The succession that ended this unit (not another unit that had its code), if it ceased. */
    public static Optional<UnitSuccession> of(UnitDirectory directory, AdministrativeUnit unit) {
        return unit.validity().until().map(u -> u.plusDays(1))
                .flatMap(next -> directory.successions(unit.code()).stream().filter(s -> s.effective().equals(next)).findFirst());
    }
}
