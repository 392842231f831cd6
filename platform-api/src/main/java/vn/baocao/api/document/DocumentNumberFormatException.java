package vn.baocao.api.document;

import static org.apiguardian.api.API.Status.STABLE;

import org.apiguardian.api.API;

/** A number and symbol that does not parse, with the reason as a value a message can be chosen from. */
@API(status = STABLE, since = "0.1")
public final class DocumentNumberFormatException extends IllegalArgumentException {
    private static final long serialVersionUID = 1L;

    /** Why a symbol was refused. */
    @API(status = STABLE, since = "0.1")
    public enum Reason { EMPTY, SPACE, SYNTAX, NUMBER }

    private final String text;
    private final Reason reason;

    public DocumentNumberFormatException(String text, Reason reason) {
        super("invalid document number '" + text + "': " + reason);
        this.text = text;
        this.reason = reason;
    }

    public String text() {
        return text;
    }

    public Reason reason() {
        return reason;
    }
}
