package vn.baocao.app.cli;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import vn.baocao.core.data.NumberStyle;
import java.text.Normalizer;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;
import vn.baocao.api.report.AuthorityPrefix;
import vn.baocao.api.report.Signature;
import vn.baocao.core.i18n.Language;
import vn.baocao.core.source.ReportDefaults;

/**
 * The defaults of an installation, in {@code conf/baocao.properties} (UTF-8):
 *
 * <pre>
 * # the language of messages when neither --lang nor BAOCAO_LANG says
 * language=vi
 * # plugins left out, as with --disable-plugin
 * disabledPlugins=legal-education
 * # the distribution's name, shown by --version
 * name=Baocao – Ban Dân tộc tỉnh Quảng Ngãi
 * # what a report that leaves them out gets (the source always wins)
 * report.superiorBody=UBND tỉnh Quảng Ngãi
 * report.issuingBody=Ban Dân tộc
 * report.place=Quảng Ngãi
 * report.signature.authority=KT
 * report.signature.onBehalfOf=Trưởng Ban
 * report.signature.title=Phó Trưởng Ban
 * report.signature.name=Đỗ Minh Hải
 * # how the data files write numbers: vi (51.300 and 12,5), en (51,300 and 12.5) or plain (12.5, no grouping)
 * numberStyle=vi
 * # a folder besides a report source's own from which its data: files may be read
 * dataFolder=/srv/baocao/so-lieu
 * </pre>
 *
 * A key the platform does not know is an error naming the file and line, so that a misspelt
 * setting is not silently ignored.
 */
