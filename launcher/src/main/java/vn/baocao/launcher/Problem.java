package vn.baocao.launcher;

import java.util.List;

/**
 * What is wrong with the module path: a message and a hint from the bundle, with their arguments,
 * and, for {@code --debug}, what the JVM said. {@link LauncherCheck#message} says it.
 *
 * @param key the message's key in the launcher's bundle ({@code module.twoVersions})
 * @param arguments file and module names, counts
 * @param detail what the JVM said, for {@code --debug}
 */
public record Problem(String key, List<Object> arguments, String detail) {
    Problem(String key, Object... arguments) {
        this(key, List.of(arguments), "");
    }

    Problem withDetail(String text) {
        return new Problem(key, arguments, text == null ? "" : text);
    }
}
