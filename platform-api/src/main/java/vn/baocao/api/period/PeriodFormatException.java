package vn.baocao.api.period;

import static org.apiguardian.api.API.Status.STABLE;

import org.apiguardian.api.API;

/** A period code that does not parse, with the reason as a value a message can be chosen from. */
@API(status = STABLE, since = "0.1")
public final class PeriodFormatException extends IllegalArgumentException {
    private static final long serialVersionUID = 1L;

    /** Why a code was refused. */
    @API(status = STABLE, since = "0.1")
    public enum Reason { EMPTY, SYNTAX, YEAR_RANGE, HALF, QUARTER, MONTH, PHASE_ORDER }

    private final String code;
    private final Reason reason;

    public PeriodFormatException(String code, Reason reason) {
        super("invalid period code '" + code + "': " + reason);
        this.code = code;
        this.reason = reason;
    }

    public String code() {
        return code;
    }

    public Reason reason() {
        return reason;
    }
}
