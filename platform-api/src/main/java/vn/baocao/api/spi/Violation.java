package vn.baocao.api.spi;

import static org.apiguardian.api.API.Status.STABLE;

import java.util.List;
import java.util.Objects;
import org.apiguardian.api.API;

/**
 * A problem a rule found.
 *
 * @param pointer a JSON pointer into the source file ({@code /programs/0/results/2/value}); the
 *                platform turns it into file:line:column
 * @param messageKey a key of the plugin's message bundle
 * @param arguments values for the message's {@code {0}}, {@code {1}}, … placeholders
 */
@API(status = STABLE, since = "0.1")
public record Violation(String pointer, String messageKey, List<Object> arguments) {

    public Violation {
        Objects.requireNonNull(pointer, "pointer");
        Objects.requireNonNull(messageKey, "messageKey");
        arguments = List.copyOf(arguments);
    }

    public static Violation of(String pointer, String messageKey, Object... arguments) {
        return new Violation(pointer, messageKey, List.of(arguments));
    }
}
