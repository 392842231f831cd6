package vn.baocao.launcher;

import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.text.MessageFormat;
import java.util.List;
import java.util.Locale;
import java.util.Properties;

/**
 * {@code java -cp lib/launcher-<version>.jar vn.baocao.launcher.LauncherCheck <home> <the command's
 * arguments>}: exit 0 when {@code <home>/lib} can start the platform, else each problem on
 * standard error and exit 2, the code of an installation that cannot run.
 */
public final class LauncherCheck {
    static final int INSTALLATION = 2;

    private LauncherCheck() {}

    public static void main(String[] args) {
        System.exit(run(args, System.err, System.getenv("BAOCAO_LANG")));
    }

    static int run(String[] args, PrintStream err, String languageVariable) {
        Path home = Path.of(args[0]);
        List<String> command = List.of(args).subList(1, args.length);
        Properties messages = messages(language(command, languageVariable, home));
        boolean debug = command.contains("--debug");
        List<Problem> problems;
        try {
            problems = new ModulePathCheck(home.resolve("lib")).problems();
        } catch (IOException e) {
            problems = List.of(new Problem("lib.unreadable", home.resolve("lib")).withDetail(e.toString()));
        }
        for (Problem problem : problems) {
            err.println(text(messages, "error") + " " + message(problem, messages));
            err.println("  " + text(messages, "hint") + " " + hint(problem, messages));
            if (debug && !problem.detail().isEmpty()) err.println("  " + problem.detail());
        }
        return problems.isEmpty() ? 0 : INSTALLATION;
    }

    /** The problem's sentence in the language. */
    public static String message(Problem problem, Locale language) {
        return message(problem, messages(language));
    }

    /** What to do about it, in the language. */
    public static String hint(Problem problem, Locale language) {
        return hint(problem, messages(language));
    }

    private static String message(Problem problem, Properties messages) {
        return MessageFormat.format(text(messages, problem.key()), problem.arguments().toArray());
    }

    private static String hint(Problem problem, Properties messages) {
        return MessageFormat.format(text(messages, problem.key() + ".hint"), problem.arguments().toArray());
    }

    /** As the platform chooses: --lang, then BAOCAO_LANG, then conf/baocao.properties, then Vietnamese. */
    static Locale language(List<String> command, String languageVariable, Path home) {
        for (int i = 0; i < command.size(); i++) {
            String arg = command.get(i);
            if (arg.equals("--lang") && i + 1 < command.size()) return locale(command.get(i + 1));
            if (arg.startsWith("--lang=")) return locale(arg.substring("--lang=".length()));
        }
        if (languageVariable != null && !languageVariable.isBlank()) return locale(languageVariable);
        Path settings = home.resolve("conf").resolve("baocao.properties");
        if (Files.isRegularFile(settings)) {
            Properties properties = new Properties();
            try (InputStream in = Files.newInputStream(settings)) {
                properties.load(new InputStreamReader(in, StandardCharsets.UTF_8));
                return locale(properties.getProperty("language", "vi"));
            } catch (IOException | IllegalArgumentException e) {
                // the platform reports a broken settings file itself, with its line
            }
        }
        return locale("vi");
    }

    private static Locale locale(String code) {
        return code.strip().toLowerCase(Locale.ROOT).startsWith("en") ? Locale.ENGLISH : Locale.forLanguageTag("vi");
    }

    /** The bundle of the language, read directly: no fallback to the machine's locale. */
    private static Properties messages(Locale language) {
        String name = language.getLanguage().equals("en") ? "messages_en.properties" : "messages.properties";
        Properties messages = new Properties();
        try (InputStream in = LauncherCheck.class.getResourceAsStream(name)) {
            messages.load(new InputStreamReader(in, StandardCharsets.UTF_8));
        } catch (IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
        return messages;
    }

    private static String text(Properties messages, String key) {
        return messages.getProperty(key, key);
    }
}
