package vn.baocao.it;

import java.io.IOException;
import java.nio.file.Files;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The Maven commands of a guide ({@code mvn …} lines of its {@code sh} blocks), in order, so that
 * the integration tests run exactly what the guide tells its reader to run.
 */
final class GuideMavenCommands {
    private static final Pattern BLOCK = Pattern.compile("```sh\\n(.*?)```", Pattern.DOTALL);

    private GuideMavenCommands() {}

    /** Each command's arguments, {@code mvn} and any trailing comment left out. */
    static List<List<String>> of(String guide) throws IOException {
        String text = Files.readString(ItPaths.root().resolve("docs/guides").resolve(guide));
        List<List<String>> commands = new ArrayList<>();
        Matcher m = BLOCK.matcher(text);
        while (m.find()) {
            for (String line : m.group(1).split("\\n")) {
                if (line.startsWith("mvn ")) {
                    String command = line.replaceAll("\\s#.*$", "").strip();
                    commands.add(List.of(command.substring("mvn ".length()).split("\\s+")));
                }
            }
        }
        if (commands.isEmpty()) {
            throw new AssertionError(guide + " has no mvn command");
        }
        return commands;
    }
}
