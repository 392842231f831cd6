package vn.baocao.api.internal;

/** The check every builder of the API makes at {@code build()}: a required part left out is named with the call that sets it. */
public final class Required {
    private Required() {}

    public static <T> T part(T value, String built, String part, String call) {
        if (value == null) {
            throw new IllegalStateException(built + ": " + part + " is required; set it with " + call);
        }
        return value;
    }
}
