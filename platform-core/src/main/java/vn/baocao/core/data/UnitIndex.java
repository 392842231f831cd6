package vn.baocao.core.data;

import java.time.LocalDate;
import java.util.Arrays;
import java.util.List;
import vn.baocao.api.service.UnitDirectory;
import vn.baocao.api.unit.AdministrativeUnit;
import vn.baocao.api.unit.UnitLevel;

/**
 * Units by the digits of their code, with the months each exists, for checking a value against its
 * unit without building a string: a value for a unit that did not exist in its period is refused.
 */
final class UnitIndex {
    /** Codes are 2 (province), 3 (district) or 5 (commune) digits; the length keeps "01" and "001" apart. */
    private static final int SPAN = 100_000;
    static final int UNKNOWN = -1;
    static final int NOT_IN_FORCE = -2;

    private final UnitDirectory directory;
    private final List<AdministrativeUnit> units;
    private final int[] byCode = new int[6 * SPAN];
    private final int[] sameCode;
    private final int[] firstMonth;
    private final int[] lastMonth;
    private final int[] province;

    UnitIndex(UnitDirectory directory) {
        this.directory = directory;
        units = directory.units();
        Arrays.fill(byCode, -1);
        sameCode = new int[units.size()];
        firstMonth = new int[units.size()];
        lastMonth = new int[units.size()];
        province = new int[units.size()];
        for (int id = units.size() - 1; id >= 0; id--) {
            AdministrativeUnit u = units.get(id);
            int slot = slot(u.code());
            sameCode[id] = byCode[slot];
            byCode[slot] = id;
            firstMonth[id] = Months.of(u.validity().from());
            lastMonth[id] = u.validity().until().map(Months::of).orElse(Integer.MAX_VALUE);
        }
        for (int id = 0; id < units.size(); id++) {
            province[id] = provinceOf(directory, units.get(id), id);
        }
    }

    /**
     * The unit written in {@code bytes[from, to)} that exists for the whole of the months given, or
     * {@link #UNKNOWN} when no unit ever had the code, or {@link #NOT_IN_FORCE} when none did then.
     */
    int find(byte[] bytes, int from, int to, int periodFirst, int periodLast) {
        int length = to - from;
        if (length < 1 || length > 5) return UNKNOWN;
        int value = 0;
        for (int i = from; i < to; i++) {
            int d = bytes[i] - '0';
            if (d < 0 || d > 9) return UNKNOWN;
            value = value * 10 + d;
        }
        int first = byCode[length * SPAN + value];
        if (first < 0) return UNKNOWN;
        for (int id = first; id >= 0; id = sameCode[id]) {
            if (firstMonth[id] <= periodFirst && periodLast <= lastMonth[id]) return id;
        }
        return successionUnderOneCode(first, periodFirst, periodLast);
    }

    /**
     * A period that spans a reorganisation in which the code passed from a unit to its successor
     * (province 51 before and after 1/7/2025, for the year 2025): the units that had the code one
     * after the other cover the period, and the value belongs to the one in force at its end.
     */
    private int successionUnderOneCode(int first, int periodFirst, int periodLast) {
        int cursor = periodFirst;
        int last = NOT_IN_FORCE;
        while (cursor <= periodLast) {
            int next = NOT_IN_FORCE;
            for (int id = first; id >= 0; id = sameCode[id]) {
                if (firstMonth[id] <= cursor && cursor <= lastMonth[id]) next = id;
            }
            if (next < 0) return NOT_IN_FORCE;
            last = next;
            if (lastMonth[next] == Integer.MAX_VALUE) break;
            cursor = lastMonth[next] + 1;
        }
        return last;
    }

    /**
     * For a code known but not in force in a period: when the unit nearest to the period existed,
     * and what followed it (a message argument).
     */
    vn.baocao.core.i18n.MessageRef whenInForce(byte[] bytes, int from, int to, int periodFirst) {
        int value = Integer.parseInt(new String(bytes, from, to - from, java.nio.charset.StandardCharsets.US_ASCII));
        List<AdministrativeUnit> withCode = new java.util.ArrayList<>();
        for (int id = byCode[(to - from) * SPAN + value]; id >= 0; id = sameCode[id]) {
            withCode.add(units.get(id));
        }
        return vn.baocao.core.units.UnitTimes.of(directory, vn.baocao.core.units.UnitTimes.nearest(withCode, Months.firstDay(periodFirst)));
    }

    AdministrativeUnit unit(int id) {
        return units.get(id);
    }

    /** The province the unit belonged to (itself for a province). */
    int province(int id) {
        return province[id];
    }

    int size() {
        return units.size();
    }

    private static int slot(String code) {
        return code.length() * SPAN + Integer.parseInt(code);
    }

    private int provinceOf(UnitDirectory directory, AdministrativeUnit unit, int self) {
        AdministrativeUnit u = unit;
        LocalDate day = unit.validity().from();
        while (u.level() != UnitLevel.PROVINCE && u.parentCode().isPresent()) {
            String parent = u.parentCode().get();
            AdministrativeUnit next = directory.unit(parent, day).orElse(null);
            if (next == null) break;
            u = next;
        }
        if (u.level() != UnitLevel.PROVINCE) return self;
        int id = byCode[slot(u.code())];
        for (; id >= 0; id = sameCode[id]) {
            if (units.get(id).existsOn(day)) return id;
        }
        return self;
    }
}
