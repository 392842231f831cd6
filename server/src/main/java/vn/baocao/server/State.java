package vn.baocao.server;

/** Where a unit's values for a program and a period stand. */
public enum State {
    /** Being entered; the submitter may change them. */
    DRAFT,
    /** Sent for review; locked until approved or returned. */
    SUBMITTED,
    /** Accepted by the reviewer; locked, and counted in the roll-ups of approved figures. */
    APPROVED,
    /** Sent back with a reason; the submitter may change them again. */
    RETURNED;

    /** Whether the values may be changed in this state. */
    public boolean open() {
        return this == DRAFT || this == RETURNED;
    }
}
