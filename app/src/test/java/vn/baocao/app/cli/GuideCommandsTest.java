package vn.baocao.app.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.TestFactory;

/**
 * Runs every {@code baocao} command of the guides in {@code docs/guides/}, so that a guide cannot
 * drift from the platform: each command in a {@code sh} block must exit as the guide says ({@code
 * # exits with N}, else 0), and each line of a {@code text} block that follows it must appear in
 * what it prints. Paths in the guides are from the repository's root.
 */
class GuideCommandsTest {
    private static final Path SOURCES = Path.of(System.getProperty("baocao.sources", "..")).toAbsolutePath().normalize();
    private static final Pattern BLOCK = Pattern.compile("```(sh|text)\\n(.*?)```", Pattern.DOTALL);
    private static final Pattern EXIT = Pattern.compile("#\\s*exits with (\\d+)\\s*$");

    @TestFactory
    Stream<DynamicTest> everyCommandOfTheGuidesRunsAsShown() throws IOException {
        List<DynamicTest> tests = new ArrayList<>();
        try (Stream<Path> guides = Files.list(SOURCES.resolve("docs/guides"))) {
            for (Path guide : guides.filter(p -> p.toString().endsWith(".md")).sorted().toList()) {
                String text = Files.readString(guide);
                Matcher m = BLOCK.matcher(text);
                String command = null;
                while (m.find()) {
                    if (m.group(1).equals("sh")) {
                        for (String line : m.group(2).split("\\n")) {
                            if (line.startsWith("baocao ")) {
                                command = line;
                                String name = guide.getFileName() + ": " + line;
                                String shown = nextTextBlock(text, m.end());
                                tests.add(DynamicTest.dynamicTest(name, () -> run(line, shown)));
                            }
                        }
                    }
                }
                assertThat(command).as(guide + " has commands").isNotNull();
            }
        }
        return tests.stream();
    }

    /** The text block right after a command block, if the next block is one. */
    private static String nextTextBlock(String text, int from) {
        Matcher next = BLOCK.matcher(text);
        return next.find(from) && next.group(1).equals("text") && text.substring(from, next.start()).isBlank() ? next.group(2) : null;
    }

    private static void run(String line, String shown) {
        Matcher exit = EXIT.matcher(line);
        int expected = exit.find() ? Integer.parseInt(exit.group(1)) : 0;
        String command = line.replaceAll("#.*$", "").strip();
        List<String> args = new ArrayList<>();
        for (String word : command.substring("baocao ".length()).split("\\s+")) {
            // paths are from the repository's root; the test runs elsewhere
            args.add(!word.startsWith("-") && word.contains("/") && Files.exists(SOURCES.resolve(word)) ? SOURCES.resolve(word).toString() : word);
        }
        Run run = Run.of(args.toArray(String[]::new));
        String printed = run.out().replace(SOURCES + "/", "");
        assertThat(run.exitCode()).as(line + "\n" + run.all()).isEqualTo(expected);
        if (shown != null) {
            for (String expectedLine : shown.split("\\n")) {
                if (!expectedLine.isBlank()) {
                    assertThat(printed).as(line).contains(expectedLine.strip());
                }
            }
        }
    }
}
