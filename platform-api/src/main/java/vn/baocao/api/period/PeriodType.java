package vn.baocao.api.period;

import static org.apiguardian.api.API.Status.STABLE;

import org.apiguardian.api.API;

/** The kinds of reporting period, from the shortest to a whole campaign or program phase. */
@API(status = STABLE, since = "0.1")
public enum PeriodType {
    MONTH,
    QUARTER,
    HALF_YEAR,
    YEAR,
    /** Several whole years, such as a program phase {@code 2021/2025}. */
    PHASE
}
