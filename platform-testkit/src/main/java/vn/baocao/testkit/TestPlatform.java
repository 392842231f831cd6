package vn.baocao.testkit;

import static org.apiguardian.api.API.Status.EXPERIMENTAL;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.apiguardian.api.API;
import vn.baocao.api.indicator.DerivedIndicator;
import vn.baocao.api.indicator.Indicator;
import vn.baocao.api.program.ProgramType;
import vn.baocao.api.rule.DataRule;
import vn.baocao.api.spi.BlockContent;
import vn.baocao.api.spi.ProgramTypeProvider;
import vn.baocao.api.spi.ReportBlock;
import vn.baocao.api.spi.RuleSubject;
import vn.baocao.api.spi.ValidationRule;
import vn.baocao.api.spi.Violation;
import vn.baocao.api.version.Version;
import vn.baocao.core.Platform;
import vn.baocao.core.PlatformOptions;
import vn.baocao.core.assemble.ReportAssembler;
import vn.baocao.core.data.ImportJob;
import vn.baocao.core.data.ImportOptions;
import vn.baocao.core.data.ImportResult;
import vn.baocao.core.data.RuleEngine;
import vn.baocao.core.data.RuleSets;
import vn.baocao.core.data.ValueStore;
import vn.baocao.core.i18n.Language;
import vn.baocao.core.i18n.MessageRef;
import vn.baocao.core.i18n.Messages;
import vn.baocao.core.plugin.LoadedPlugin;
import vn.baocao.core.plugin.PluginRecord;
import vn.baocao.core.plugin.PluginStatus;
import vn.baocao.core.plugin.Registry;
import vn.baocao.core.source.BlockOptions;

/**
 * One plugin loaded into the real platform, in memory, as JUnit's EngineTestKit drives the real
 * launcher: the same loader and acceptance check as a distribution (its platform range, ids unique
 * against the platform's own, records valid, formulas and rules compiled, bundles in both languages
 * with keys of its own), the same validator messages, the same data-rule engine and the same block
 * context. What loads here loads in a distribution, and what a distribution refuses is refused here
 * with the same reason ({@link Refused}).
 *
 * <pre>{@code
 * TestPlatform platform = TestPlatform.load(new MyPlugin());
 * assertThat(platform.validate(subject)).extracting(TestPlatform.Finding::message).containsExactly("…");
 * assertThat(platform.checkValues("indicator,unit,period,value\nMY_A,21028,2026-01,5\n")).isEmpty();
 * assertThat(platform.render("my-plugin.summary", subject)).containsExactly("…");
 * }</pre>
 */
@API(status = EXPERIMENTAL, since = "0.1")
public final class TestPlatform {

    /** What a rule found, with the message in both languages as the platform would show it. */
    @API(status = EXPERIMENTAL, since = "0.1")
    public record Finding(String ruleId, String pointer, String messageKey, String message, String englishMessage) {}

    /** What a data rule found in the values: where, when, and its message in both languages. */
    @API(status = EXPERIMENTAL, since = "0.2")
    public record DataFinding(String ruleId, String unit, String period, Optional<String> category, String message,
                              String englishMessage) {}

    /**
     * The platform refused the plugin: the reason and the fix it would print, in both languages, and
     * the key of the reason ({@code plugin.notOpen.bundle}) for tests that compare outcomes.
     */
    @API(status = EXPERIMENTAL, since = "0.2")
    public static final class Refused extends AssertionError {
        private static final long serialVersionUID = 1L;
        private final String status;
        private final String reasonKey;

        Refused(String status, String reasonKey, String text) {
            super(text);
            this.status = status;
            this.reasonKey = reasonKey;
        }

        /** The same refusal with each line of the settings file written for the test named by its setting(..) call. */
        Refused citing(Path file, List<String> calls) {
            String text = getMessage();
            for (int n = calls.size(); n >= 1; n--) {
                text = text.replace(file + ":" + n, calls.get(n - 1));
            }
            Refused refused = new Refused(status, reasonKey, text.replace(file.toString(), "setting(..)"));
            if (getCause() != null) {
                refused.initCause(getCause());
            }
            return refused;
        }

