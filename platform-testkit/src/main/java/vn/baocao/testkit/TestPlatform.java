package vn.baocao.testkit;

import static org.apiguardian.api.API.Status.EXPERIMENTAL;

import jakarta.validation.ConstraintValidator;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Properties;
import org.apiguardian.api.API;
import vn.baocao.api.indicator.DerivedIndicator;
import vn.baocao.api.indicator.Indicator;
import vn.baocao.api.program.ProgramType;
import vn.baocao.api.rule.DataRule;
import vn.baocao.api.spi.BlockContent;
import vn.baocao.api.spi.ProgramContext;
import vn.baocao.api.spi.ProgramTypeProvider;
import vn.baocao.api.spi.ReportBlock;
import vn.baocao.api.spi.RuleSubject;
import vn.baocao.api.spi.ValidationRule;
import vn.baocao.api.spi.Violation;
import vn.baocao.api.version.Version;

/**
 * One plugin loaded into an in-memory stand-in of the platform. Loading does what the platform does
 * before it accepts a contribution — checks the platform range, the codes and ids it adds, and that
 * its message bundles exist in Vietnamese and English — and fails the test with the reason. Then a
 * test feeds report sources ({@link TestSubject}) to the plugin's rules and blocks and asserts on the
 * messages a user would read and the text a report would hold.
 *
 * <pre>{@code
 * TestPlatform platform = TestPlatform.load(new MyPlugin());
 * assertThat(platform.validate(subject)).extracting(TestPlatform.Finding::message).containsExactly("…");
 * assertThat(platform.render("my-plugin.summary", subject)).containsExactly("…");
 * }</pre>
 */
@API(status = EXPERIMENTAL, since = "0.1")
public final class TestPlatform {
    private static final Locale VIETNAMESE = Locale.forLanguageTag("vi");

    private final ProgramTypeProvider provider;
    private final Contributions contributions;

    private TestPlatform(ProgramTypeProvider provider, Contributions contributions) {
        this.provider = provider;
        this.contributions = contributions;
    }

    /** What a rule found, with the message in both languages as the platform would show it. */
    @API(status = EXPERIMENTAL, since = "0.1")
    public record Finding(String ruleId, String pointer, String messageKey, String message, String englishMessage) {}

    /** Loads a plugin as the platform of this testkit's version would. */
    public static TestPlatform load(ProgramTypeProvider provider) {
        return load(provider, version());
    }

    /** Loads a plugin into a platform of another version, to test the plugin's range. */
    public static TestPlatform load(ProgramTypeProvider provider, Version platformVersion) {
        if (!provider.descriptor().platformRange().admits(platformVersion)) {
            throw new IllegalStateException("plugin " + provider.descriptor().id() + " asks for platform "
                    + provider.descriptor().platformRange() + ", not " + platformVersion);
        }
        Contributions contributions = new Contributions(provider.getClass(), platformVersion);
        provider.contribute(contributions);
        return new TestPlatform(provider, contributions);
    }

