package vn.baocao.core.units;

import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.List;
import vn.baocao.api.service.UnitDirectory;
import vn.baocao.api.unit.AdministrativeUnit;
import vn.baocao.api.unit.UnitSuccession;
import vn.baocao.api.unit.Validity;
import vn.baocao.core.i18n.MessageRef;

/**
 * When a unit existed and what took its place, in words for a message: for a value entered under a
 * unit outside its time, so that the writer sees which period the code belongs to.
 */
public final class UnitTimes {
    private static final DateTimeFormatter DAY = DateTimeFormatter.ofPattern("dd/MM/yyyy");

    private UnitTimes() {}

    /** “Xã Trà Quân (21151) until 31/01/2020, then 21148 Xã Sơn Trà”, or “… from 01/07/2025”. */
    public static MessageRef of(UnitDirectory directory, AdministrativeUnit unit) {
        Validity validity = unit.validity();
        String named = unit.name() + " (" + unit.code() + ")";
        if (validity.until().isEmpty()) {
            return MessageRef.of("units.when.since", named, DAY.format(validity.from()));
        }
        String until = DAY.format(validity.until().get());
        List<String> successors = UnitSuccessors.of(directory, unit).map(UnitSuccession::toCodes).orElse(List.of()).stream()
                .map(code -> (code + " " + directory.unit(code, validity.until().get().plusDays(1)).map(AdministrativeUnit::name).orElse("")).strip())
                .toList();
        boolean always = validity.from().equals(Validity.BEGINNING);
        if (successors.isEmpty()) {
            return always ? MessageRef.of("units.when.until", named, until)
                    : MessageRef.of("units.when.between", named, DAY.format(validity.from()), until);
        }
        return always ? MessageRef.of("units.when.untilThen", named, until, String.join(", ", successors))
                : MessageRef.of("units.when.betweenThen", named, DAY.format(validity.from()), until, String.join(", ", successors));
    }

    /** Of the units that had a code, the one in force nearest to a day. */
    public static AdministrativeUnit nearest(List<AdministrativeUnit> withCode, LocalDate day) {
        AdministrativeUnit best = withCode.get(0);
        long bestDistance = Long.MAX_VALUE;
        for (AdministrativeUnit u : withCode) {
            LocalDate from = u.validity().from();
            LocalDate until = u.validity().until().orElse(LocalDate.MAX);
            long distance = day.isBefore(from) ? from.toEpochDay() - day.toEpochDay()
                    : day.isAfter(until) ? day.toEpochDay() - until.toEpochDay() : 0;
            if (distance < bestDistance) {
                best = u;
                bestDistance = distance;
            }
        }
        return best;
    }
}