        /** FAILED, CONFLICT or INCOMPATIBLE, as {@code baocao plugins} lists it. */
        public String status() {
            return status;
        }

        public String reasonKey() {
            return reasonKey;
        }
    }

    private final Platform platform;
    private final LoadedPlugin plugin;
    private final Messages vietnamese;
    private final Messages english;

    private TestPlatform(Platform platform, LoadedPlugin plugin) {
        this.platform = platform;
        this.plugin = plugin;
        this.vietnamese = platform.messagesIn(Language.VIETNAMESE);
        this.english = platform.messagesIn(Language.ENGLISH);
    }

    /** Loads a plugin as the platform of this build does, its settings at their defaults. */
    public static TestPlatform load(ProgramTypeProvider provider) {
        return loading(provider).load();
    }

    /** Loads a plugin into a platform that takes itself for another version, to test the plugin's range. */
    public static TestPlatform load(ProgramTypeProvider provider, Version platformVersion) {
        return loading(provider).asPlatformVersion(platformVersion).load();
    }

    /** Starts loading a plugin with settings or another platform version. */
    @API(status = EXPERIMENTAL, since = "0.2")
    public static Loading loading(ProgramTypeProvider provider) {
        return new Loading(provider);
    }

    /**
     * Loads a built plugin jar (or a folder of a plugin jar and its libraries) exactly as a
     * distribution loads its {@code plugins/} folder: in a module layer of its own.
     */
    @API(status = EXPERIMENTAL, since = "0.2")
    public static TestPlatform loadJar(Path jarOrFolder) {
        Path folder = temporaryFolder("plugins");
        Path entry = folder.resolve(jarOrFolder.getFileName());
        try {
            if (Files.isDirectory(jarOrFolder)) {
                Files.createDirectories(entry);
                try (var files = Files.list(jarOrFolder)) {
                    for (Path file : files.toList()) {
                        Files.copy(file, entry.resolve(file.getFileName()));
                    }
                }
            } else {
                Files.copy(jarOrFolder, entry);
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        Platform platform = Platform.start(PlatformOptions.defaults().withOnly(List.of()).withPluginsFolder(folder));
        PluginRecord row = platform.pluginReport().stream().filter(r -> r.location().startsWith(entry.toString()))
                .findFirst().orElseThrow(() -> new AssertionError("no plugin found in " + jarOrFolder));
        return accepted(platform, row);
    }

    /** Settings and a platform version for one load. */
    @API(status = EXPERIMENTAL, since = "0.2")
    public static final class Loading {
        private final ProgramTypeProvider provider;
        private final Map<String, String> settings = new LinkedHashMap<>();
        private Version version = Platform.version();

        private Loading(ProgramTypeProvider provider) {
            this.provider = provider;
        }

        /** A setting as an installation writes it in {@code conf/plugins/<plugin-id>.properties}. */
        public Loading setting(String key, String value) {
            settings.put(key, value);
            return this;
        }

        public Loading asPlatformVersion(Version platformVersion) {
            this.version = platformVersion;
            return this;
        }

        /** @throws Refused if the platform refuses the plugin */
        public TestPlatform load() {
            PlatformOptions options = PlatformOptions.defaults().withOnly(List.of(provider));
            Path file = null;
            if (!settings.isEmpty()) {
                Path conf = temporaryFolder("plugin-settings");
                file = conf.resolve(provider.descriptor().id() + ".properties");
                StringBuilder lines = new StringBuilder();
                settings.forEach((k, v) -> lines.append(k).append(" = ").append(v).append('\n'));
                try {
                    Files.writeString(file, lines, StandardCharsets.UTF_8);
                } catch (IOException e) {
                    throw new UncheckedIOException(e);
                }
                options = options.withPluginSettings(conf);
            }
            Platform platform = Platform.startAs(version, options);
            String id = provider.descriptor().id();
            PluginRecord row = platform.pluginReport().stream().filter(r -> r.id().equals(id)).findFirst()
                    .orElseThrow(() -> new AssertionError("the platform did not see the plugin " + id));
            try {
                return accepted(platform, row);
            } catch (Refused refused) {
                throw file == null ? refused : refused.citing(file, callsOf(settings));
            }
        }

        /** The setting(..) call behind each line of the settings file, in order. */
        private static List<String> callsOf(Map<String, String> settings) {
            return settings.entrySet().stream().map(e -> "setting(\"" + e.getKey() + "\", \"" + e.getValue() + "\")").toList();
        }
    }

    private static TestPlatform accepted(Platform platform, PluginRecord row) {
        if (row.status() != PluginStatus.LOADED) {
            Messages en = platform.messagesIn(Language.ENGLISH);
            Messages vi = platform.messagesIn(Language.VIETNAMESE);
            // A failure while registering is chained, so the test shows the plugin's own line; the
            // distribution's hint (run again with --debug) does not apply here.
            Optional<MessageRef> hint = row.failure().isPresent() ? Optional.empty() : row.hint();
            String text = "the platform refuses the plugin " + row.id() + " (" + row.status() + "): "
                    + row.reason().map(r -> r.render(en)).orElse("") + hint.map(h -> " — " + h.render(en)).orElse("")
                    + "\n" + row.reason().map(r -> r.render(vi)).orElse("") + hint.map(h -> " — " + h.render(vi)).orElse("");
            Refused refused = new Refused(row.status().name(), row.reason().map(MessageRef::key).orElse(""), text);
            row.failure().ifPresent(refused::initCause);
            throw refused;
        }
        LoadedPlugin plugin = platform.registry().plugins().stream().filter(p -> p.descriptor().id().equals(row.id()))
                .findFirst().orElseThrow();
        return new TestPlatform(platform, plugin);
    }

    private static Path temporaryFolder(String prefix) {
        try {
            Path folder = Files.createTempDirectory("baocao-testkit-" + prefix);
            folder.toFile().deleteOnExit();
            return folder;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** The version of the platform of this build. */
    public static Version version() {
        return Platform.version();
    }

    public List<Indicator> indicators() {
        return platform.registry().indicators().stream().filter(i -> ownsIndicator(i.code())).toList();
    }

    /** The indicators computed by formula the plugin contributes. */
    @API(status = EXPERIMENTAL, since = "0.2")
    public List<DerivedIndicator> derivedIndicators() {
        return platform.registry().derivedIndicators();
    }

    public List<ProgramType> programTypes() {
        return platform.registry().programTypes();
    }

    public List<String> ruleIds() {
        return platform.registry().rules().stream().filter(r -> r.owner().equals(plugin)).map(r -> r.item().id()).toList();
    }

    public List<String> blockIds() {
        return platform.registry().blocks().stream().filter(b -> b.owner().equals(plugin)).map(b -> b.item().id()).toList();
    }

    /** The rules over indicator values, as the platform checks them on import and render. */
    public List<DataRule> dataRules() {
        return platform.registry().dataRules();
    }

    /** The value of one of the plugin's settings in force: the one given to {@link Loading#setting}, or the default. */
    @API(status = EXPERIMENTAL, since = "0.2")
    public Object setting(String key) {
        return plugin.settings().stream().filter(s -> s.key().equals(key)).findFirst().map(plugin::valueOf)
                .orElseThrow(() -> new IllegalArgumentException("the plugin declares no setting " + key));
    }

    /**
     * Runs every rule of the plugin on a source. A violation whose message key is missing from the
     * Vietnamese or English bundle fails, as it would show a bare key to a user.
     */
    public List<Finding> validate(RuleSubject subject) {
        List<Finding> findings = new ArrayList<>();
        for (Registry.Owned<ValidationRule> owned : platform.registry().rules()) {
            for (Violation violation : owned.item().check(subject)) {
                Object[] arguments = violation.arguments().toArray();
                findings.add(new Finding(owned.item().id(), violation.pointer(), violation.messageKey(),
                        message(vietnamese, "Vietnamese", violation.messageKey(), arguments),
                        message(english, "English", violation.messageKey(), arguments)));
            }
        }
        return findings;
    }

    /**
     * Imports values as {@code baocao import} reads a CSV file ({@code indicator,unit,period,value}
     * and a column per disaggregation, units by their official code) and checks the plugin's data
     * rules on them, as an import does.
     *
     * @throws AssertionError if the values themselves are refused, with each problem's line
     */
    @API(status = EXPERIMENTAL, since = "0.2")
    public List<DataFinding> checkValues(String csv) {
        ImportJob job = platform.service(ImportJob.class);
        ValueStore store = job.newStore();
        ImportResult imported;
        try {
            imported = job.importCsv(store, new ByteArrayInputStream(csv.getBytes(StandardCharsets.UTF_8)), "values.csv",
                    ImportOptions.defaults().allowingTotals());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        if (!imported.stored()) {
            List<String> problems = imported.problems().stream().map(p -> p.line() + ": " + p.message().render(english)).toList();
            throw new AssertionError("the values are refused:\n" + String.join("\n", problems));
        }
        RuleSets.Checked checked = job.check(store, job.rules(store, List.of()));
        List<DataFinding> findings = new ArrayList<>();
        for (RuleEngine.Violation v : checked.violations()) {
            findings.add(new DataFinding(v.rule().id(), v.unitCode(), v.period(), v.category(), v.message(vietnamese), v.message(english)));
        }
        return findings;
    }

    /**
     * The content a block writes for a source, in Vietnamese; options are checked as a report source's are.
     *
     * @throws IllegalStateException if the block asks for a message key no bundle has
     */
    public List<BlockContent> compute(String blockId, RuleSubject subject, Map<String, String> options) {
        ReportBlock block = platform.registry().blocks().stream().filter(b -> b.owner().equals(plugin)).map(Registry.Owned::item)
                .filter(b -> b.id().equals(blockId)).findFirst()
                .orElseThrow(() -> new IllegalArgumentException("plugin " + plugin.descriptor().id() + " has no block " + blockId
                        + "; it has " + blockIds()));
        List<String> wrong = platform.service(BlockOptions.class).check(block, options, "").stream()
                .map(f -> f.message().render(english)).toList();
        if (!wrong.isEmpty()) {
            throw new IllegalArgumentException("the options of " + blockId + " are refused: " + String.join("; ", wrong));
        }
        return platform.service(ReportAssembler.class).compute(blockId, subject, options);
    }

    /**
     * The text of each paragraph and list item a block writes, emphasis left out. It is Vietnamese, the
     * language of every document (a user's language changes messages, never the document); the English
     * texts of the same keys are checked present when the plugin loads. A key in neither bundle fails.
     */
    public List<String> render(String blockId, RuleSubject subject, Map<String, String> options) {
        List<String> texts = new ArrayList<>();
        for (BlockContent content : compute(blockId, subject, options)) {
            if (content instanceof BlockContent.Paragraph paragraph) {
                texts.add(paragraph.text());
            } else if (content instanceof BlockContent.BulletList list) {
                list.items().forEach(item -> texts.add("- " + item.text()));
            } else if (content instanceof BlockContent.Table table) {
                texts.add(String.join(" | ", table.header()));
                table.rows().forEach(row -> texts.add(String.join(" | ", row)));
            } else if (content instanceof BlockContent.Chart chart) {
                texts.add(chart.title());
                for (int c = 0; c < chart.categories().size(); c++) {
                    int at = c;
                    texts.add(chart.categories().get(c) + " | " + String.join(" | ", chart.series().stream()
                            .map(s -> s.values().get(at) == null ? "—" : s.values().get(at).toPlainString()).toList()));
                }
            }
        }
        return texts;
    }

    public List<String> render(String blockId, RuleSubject subject) {
        return render(blockId, subject, Map.of());
    }

    private boolean ownsIndicator(String code) {
        return platform.registry().indicatorOwner(code).map(plugin::equals).orElse(false);
    }

    private static String message(Messages messages, String language, String key, Object... arguments) {
        return messages.find(key, arguments).orElseThrow(() -> new IllegalStateException("message " + key
                + " is missing from the " + language + " bundle of the plugin"));
    }
}
