package vn.baocao.server.web;

import vn.baocao.api.period.Period;

/** The period before a period, and the same period a year before: what a form and the figures compare with. */
final class Periods {
    private Periods() {}

    static Period previous(Period p) {
        if (p instanceof Period.Month m) return m.month() == 1 ? new Period.Month(m.year() - 1, 12) : new Period.Month(m.year(), m.month() - 1);
        if (p instanceof Period.Quarter q) return q.quarter() == 1 ? new Period.Quarter(q.year() - 1, 4) : new Period.Quarter(q.year(), q.quarter() - 1);
        if (p instanceof Period.HalfYear h) return h.half() == 1 ? new Period.HalfYear(h.year() - 1, 2) : new Period.HalfYear(h.year(), 1);
        if (p instanceof Period.Year y) return new Period.Year(y.year() - 1);
        Period.Phase f = (Period.Phase) p;
        return new Period.Phase(2 * f.firstYear() - f.lastYear() - 1, f.firstYear() - 1);
    }

    static Period yearBefore(Period p) {
        if (p instanceof Period.Month m) return new Period.Month(m.year() - 1, m.month());
        if (p instanceof Period.Quarter q) return new Period.Quarter(q.year() - 1, q.quarter());
        if (p instanceof Period.HalfYear h) return new Period.HalfYear(h.year() - 1, h.half());
        return previous(p);
    }
}