record InstallationSettings(Optional<Locale> language, Set<String> disabledPlugins, Optional<String> name,
                            ReportDefaults reportDefaults, NumberStyle numberStyle, Optional<Path> dataFolder,
                            java.util.Properties server) {
    static final String FILE_NAME = "baocao.properties";
    private static final List<String> KEYS = List.of("language", "disabledPlugins", "name", "report.superiorBody",
            "report.issuingBody", "report.place", "report.signature.authority", "report.signature.onBehalfOf",
            "report.signature.title", "report.signature.name", "numberStyle", "dataFolder",
            "server.host", "server.port", "server.database", "server.database.user", "server.database.pool",
            "server.deadline.regime", "server.deadline.days", "server.timeZone", "server.proxies");
    /** Settings of one program: {@code server.deadline.days.child-marriage=none}. */
    private static final List<String> PROGRAM_KEYS = List.of("server.deadline.regime.", "server.deadline.days.");

    static final InstallationSettings NONE = new InstallationSettings(Optional.empty(), Set.of(), Optional.empty(),
            ReportDefaults.NONE, NumberStyle.UNDECLARED, Optional.empty(), new java.util.Properties());

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
            throw new Invalid(e instanceof java.nio.charset.CharacterCodingException ? "settings.notUtf8" : "settings.unreadable", file);
        }
        Optional<Locale> language = Optional.empty();
        Set<String> disabled = Set.of();
        NumberStyle numberStyle = NumberStyle.UNDECLARED;
        Optional<Path> dataFolder = Optional.empty();
        java.util.Properties server = new java.util.Properties();
        Map<String, String> values = new HashMap<>();
        Map<String, String> lineOf = new HashMap<>();
        for (int i = 0; i < lines.size(); i++) {
            String line = lines.get(i).strip();
            if (line.isEmpty() || line.startsWith("#")) continue;
            int eq = line.indexOf('=');
            String key = eq < 0 ? line : line.substring(0, eq).strip();
            String value = Normalizer.normalize(eq < 0 ? "" : line.substring(eq + 1).strip(), Normalizer.Form.NFC);
            String where = file + ":" + (i + 1);
            String family = PROGRAM_KEYS.stream().filter(p -> key.startsWith(p) && key.length() > p.length())
                    .map(p -> p.substring(0, p.length() - 1)).findFirst().orElse(key);
            if (!KEYS.contains(family)) {
                throw new Invalid("settings.unknownKey", where, key, String.join(", ", KEYS));
            }
            switch (family) {
                case "language" -> language = Optional.of(Language.parse(value)
                        .orElseThrow(() -> new Invalid("settings.badLanguage", where, value)));
                case "disabledPlugins" -> disabled = Arrays.stream(value.split(",")).map(String::strip).filter(s -> !s.isEmpty())
                        .collect(Collectors.toUnmodifiableSet());
                case "numberStyle" -> numberStyle = NumberStyle.parse(value)
                        .orElseThrow(() -> new Invalid("settings.badNumberStyle", where, value, NumberStyle.names()));
                case "server.port", "server.database.pool" -> {
                    int most = key.equals("server.port") ? 65535 : 1000;
                    if (!value.matches("\\d{1,5}") || Integer.parseInt(value) < 1 || Integer.parseInt(value) > most) {
                        throw new Invalid("settings.badServerNumber", where, key, value, most);
                    }
                    server.setProperty(key, value);
                }
                case "server.host", "server.database", "server.database.user" -> server.setProperty(key, value);
                case "server.proxies" -> {
                    if (!value.matches("[0-9A-Fa-f.:, ]*")) throw new Invalid("settings.badProxies", where, value);
                    server.setProperty(key, value);
                }
                case "server.deadline.regime", "server.deadline.days", "server.timeZone" -> {
                    java.util.Properties one = new java.util.Properties();
                    one.setProperty(key, value);
                    try {
                        vn.baocao.server.EntryDeadlines.of(one);
                    } catch (IllegalArgumentException e) {
                        throw new Invalid("settings.badDeadline", where, key, value);
                    }
                    server.setProperty(key, value);
                }
                case "dataFolder" -> {
                    Path folder = file.getParent().resolve(value).normalize();
                    if (!Files.isDirectory(folder)) throw new Invalid("settings.badDataFolder", where, value);
                    dataFolder = Optional.of(folder);
                }
                default -> {
                    if (!value.isEmpty()) {
                        values.put(key, value);
                        lineOf.put(key, where);
                    }
                }
            }
        }
        return new InstallationSettings(language, disabled, Optional.ofNullable(values.get("name")),
                reportDefaults(values, lineOf), numberStyle, dataFolder, server);
    }

    /** The report defaults; a signer needs both a title and a name, and a known authority prefix. */
    private static ReportDefaults reportDefaults(Map<String, String> values, Map<String, String> lineOf) throws Invalid {
        Optional<Signature> signature = Optional.empty();
        String title = values.get("report.signature.title");
        String name = values.get("report.signature.name");
        String authority = values.get("report.signature.authority");
        String onBehalfOf = values.get("report.signature.onBehalfOf");
        if (title != null || name != null || authority != null || onBehalfOf != null) {
            if (title == null || name == null) {
                String given = title != null ? "report.signature.title" : name != null ? "report.signature.name"
                        : authority != null ? "report.signature.authority" : "report.signature.onBehalfOf";
                throw new Invalid("settings.incompleteSigner", lineOf.get(given));
            }
            Optional<AuthorityPrefix> prefix = Optional.empty();
            if (authority != null) {
                try {
                    prefix = Optional.of(AuthorityPrefix.valueOf(authority.replace(".", "").toUpperCase(Locale.ROOT)));
                } catch (IllegalArgumentException e) {
                    throw new Invalid("settings.badAuthority", lineOf.get("report.signature.authority"), authority);
                }
            }
            signature = Optional.of(new Signature(prefix, Optional.ofNullable(onBehalfOf), title, name));
        }
        return new ReportDefaults(Optional.ofNullable(values.get("report.superiorBody")),
                Optional.ofNullable(values.get("report.issuingBody")), Optional.ofNullable(values.get("report.place")),
                signature);
    }

    /** {@code --conf-dir} read before parsing (the language is needed for parsing), else the installation's {@code conf/}. */
    static Optional<Path> confDirIn(String[] args) throws Invalid {
        for (int i = 0; i < args.length; i++) {
            String given = args[i].equals("--conf-dir") && i + 1 < args.length ? args[i + 1]
                    : args[i].startsWith("--conf-dir=") ? args[i].substring("--conf-dir=".length()) : null;
            if (given != null) {
                // a misspelt folder would otherwise run on no settings at all, without a word
                if (!Files.isDirectory(Path.of(given))) throw new Invalid("settings.noConfDir", given);
                return Optional.of(Path.of(given));
            }
        }
        return Optional.ofNullable(System.getProperty("baocao.home")).map(h -> Path.of(h, "conf"));
    }
}
