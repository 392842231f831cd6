package vn.baocao.app.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.regex.Pattern;

/**
 * What must never reach a user without {@code --debug}: Java's and the libraries' names, stack
 * traces, and the libraries' own English sentences (the YAML and JSON parsers', the command line's).
 */
final class Leaks {
    static final List<String> FOREIGN = List.of("Exception", "\tat ", "java.", "vn.baocao.", "tools.jackson", "com.fasterxml",
            "org.apache", "org.yaml", "SnakeYAML", "Xerces", "picocli", "`", "(code ", "<block", "<scalar>", "Object property",
            "while scanning", "while parsing", "Unexpected character", "Unrecognized token", "Missing required", "Unknown option",
            "Unmatched argument", "Invalid value for", "Cannot construct", "Cannot deserialize");
    /** A Java name in a message: a class's constant ({@code JsonReadFeature.ALLOW_NON_NUMERIC_NUMBERS}) or a qualified class. */
    static final Pattern JAVA_NAME = Pattern.compile("\\b[A-Z][a-z]+[A-Z]\\w*\\.[A-Z_]{2,}\\b|\\b[a-z]+\\.[a-z]+\\.[A-Z]\\w+\\b");

    private Leaks() {}

    static void assertNone(String output) {
        for (String foreign : FOREIGN) {
            assertThat(output).doesNotContain(foreign);
        }
        assertThat(output).doesNotContainPattern(JAVA_NAME);
    }
}
