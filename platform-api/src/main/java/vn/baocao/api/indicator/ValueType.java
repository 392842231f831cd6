package vn.baocao.api.indicator;

import static org.apiguardian.api.API.Status.STABLE;

import org.apiguardian.api.API;

/** What an indicator's values are. */
@API(status = STABLE, since = "0.1")
public enum ValueType {
    /** A whole number not below zero: couples, households, sessions, persons. */
    COUNT,
    /** A whole number that may be negative, such as a change. */
    INTEGER,
    /** A decimal number. */
    NUMBER,
    /** A share from 0 to 100. */
    PERCENTAGE,
    /** An amount of money in đồng, not below zero. */
    MONEY,
    /** Yes or no (1 or 0). */
    BOOLEAN
}
