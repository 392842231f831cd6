package vn.baocao.core.units;

import vn.baocao.core.i18n.MessageRef;

/** A file of unit changes that cannot be applied: the message names the file and the place in it, the hint the fix. */
public final class UnitChangesException extends RuntimeException {
    private final MessageRef reason;
    private final MessageRef hint;

    public UnitChangesException(MessageRef reason, MessageRef hint) {
        super(reason.key());
        this.reason = reason;
        this.hint = hint;
    }

    public MessageRef reason() {
        return reason;
    }

    public MessageRef hint() {
        return hint;
    }
}
