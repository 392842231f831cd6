package vn.baocao.server;

import java.util.List;
import java.util.Map;
import vn.baocao.core.i18n.MessageRef;

/**
 * A request the server refuses: its HTTP status, the message and hint in the caller's language,
 * and for a batch every conflict with its place. Thrown by the routes, answered as JSON.
 */
public final class ApiProblem extends RuntimeException {
    private static final long serialVersionUID = 1L;
    final int status;
    final transient MessageRef message;
    final transient MessageRef hint;
    final transient List<Map<String, Object>> details;

    public ApiProblem(int status, MessageRef message, MessageRef hint) {
        this(status, message, hint, List.of());
    }

    public ApiProblem(int status, MessageRef message, MessageRef hint, List<Map<String, Object>> details) {
        super(message.key());
        this.status = status;
        this.message = message;
        this.hint = hint;
        this.details = List.copyOf(details);
    }

    public int status() {
        return status;
    }

    public MessageRef message() {
        return message;
    }

    public MessageRef hint() {
        return hint;
    }

    /** For a batch: each conflict with its place and message. */
    public List<Map<String, Object>> details() {
        return details;
    }

    public static ApiProblem of(int status, String key, Object... arguments) {
        return new ApiProblem(status, MessageRef.of(key, arguments), MessageRef.of(key + ".hint"));
    }
}
