package vn.baocao.server;

/** What a person may do, and where (a role is held for a unit, or for everything). */
public enum Role {
    /** Manages people, rights and deadline exceptions; reads and writes everything. */
    ADMINISTRATOR,
    /** Enters and submits the values of one unit. */
    SUBMITTER,
    /** Approves or returns the submissions of a unit and of every unit under it. */
    REVIEWER,
    /** Reads the values and roll-ups of a unit and the units under it (everything without a unit). */
    READER;

    /** Whether the role concerns one unit (and the units under it) rather than everything. */
    public boolean scoped() {
        return this != ADMINISTRATOR;
    }
}
