package vn.baocao.core.i18n;

/**
 * A text asked for by a key that is in no bundle. A block that asks for one fails rather than
 * write the bare key into a document.
 */
public final class MissingMessageException extends IllegalStateException {
    private final String key;

    public MissingMessageException(String key) {
        super("message " + key + " is in neither the Vietnamese nor the English bundle");
        this.key = key;
    }

    public String key() {
        return key;
    }
}
