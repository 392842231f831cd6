package vn.baocao.core.plugin;

import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.Reader;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Properties;
import java.util.Set;
import java.util.TreeMap;
import java.util.stream.Stream;
import vn.baocao.api.indicator.DerivedIndicator;
import vn.baocao.api.indicator.Indicator;
import vn.baocao.api.program.ProgramType;
import vn.baocao.api.rule.DataRule;
import vn.baocao.api.spi.BundleResources;
import vn.baocao.api.spi.PluginDescriptor;
import vn.baocao.core.data.RuleEngine;
import vn.baocao.core.i18n.BundleLoader;
import vn.baocao.core.i18n.Language;
import vn.baocao.core.i18n.MessageRef;
import vn.baocao.core.validation.RecordCheck;

/**
 * The one check a program plugin's contribution passes before any of it becomes visible, in a
 * distribution and in the testkit alike: ids unique across every kind and every plugin (built-in
 * blocks and the platform's message keys included), records valid against their constraints,
 * references resolved, rules and formulas compiled against the indicator catalogue, message bundles
 * present in both languages with keys of the plugin's own. The first problem refuses the plugin,
 * named with the fix.
 */
final class Acceptance {

    /** Why a contribution is refused. */
    record Refusal(PluginStatus status, MessageRef reason, MessageRef hint) {}

    /** The outcome: a refusal, or the plugin's message texts read for the registry. */
    record Verdict(Optional<Refusal> refusal, List<PluginTexts> texts) {
        static Verdict refused(PluginStatus status, MessageRef reason, MessageRef hint) {
            return new Verdict(Optional.of(new Refusal(status, reason, hint)), List.of());
        }
    }

    private static final Module CORE = Acceptance.class.getModule();

    private final Registry registry;
    private final Set<String> builtInBlocks;
    private final Set<String> platformKeys;

    Acceptance(Registry registry, Set<String> builtInBlocks, Set<String> platformKeys) {
        this.registry = registry;
        this.builtInBlocks = Set.copyOf(builtInBlocks);
        this.platformKeys = Set.copyOf(platformKeys);
    }

    Verdict check(PluginDescriptor descriptor, Class<?> providerClass, String label, Contribution c) {
        Module module = providerClass.getModule();
        Optional<String> twice = Registry.duplicateWithin(c);
        if (twice.isPresent()) {
            return Verdict.refused(PluginStatus.CONFLICT, MessageRef.of("plugin.duplicateWithin", twice.get()), MessageRef.of("plugin.duplicateWithin.hint"));
        }
        for (var block : c.blocks) {
            if (builtInBlocks.contains(block.id())) {
                return Verdict.refused(PluginStatus.CONFLICT, MessageRef.of("plugin.conflict.builtInBlock", block.id(), label),
                        MessageRef.of("plugin.ownPrefix.hint", descriptor.id() + "." + block.id()));
            }
        }
        Optional<Registry.Conflict> conflict = registry.conflictWith(c);
        if (conflict.isPresent()) {
            Registry.Conflict k = conflict.get();
            return Verdict.refused(PluginStatus.CONFLICT, MessageRef.of("plugin.conflict." + k.kind(), k.key(), label, k.owner().label()),
                    MessageRef.of("plugin.conflict.hint", descriptor.id(), k.owner().descriptor().id()));
        }
        Optional<Verdict> invalid = firstInvalidRecord(c);
        if (invalid.isPresent()) {
            return invalid.get();
        }
        Optional<Verdict> unresolved = firstUnknownIndicator(c);
        if (unresolved.isPresent()) {
            return unresolved.get();
        }
        List<Indicator> catalogue = Stream.concat(registry.indicators().stream(), c.indicators.stream()).toList();
        Optional<MessageRef> uncompiled = RuleEngine.firstUncompilable(c.dataRules, c.derived, catalogue);
        if (uncompiled.isPresent()) {
            // a rule or formula that does not compile is refused with its plugin, never dropped on the way
            return Verdict.refused(PluginStatus.FAILED, uncompiled.get(), MessageRef.of("plugin.ruleDoesNotCompile.hint"));
        }
        Optional<Verdict> undeclared = c.settingsRead.stream().filter(k -> !c.settingsDeclared.contains(k)).findFirst()
                .map(k -> Verdict.refused(PluginStatus.FAILED, MessageRef.of("plugin.settingUndeclared", k), MessageRef.of("plugin.settingUndeclared.hint")));
        if (undeclared.isPresent()) {
            return undeclared.get();
        }
        return messages(descriptor, providerClass, c);
    }

    private Optional<Verdict> firstInvalidRecord(Contribution c) {
        List<Object[]> all = new ArrayList<>();
        c.indicators.forEach(i -> all.add(new Object[] {MessageRef.of("plugin.record.indicator", i.code()), i}));
        c.derived.forEach(d -> all.add(new Object[] {MessageRef.of("plugin.record.indicator", d.code()), d}));
        c.programTypes.forEach(t -> all.add(new Object[] {MessageRef.of("plugin.record.programType", t.id()), t}));
        for (DataRule rule : c.dataRules) {
            if (rule.id() == null || !rule.id().matches("[a-z0-9][a-z0-9.-]{0,127}") || rule.message() == null || rule.operator() == null) {
                return Optional.of(Verdict.refused(PluginStatus.FAILED, MessageRef.of("plugin.invalidDataRule", String.valueOf(rule.id())),
                        MessageRef.of("plugin.invalidRecord.hint")));
            }
        }
        if (all.isEmpty()) {
            return Optional.empty();
        }
        for (Object[] entry : all) {
            Optional<RecordCheck.Problem> problem = RecordCheck.shared().firstProblem(entry[1]);
            if (problem.isPresent()) {
                return Optional.of(Verdict.refused(PluginStatus.FAILED,
                        MessageRef.of("plugin.invalidRecord", entry[0], problem.get().path(), problem.get().message()),
                        MessageRef.of("plugin.invalidRecord.hint")));
            }
        }
        return Optional.empty();
    }

