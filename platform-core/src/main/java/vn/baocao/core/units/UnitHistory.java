package vn.baocao.core.units;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeMap;
import vn.baocao.api.unit.AdministrativeUnit;
import vn.baocao.api.unit.UnitLevel;
import vn.baocao.api.unit.UnitSuccession;
import vn.baocao.api.unit.Validity;
import vn.baocao.core.i18n.MessageRef;

/**
 * Takes the units known back through a list of changes, latest first: before each change's day
 * its {@code from} units existed as described and its new {@code to} units did not; each
 * {@code from} unit gains the succession that says where its area went. A change that does not
 * fit the units known (a successor not in force on the day, a unit said to cease that carries on,
 * a name that disagrees) is refused at its place in the file.
 */
final class UnitHistory {
    private final Map<String, List<AdministrativeUnit>> byCode;
    private final Map<String, List<UnitSuccession>> successions;

    UnitHistory(Map<String, List<AdministrativeUnit>> byCode, Map<String, List<UnitSuccession>> successions) {
        this.byCode = byCode;
        this.successions = successions;
    }

    void apply(List<UnitChange> changes) {
        Map<LocalDate, List<UnitChange>> byDate = new TreeMap<>(Comparator.reverseOrder());
        changes.forEach(c -> byDate.computeIfAbsent(c.date(), d -> new ArrayList<>()).add(c));
        List<AdministrativeUnit> created = new ArrayList<>();
        byDate.forEach((day, group) -> applyDay(day, group, created));
        for (AdministrativeUnit unit : created) {
            checkParent(unit);
        }
        byCode.values().forEach(list -> list.sort(Comparator.comparing(u -> u.validity().from())));
        successions.values().forEach(list -> list.sort(Comparator.comparing(UnitSuccession::effective)));
    }

    private void applyDay(LocalDate day, List<UnitChange> group, List<AdministrativeUnit> created) {
        LocalDate before = day.minusDays(1);
        Set<String> ceasing = new HashSet<>();
        group.forEach(c -> c.from().forEach(f -> ceasing.add(f.code())));
        // the units that begin on the day: a successor whose code also ceased in another form, or one marked new
        for (UnitChange change : group) {
            for (UnitChange.Ref to : change.to()) {
                AdministrativeUnit now = on(to.code(), day).orElseThrow(() -> refused("units.changes.toNotInForce", to.at(), to.code(), day));
                to.name().filter(n -> !n.equals(now.name()))
                        .ifPresent(n -> { throw refused("units.changes.nameDiffers", to.at(), to.code(), day, now.name(), n); });
                if (ceasing.contains(to.code()) || to.isNew()) {
                    if (now.validity().from().isBefore(day)) {
                        replace(now, new AdministrativeUnit(now.code(), now.name(), now.level(), now.parentCode(),
                                new Validity(day, now.validity().until())));
                    }
                } else if (on(to.code(), before).isEmpty() && !now.validity().from().equals(day)) {
                    throw refused("units.changes.toIsNew", to.at(), to.code(), day);
                }
            }
        }
        // the units that ceased the day before
        Set<String> described = new HashSet<>();
        for (UnitChange change : group) {
            List<String> toCodes = change.to().stream().map(UnitChange.Ref::code).toList();
            for (UnitChange.Ref from : change.from()) {
                if (described.add(from.code())) {
                    cease(from, before, created);
                }
                succeed(from.code(), toCodes, day, change.basis());
            }
        }
    }

    /** A unit on the day before a change: the one the platform knows in that form, or the one the file describes. */
    private void cease(UnitChange.Ref from, LocalDate before, List<AdministrativeUnit> created) {
        Optional<AdministrativeUnit> known = on(from.code(), before);
        if (known.isPresent()) {
            AdministrativeUnit u = known.get();
            if (u.validity().until().filter(before::equals).isEmpty()) {
                throw refused("units.changes.fromCarriesOn", from.at(), from.code(), u.name(), before.plusDays(1));
            }
            from.name().filter(n -> !n.equals(u.name()))
                    .ifPresent(n -> { throw refused("units.changes.nameDiffers", from.at(), from.code(), before, u.name(), n); });
            return;
        }
        if (from.name().isEmpty() || from.level().isEmpty() || (from.level().get() != UnitLevel.PROVINCE && from.parent().isEmpty())) {
            throw refused("units.changes.fromUnknown", from.at(), from.code(), before);
        }
        LocalDate first = byCode.getOrDefault(from.code(), List.of()).stream()
                .map(u -> u.validity().until()).flatMap(Optional::stream)
                .filter(until -> until.isBefore(before)).max(Comparator.naturalOrder())
                .map(until -> until.plusDays(1)).orElse(Validity.BEGINNING);
        AdministrativeUnit unit = new AdministrativeUnit(from.code(), from.name().get(), from.level().get(), from.parent(),
                Validity.between(first, before));
        byCode.computeIfAbsent(from.code(), k -> new ArrayList<>()).add(unit);
        created.add(unit);
    }

    /** The succession of a code on a day; a unit split between two changes of one day gathers both successors. */
    private void succeed(String code, List<String> toCodes, LocalDate day, String basis) {
        List<UnitSuccession> steps = successions.computeIfAbsent(code, k -> new ArrayList<>());
        for (int i = 0; i < steps.size(); i++) {
            UnitSuccession s = steps.get(i);
            if (s.effective().equals(day)) {
                Set<String> all = new LinkedHashSet<>(s.toCodes());
                all.addAll(toCodes);
                Set<String> bases = new LinkedHashSet<>(List.of(s.legalBasis().split(" \\| ")));
                bases.add(basis);
                steps.set(i, new UnitSuccession(code, List.copyOf(all), day, String.join(" | ", bases)));
                return;
            }
        }
        steps.add(new UnitSuccession(code, toCodes, day, basis));
    }

    /** A unit described by a file sits under a unit in force on its last day. */
    private void checkParent(AdministrativeUnit unit) {
        if (unit.parentCode().isEmpty()) {
            return;
        }
        LocalDate last = unit.validity().until().orElse(unit.validity().from());
        if (on(unit.parentCode().get(), last).isEmpty()) {
            throw new UnitChangesException(MessageRef.of("units.changes.parentUnknown", unit.code(), unit.name(), unit.parentCode().get(), last),
                    MessageRef.of("units.changes.parentUnknown.hint"));
        }
    }

    private Optional<AdministrativeUnit> on(String code, LocalDate day) {
        return byCode.getOrDefault(code, List.of()).stream().filter(u -> u.existsOn(day)).findFirst();
    }

    private void replace(AdministrativeUnit old, AdministrativeUnit by) {
        List<AdministrativeUnit> versions = byCode.get(old.code());
        versions.set(versions.indexOf(old), by);
    }

    private static UnitChangesException refused(String key, Object... arguments) {
        return new UnitChangesException(MessageRef.of(key, arguments), MessageRef.of(key + ".hint"));
    }
}
