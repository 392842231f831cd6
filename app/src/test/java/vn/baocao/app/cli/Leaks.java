package vn.baocao.app.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.regex.Pattern;

/**
 * What must never reach a user without {@code --debug}: the list in {@code src/test/leaks.txt}, which
 * the integration test over the installed distribution reads too.
 */
final class Leaks {
    private static final List<String> LINES = read();
    static final List<String> FOREIGN = LINES.stream().filter(l -> !l.startsWith("regex ")).toList();
    static final List<Pattern> PATTERNS = LINES.stream().filter(l -> l.startsWith("regex ")).map(l -> Pattern.compile(l.substring(6))).toList();

    private Leaks() {}

    static void assertNone(String output) {
        for (String foreign : FOREIGN) {
            assertThat(output).doesNotContain(foreign);
        }
        for (Pattern pattern : PATTERNS) {
            assertThat(output).doesNotContainPattern(pattern);
        }
    }

    private static List<String> read() {
        try {
            return Files.readAllLines(Path.of("src/test/leaks.txt"), StandardCharsets.UTF_8).stream()
                    .filter(l -> !l.isEmpty() && !l.startsWith("#")).toList();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
