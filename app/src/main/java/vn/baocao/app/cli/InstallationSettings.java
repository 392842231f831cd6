package vn.baocao.app.cli;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;
import vn.baocao.core.i18n.Language;

/**
 * The defaults of an installation, in {@code conf/baocao.properties} (UTF-8):
 *
 * <pre>
 * # the language of messages when neither --lang nor BAOCAO_LANG says
 * language=vi
 * # plugins left out, as with --disable-plugin
 * disabledPlugins=legal-education
 * </pre>
 *
 * A key the platform does not know is an error naming the file and line, so that a misspelt
 * setting is not silently ignored.
 */
record InstallationSettings(Optional<Locale> language, Set<String> disabledPlugins) {
    static final String FILE_NAME = "baocao.properties";
    private static final List<String> KEYS = List.of("language", "disabledPlugins");

    static final InstallationSettings NONE = new InstallationSettings(Optional.empty(), Set.of());

    /** A line of the settings file that cannot be taken, with its place. */
    static final class Invalid extends Exception {
        private static final long serialVersionUID = 1L;
        final String key;
        final Object[] arguments;

        Invalid(String key, Object... arguments) {
            super(key, null, false, false);
            this.key = key;
            this.arguments = arguments;
        }
    }

    /** The settings of the configuration folder, if it has a settings file. */
    static InstallationSettings read(Optional<Path> confDir) throws Invalid {
        Path file = confDir.map(d -> d.resolve(FILE_NAME)).filter(Files::isRegularFile).orElse(null);
        if (file == null) {
            return NONE;
        }
        List<String> lines;
        try {
            lines = Files.readAllLines(file, StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new Invalid("settings.unreadable", file, String.valueOf(e.getMessage()));
        }
        Optional<Locale> language = Optional.empty();
        Set<String> disabled = Set.of();
        for (int i = 0; i < lines.size(); i++) {
            String line = lines.get(i).strip();
            if (line.isEmpty() || line.startsWith("#")) continue;
            int eq = line.indexOf('=');
            String key = eq < 0 ? line : line.substring(0, eq).strip();
            String value = eq < 0 ? "" : line.substring(eq + 1).strip();
            String where = file + ":" + (i + 1);
            switch (key) {
                case "language" -> language = Optional.of(Language.parse(value)
                        .orElseThrow(() -> new Invalid("settings.badLanguage", where, value)));
                case "disabledPlugins" -> disabled = Arrays.stream(value.split(",")).map(String::strip).filter(s -> !s.isEmpty())
                        .collect(Collectors.toUnmodifiableSet());
                default -> throw new Invalid("settings.unknownKey", where, key, String.join(", ", KEYS));
            }
        }
        return new InstallationSettings(language, disabled);
    }

    /** {@code --conf-dir} read before parsing (the language is needed for parsing), else the installation's {@code conf/}. */
    static Optional<Path> confDirIn(String[] args) {
        for (int i = 0; i < args.length; i++) {
            if (args[i].equals("--conf-dir") && i + 1 < args.length) return Optional.of(Path.of(args[i + 1]));
            if (args[i].startsWith("--conf-dir=")) return Optional.of(Path.of(args[i].substring("--conf-dir=".length())));
        }
        return Optional.ofNullable(System.getProperty("baocao.home")).map(h -> Path.of(h, "conf"));
    }
}
