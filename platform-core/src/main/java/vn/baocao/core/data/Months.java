package vn.baocao.core.data;

import java.time.LocalDate;

/** Months counted from year 0, the unit in which periods and unit lifetimes are compared. */
final class Months {
    private Months() {}

    static int of(LocalDate day) {
        return day.getYear() * 12 + day.getMonthValue() - 1;
    }

    static int of(int year, int month) {
        return year * 12 + month - 1;
    }

    /** The first day of a month so counted. */
    static LocalDate firstDay(int month) {
        return LocalDate.of(Math.floorDiv(month, 12), Math.floorMod(month, 12) + 1, 1);
    }
}
