package vn.baocao.it;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;

/**
 * The installed distribution, run as a process over the whole bad-input corpus and every command's
 * help: nothing of Java or of a library reaches standard output or standard error, including what
 * the libraries' loggers would print (which a run inside the test's own JVM cannot see). The texts
 * looked for are those of {@code app/src/test/leaks.txt}.
 */
class NothingLeaksIT {
    private static final Pattern COMMAND_LINE = Pattern.compile("^  ([a-z][a-z-]*)\\s{2,}\\S");

    @Test
    void noCorpusCaseAndNoHelpPrintsJavaOrLibraryText() throws Exception {
        Path work = ItPaths.work("leaks");
        Installation installation = new Installation(ItPaths.copy(ItPaths.distribution(""), work.resolve("baocao")), work.resolve("logs"));
        Path corpus = ItPaths.root().resolve("app/src/test/corpus");
        List<List<String>> runs = new ArrayList<>();
        for (String[] row : rows(corpus.resolve("expected.tsv"))) {
            Path file = corpus.resolve(row[0]);
            runs.add(List.of("render", file.toString(), "--format", "docx,pdf,md,html,json", "--out", work.resolve("out/" + row[0]).toString()));
        }
        for (String[] row : rows(corpus.resolve("data/expected.tsv"))) {
            List<String> run = new ArrayList<>(List.of("import", corpus.resolve("data/" + row[0]).toString()));
            if (!row[6].equals("-")) run.addAll(List.of(row[6].split(" ")));
            runs.add(run);
        }
        for (List<String> command : commands(installation, List.of())) {
            List<String> help = new ArrayList<>(command);
            help.add("--help");
            runs.add(help);
        }
        List<String> failures = new ArrayList<>();
        for (int i = 0; i < runs.size(); i++) {
            List<String> arguments = new ArrayList<>(runs.get(i));
            // both languages, taking turns: the loggers do not care, the messages do
            arguments.addAll(List.of("--lang", i % 2 == 0 ? "vi" : "en"));
            Processes.Finished run = installation.baocao(arguments.toArray(String[]::new));
            String leak = firstLeak(run.output());
            if (leak != null) failures.add(String.join(" ", arguments) + " printed “" + leak + "” (" + run.log() + ")");
            if (run.exitCode() > 2) failures.add(String.join(" ", arguments) + " ended with exit code " + run.exitCode() + " (" + run.log() + ")");
        }
        System.out.println("NothingLeaksIT: " + runs.size() + " runs of the installed distribution checked");
        assertThat(runs.size()).isGreaterThan(250);
        assertThat(failures).isEmpty();
    }

    /** Every command and subcommand, found from the help's own list, so that a new one is covered at once. */
    private static Set<List<String>> commands(Installation installation, List<String> parent) throws Exception {
        List<String> arguments = new ArrayList<>(parent);
        arguments.addAll(List.of("--help", "--lang", "en"));
        String help = installation.baocao(arguments.toArray(String[]::new)).output();
        Set<List<String>> found = new LinkedHashSet<>();
        found.add(parent);
        boolean inCommands = false;
        for (String line : help.lines().toList()) {
            if (line.equals("Commands:")) {
                inCommands = true;
            } else if (inCommands && !line.startsWith(" ")) {
                inCommands = false;
            } else if (inCommands) {
                Matcher m = COMMAND_LINE.matcher(line);
                if (m.find() && !m.group(1).equals("help")) {
                    List<String> child = new ArrayList<>(parent);
                    child.add(m.group(1));
                    found.addAll(commands(installation, child));
                }
            }
        }
        return found;
    }

    private static List<String[]> rows(Path expected) throws Exception {
        return Files.readAllLines(expected, StandardCharsets.UTF_8).stream()
                .filter(line -> !line.isBlank() && !line.startsWith("#")).map(line -> line.split("\t")).toList();
    }

    /** The first text of leaks.txt found in the output, or null. */
    private static String firstLeak(String output) throws Exception {
        for (String line : Files.readAllLines(ItPaths.root().resolve("app/src/test/leaks.txt"), StandardCharsets.UTF_8)) {
            if (line.isEmpty() || line.startsWith("#")) continue;
            if (line.startsWith("regex ")) {
                Matcher m = Pattern.compile(line.substring(6)).matcher(output);
                if (m.find()) return m.group();
            } else if (output.contains(line)) {
                return line;
            }
        }
        return null;
    }
}
