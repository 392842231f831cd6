package vn.baocao.core.data;

import vn.baocao.api.period.Period;

/**
 * The period before a period, and the same period a year before: what a rule's {@code previous(…)}
 * reads, and what a form and the figures compare with.
 */
public final class PeriodSteps {
    private PeriodSteps() {}

    /** The month, quarter, half-year or year before; for a phase, the phase of the same length before it. */
    public static Period previous(Period p) {
        if (p instanceof Period.Month m) return m.month() == 1 ? new Period.Month(m.year() - 1, 12) : new Period.Month(m.year(), m.month() - 1);
        if (p instanceof Period.Quarter q) return q.quarter() == 1 ? new Period.Quarter(q.year() - 1, 4) : new Period.Quarter(q.year(), q.quarter() - 1);
        if (p instanceof Period.HalfYear h) return h.half() == 1 ? new Period.HalfYear(h.year() - 1, 2) : new Period.HalfYear(h.year(), 1);
        if (p instanceof Period.Year y) return new Period.Year(y.year() - 1);
        Period.Phase ph = (Period.Phase) p;
        int length = ph.lastYear() - ph.firstYear() + 1;
        return new Period.Phase(ph.firstYear() - length, ph.firstYear() - 1);
    }

    /** The same month, quarter or half-year of the year before; a year or a phase, the one before. */
    public static Period yearBefore(Period p) {
        if (p instanceof Period.Month m) return new Period.Month(m.year() - 1, m.month());
        if (p instanceof Period.Quarter q) return new Period.Quarter(q.year() - 1, q.quarter());
        if (p instanceof Period.HalfYear h) return new Period.HalfYear(h.year() - 1, h.half());
        return previous(p);
    }
}
