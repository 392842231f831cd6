package vn.baocao.api.indicator;

import static org.apiguardian.api.API.Status.STABLE;

import org.apiguardian.api.API;

/** How values add up, over units or over periods (DHIS2's aggregation types). */
@API(status = STABLE, since = "0.1")
public enum AggregationType {
    SUM,
    AVERAGE,
    /** The last value in the period: for stocks such as "legal clubs in operation". */
    LAST,
    MIN,
    MAX,
    /** Values do not add up; only the unit's own value is shown. */
    NONE
}
