package vn.baocao.api.indicator;

import static org.apiguardian.api.API.Status.STABLE;

import org.apiguardian.api.API;

/** What a target's number means. */
@API(status = STABLE, since = "0.1")
public enum TargetKind {
    /** The value at the end of the period is at least the number. */
    AT_LEAST,
    /** The value at the end of the period is at most the number. */
    AT_MOST,
    /** The value falls by at least this many percent a year on average. */
    ANNUAL_DECREASE_PERCENT,
    /** The value rises by at least this many percent a year on average. */
    ANNUAL_INCREASE_PERCENT
}
