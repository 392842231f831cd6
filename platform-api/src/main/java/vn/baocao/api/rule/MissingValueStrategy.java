package vn.baocao.api.rule;

import static org.apiguardian.api.API.Status.EXPERIMENTAL;

import org.apiguardian.api.API;

/** What a side with missing values does to a rule (DHIS2's strategies); missing values count as 0 when not skipped. */
@API(status = EXPERIMENTAL, since = "0.1")
public enum MissingValueStrategy {
    SKIP_IF_ANY_VALUE_MISSING,
    SKIP_IF_ALL_VALUES_MISSING,
    NEVER_SKIP
}
