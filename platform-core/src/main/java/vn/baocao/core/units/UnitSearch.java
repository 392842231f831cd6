package vn.baocao.core.units;

import java.text.Normalizer;
import java.time.LocalDate;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.regex.Pattern;
import vn.baocao.api.service.UnitDirectory;
import vn.baocao.api.unit.AdministrativeUnit;

/**
 * Finds units as a person looks for them: by a part of the name typed with or without diacritics
 * ("tra bong" finds Trà Bồng), or by the beginning of the code; on a day or at any time; under a
 * unit, however far below it.
 */
public final class UnitSearch {
    private static final Pattern MARKS = Pattern.compile("\\p{M}+");
    private static final Pattern DIGITS = Pattern.compile("\\d+");

    private final UnitDirectory units;

    public UnitSearch(UnitDirectory units) {
        this.units = units;
    }

    public List<AdministrativeUnit> find(Optional<String> text, Optional<LocalDate> day, Optional<String> under) {
        Optional<String> query = text.map(String::strip).filter(q -> !q.isEmpty());
        return units.units().stream()
                .filter(u -> day.map(u::existsOn).orElse(true))
                .filter(u -> under.map(code -> isBelow(u, code)).orElse(true))
                .filter(u -> query.map(q -> matches(u, q)).orElse(true))
                .toList();
    }

    private static boolean matches(AdministrativeUnit unit, String query) {
        if (DIGITS.matcher(query).matches()) {
            return unit.code().startsWith(query);
        }
        return fold(unit.name()).contains(fold(query));
    }

    /** Whether a unit lies under the unit of this code, its parents taken as they were when it began. */
    private boolean isBelow(AdministrativeUnit unit, String code) {
        Optional<AdministrativeUnit> parent = parentOf(unit);
        for (int depth = 0; parent.isPresent() && depth < 3; depth++) {
            if (parent.get().code().equals(code)) {
                return true;
            }
            parent = parentOf(parent.get());
        }
        return false;
    }

    private Optional<AdministrativeUnit> parentOf(AdministrativeUnit unit) {
        return unit.parentCode().flatMap(code -> units.unit(code, unit.validity().from())
                .or(() -> units.unitsWithCode(code).stream().findFirst()));
    }

    /** Lower case, without diacritics, đ as d, spaces single: "Trà  Bồng" and "tra bong" fold alike. */
    static String fold(String text) {
        String bare = MARKS.matcher(Normalizer.normalize(text, Normalizer.Form.NFD)).replaceAll("");
        return bare.replace('đ', 'd').replace('Đ', 'D').toLowerCase(Locale.ROOT).replaceAll("\\s+", " ").strip();
    }
}