    /** A program type naming an indicator that neither it nor a plugin loaded before contributes. */
    private Optional<Verdict> firstUnknownIndicator(Contribution c) {
        Set<String> known = new HashSet<>();
        registry.indicators().forEach(i -> known.add(i.code()));
        registry.derivedIndicators().forEach(d -> known.add(d.code()));
        c.indicators.forEach(i -> known.add(i.code()));
        c.derived.forEach(d -> known.add(d.code()));
        for (ProgramType type : c.programTypes) {
            for (String code : type.indicatorCodes()) {
                if (!known.contains(code)) {
                    return Optional.of(Verdict.refused(PluginStatus.FAILED, MessageRef.of("plugin.unknownIndicator", type.id(), code),
                            MessageRef.of("plugin.unknownIndicator.hint", code)));
                }
            }
        }
        return Optional.empty();
    }

    private Verdict messages(PluginDescriptor descriptor, Class<?> providerClass, Contribution c) {
        Module module = providerClass.getModule();
        List<PluginTexts> texts = new ArrayList<>();
        Set<String> ownKeys = new HashSet<>();
        for (Contribution.BundleRequest bundle : c.bundles) {
            String name = bundle.baseName();
            String pkg = name.contains(".") ? name.substring(0, name.lastIndexOf('.')) : "";
            if (bundle.resources().isEmpty() && module.isNamed() && !pkg.isEmpty() && !module.isOpen(pkg, CORE)) {
                return Verdict.refused(PluginStatus.FAILED, MessageRef.of("plugin.notOpen.bundle", module.getName(), pkg),
                        MessageRef.of("plugin.bundleResources.hint", name, "opens " + pkg + " to " + CORE.getName() + ";",
                        providerClass.getSimpleName()));
            }
            Optional<Map<String, String>> vi;
            Optional<Map<String, String>> en;
            try {
                vi = read(module, bundle, Language.VIETNAMESE);
                en = read(module, bundle, Language.ENGLISH);
            } catch (IOException | RuntimeException e) {
                return Verdict.refused(PluginStatus.FAILED, MessageRef.of("plugin.bundleUnreadable", name, String.valueOf(e.getMessage())),
                        MessageRef.of("plugin.bundleMissing.hint", name.replace('.', '/')));
            }
            if (vi.isEmpty() || en.isEmpty()) {
                return Verdict.refused(PluginStatus.FAILED, MessageRef.of("plugin.bundleMissing", name),
                        MessageRef.of("plugin.bundleMissing.hint", name.replace('.', '/')));
            }
            for (String key : new java.util.TreeSet<>(union(vi.get().keySet(), en.get().keySet()))) {
                if (!key.startsWith(descriptor.id() + ".")) {
                    return Verdict.refused(PluginStatus.FAILED, MessageRef.of("plugin.keyPrefix", key, name, descriptor.id() + "."),
                            MessageRef.of("plugin.ownPrefix.hint", descriptor.id() + "." + key));
                }
                if (!vi.get().containsKey(key) || !en.get().containsKey(key)) {
                    String file = name.replace('.', '/') + (vi.get().containsKey(key) ? "_en" : "") + ".properties";
                    return Verdict.refused(PluginStatus.FAILED, MessageRef.of("plugin.keyInOneLanguage", key, file),
                            MessageRef.of("plugin.keyInOneLanguage.hint", file));
                }
                if (platformKeys.contains(key) || !ownKeys.add(key)) {
                    return Verdict.refused(PluginStatus.CONFLICT, MessageRef.of("plugin.keyTaken", key, name),
                            MessageRef.of("plugin.keyTaken.hint"));
                }
            }
            texts.add(new PluginTexts(name, vi.get(), en.get()));
        }
        return new Verdict(Optional.empty(), texts);
    }

    private static Set<String> union(Set<String> a, Set<String> b) {
        Set<String> all = new HashSet<>(a);
        all.addAll(b);
        return all;
    }

    private static Optional<Map<String, String>> read(Module module, Contribution.BundleRequest bundle, Locale locale) throws IOException {
        if (bundle.resources().isEmpty()) {
            return BundleLoader.read(module, bundle.baseName(), locale);
        }
        BundleResources resources = bundle.resources().get();
        String name = "/" + bundle.baseName().replace('.', '/') + (Language.isEnglish(locale) ? "_en" : "") + ".properties";
        try (InputStream in = resources.open(name)) {
            if (in == null) {
                return Optional.empty();
            }
            Properties properties = new Properties();
            try (Reader reader = new InputStreamReader(in, StandardCharsets.UTF_8)) {
                properties.load(reader);
            }
            Map<String, String> texts = new TreeMap<>();
            properties.stringPropertyNames().forEach(k -> texts.put(k, properties.getProperty(k)));
            return Optional.of(texts);
        }
    }
}