    /** The platform version this testkit stands in for. */
    public static Version version() {
        try (InputStream in = TestPlatform.class.getResourceAsStream("platform.properties")) {
            Properties properties = new Properties();
            properties.load(in);
            return Version.parse(properties.getProperty("version"));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    public List<Indicator> indicators() {
        return List.copyOf(contributions.indicators.values());
    }

    public List<ProgramType> programTypes() {
        return List.copyOf(contributions.programTypes.values());
    }

    public List<String> ruleIds() {
        return List.copyOf(contributions.rules.keySet());
    }

    public List<String> blockIds() {
        return List.copyOf(contributions.blocks.keySet());
    }

    /** The rules over indicator values; the platform evaluates them on import and render. */
    public List<DataRule> dataRules() {
        return List.copyOf(contributions.dataRules);
    }

    /**
     * Runs every rule of the plugin on a source. A violation whose message key is missing from the
     * Vietnamese or English bundle fails, as it would show a bare key to a user.
     */
    public List<Finding> validate(RuleSubject subject) {
        List<Finding> findings = new ArrayList<>();
        for (ValidationRule rule : contributions.rules.values()) {
            for (Violation violation : rule.check(subject)) {
                Object[] arguments = violation.arguments().toArray();
                findings.add(new Finding(rule.id(), violation.pointer(), violation.messageKey(),
                        contributions.message(VIETNAMESE, violation.messageKey(), arguments),
                        contributions.message(Locale.ENGLISH, violation.messageKey(), arguments)));
            }
        }
        return findings;
    }

    /** The content a block writes for a source, in Vietnamese. */
    public List<BlockContent> compute(String blockId, RuleSubject subject, Map<String, String> options) {
        ReportBlock block = contributions.blocks.get(blockId);
        if (block == null) {
            throw new IllegalArgumentException("plugin " + provider.descriptor().id() + " has no block " + blockId
                    + "; it has " + blockIds());
        }
        return block.compute(new TestBlockContext(contributions.bundle(VIETNAMESE), subject, indicators(), options));
    }

    /** The text of each paragraph and list item a block writes, emphasis left out. */
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
            }
        }
        return texts;
    }

    public List<String> render(String blockId, RuleSubject subject) {
        return render(blockId, subject, Map.of());
    }

    /** Records what a plugin contributes, refusing what the platform would refuse. */
    private static final class Contributions implements ProgramContext {
        private final Class<?> owner;
        private final Version platformVersion;
        private final Map<String, Indicator> indicators = new LinkedHashMap<>();
        private final Map<String, DerivedIndicator> derived = new LinkedHashMap<>();
        private final Map<String, ProgramType> programTypes = new LinkedHashMap<>();
        private final Map<String, ValidationRule> rules = new LinkedHashMap<>();
        private final Map<String, ReportBlock> blocks = new LinkedHashMap<>();
        private final List<DataRule> dataRules = new ArrayList<>();
        private final List<String> bundles = new ArrayList<>();

        Contributions(Class<?> owner, Version platformVersion) {
            this.owner = owner;
            this.platformVersion = platformVersion;
        }

        @Override
        public Version platformVersion() {
            return platformVersion;
        }

        @Override
        public void addProgramType(ProgramType programType) {
            unique(programTypes, programType.id(), programType, "program type");
            for (String code : programType.indicatorCodes()) {
                if (!indicators.containsKey(code) && !derived.containsKey(code)) {
                    throw new IllegalStateException("program type " + programType.id() + " names indicator " + code
                            + ", which is not added before it");
                }
            }
        }

        @Override
        public void addIndicator(Indicator indicator) {
            if (derived.containsKey(indicator.code())) {
                throw new IllegalStateException("indicator " + indicator.code() + " is added twice");
            }
            unique(indicators, indicator.code(), indicator, "indicator");
        }

        @Override
        public void addDerivedIndicator(DerivedIndicator indicator) {
            if (indicators.containsKey(indicator.code())) {
                throw new IllegalStateException("indicator " + indicator.code() + " is added twice");
            }
            unique(derived, indicator.code(), indicator, "indicator");
        }

        @Override
        public void addRule(ValidationRule rule) {
            unique(rules, rule.id(), rule, "rule");
        }

        @Override
        public void addDataRule(DataRule rule) {
            dataRules.add(rule);
        }

        @Override
        public void addReportBlock(ReportBlock block) {
            unique(blocks, block.id(), block, "report block");
        }

        /** The platform builds validators with Guice; here it is enough that the class can be made. */
        @Override
        public void addConstraintValidator(Class<? extends ConstraintValidator<?, ?>> validator) {
            if (validator.getDeclaredConstructors().length == 0) {
                throw new IllegalStateException("validator " + validator.getName() + " has no constructor");
            }
        }

        @Override
        public void addMessages(String bundleBaseName) {
            for (Locale locale : List.of(VIETNAMESE, Locale.ENGLISH)) {
                String resource = PluginBundle.resource(bundleBaseName, locale);
                if (PluginBundle.read(owner, resource, locale).isEmpty()) {
                    throw new IllegalStateException("no message bundle " + resource + " in the plugin's module,"
                            + " or its package is not opened: module-info needs `opens "
                            + bundleBaseName.substring(0, Math.max(0, bundleBaseName.lastIndexOf('.')))
                            + " to vn.baocao.core;`");
                }
            }
            bundles.add(bundleBaseName);
        }

        /** All the plugin's bundles in one language, as a block sees them. */
        PluginBundle bundle(Locale locale) {
            if (bundles.isEmpty()) {
                throw new IllegalStateException("the plugin adds no message bundle (context.addMessages)");
            }
            return PluginBundle.merged(bundles.stream()
                    .map(base -> PluginBundle.read(owner, PluginBundle.resource(base, locale), locale).orElseThrow())
                    .toList(), locale);
        }

        String message(Locale locale, String key, Object... arguments) {
            return bundle(locale).format(key, arguments).orElseThrow(() -> new IllegalStateException("message " + key
                    + " is missing from the " + (locale.getLanguage().equals("en") ? "English" : "Vietnamese")
                    + " bundle " + bundles));
        }

        private static <T> void unique(Map<String, T> map, String key, T value, String what) {
            if (map.putIfAbsent(key, value) != null) {
                throw new IllegalStateException(what + " " + key + " is added twice");
            }
        }
    }
}
