package vn.baocao.core.plugin;

import java.util.ArrayList;
import java.util.Collection;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import vn.baocao.api.indicator.Indicator;
import vn.baocao.api.program.ProgramType;
import vn.baocao.api.service.IndicatorCatalog;
import vn.baocao.api.spi.ReportBlock;
import vn.baocao.api.spi.ReportFormat;
import vn.baocao.api.spi.ValidationRule;

/**
 * Everything the loaded plugins contributed, each item with the plugin that owns it. Built once at
 * start-up by {@link PluginLoader}; read-only afterwards.
 */
public final class Registry implements IndicatorCatalog {

    /** A contributed item and the plugin it came from. */
    public record Owned<T>(T item, LoadedPlugin owner) {}

    private final Map<String, Owned<ProgramType>> programTypes = new LinkedHashMap<>();
    private final Map<String, Owned<Indicator>> indicators = new LinkedHashMap<>();
    private final Map<String, Owned<ValidationRule>> rules = new LinkedHashMap<>();
    private final Map<String, Owned<vn.baocao.api.rule.DataRule>> dataRules = new LinkedHashMap<>();
    private final Map<String, Owned<vn.baocao.api.indicator.DerivedIndicator>> derived = new LinkedHashMap<>();
    private final Map<String, Owned<ReportBlock>> blocks = new LinkedHashMap<>();
    private final Map<String, Owned<ReportFormat>> formats = new LinkedHashMap<>();
    private final List<Owned<PluginTexts>> texts = new ArrayList<>();
    private final List<LoadedPlugin> plugins = new ArrayList<>();

    /** The first item that is already registered under the same key, if any. */
    Optional<Conflict> conflictWith(Contribution c) {
        for (ProgramType t : c.programTypes) {
            if (programTypes.containsKey(t.id())) return Optional.of(new Conflict("programType", t.id(), programTypes.get(t.id()).owner()));
        }
        for (Indicator i : c.indicators) {
            if (indicators.containsKey(i.code())) return Optional.of(new Conflict("indicator", i.code(), indicators.get(i.code()).owner()));
        }
        for (vn.baocao.api.indicator.DerivedIndicator d : c.derived) {
            if (indicators.containsKey(d.code())) return Optional.of(new Conflict("indicator", d.code(), indicators.get(d.code()).owner()));
            if (derived.containsKey(d.code())) return Optional.of(new Conflict("indicator", d.code(), derived.get(d.code()).owner()));
        }
        for (Indicator i : c.indicators) {
            if (derived.containsKey(i.code())) return Optional.of(new Conflict("indicator", i.code(), derived.get(i.code()).owner()));
        }
        for (ValidationRule r : c.rules) {
            if (rules.containsKey(r.id())) return Optional.of(new Conflict("rule", r.id(), rules.get(r.id()).owner()));
            if (dataRules.containsKey(r.id())) return Optional.of(new Conflict("rule", r.id(), dataRules.get(r.id()).owner()));
        }
        for (vn.baocao.api.rule.DataRule r : c.dataRules) {
            if (rules.containsKey(r.id()) || dataRules.containsKey(r.id())) {
                return Optional.of(new Conflict("rule", r.id(), rules.containsKey(r.id()) ? rules.get(r.id()).owner() : dataRules.get(r.id()).owner()));
            }
        }
        for (ReportBlock b : c.blocks) {
            if (blocks.containsKey(b.id())) return Optional.of(new Conflict("block", b.id(), blocks.get(b.id()).owner()));
        }
        return Optional.empty();
    }

    /** A key that two plugins both claim. */
    record Conflict(String kind, String key, LoadedPlugin owner) {}

    /** A conflict inside one contribution: the same code registered twice by one plugin. */
    static Optional<String> duplicateWithin(Contribution c) {
        return firstDuplicate(c.programTypes.stream().map(ProgramType::id).toList())
                .or(() -> firstDuplicate(java.util.stream.Stream.concat(c.indicators.stream().map(Indicator::code),
                        c.derived.stream().map(vn.baocao.api.indicator.DerivedIndicator::code)).toList()))
                .or(() -> firstDuplicate(java.util.stream.Stream.concat(c.rules.stream().map(ValidationRule::id),
                        c.dataRules.stream().map(vn.baocao.api.rule.DataRule::id)).toList()))
                .or(() -> firstDuplicate(c.blocks.stream().map(ReportBlock::id).toList()));
    }

    private static Optional<String> firstDuplicate(List<String> keys) {
        java.util.Set<String> seen = new java.util.HashSet<>();
        return keys.stream().filter(k -> !seen.add(k)).findFirst();
    }

    void accept(LoadedPlugin plugin, Contribution c, List<PluginTexts> pluginTexts) {
        plugins.add(plugin);
        c.programTypes.forEach(t -> programTypes.put(t.id(), new Owned<>(t, plugin)));
        c.indicators.forEach(i -> indicators.put(i.code(), new Owned<>(i, plugin)));
        c.rules.forEach(r -> rules.put(r.id(), new Owned<>(r, plugin)));
        c.dataRules.forEach(r -> dataRules.put(r.id(), new Owned<>(r, plugin)));
        c.derived.forEach(d -> derived.put(d.code(), new Owned<>(d, plugin)));
        c.blocks.forEach(b -> blocks.put(b.id(), new Owned<>(b, plugin)));
        pluginTexts.forEach(t -> texts.add(new Owned<>(t, plugin)));
    }

    void acceptFormats(LoadedPlugin plugin, List<ReportFormat> contributed) {
        plugins.add(plugin);
        contributed.forEach(f -> formats.put(f.id(), new Owned<>(f, plugin)));
    }

    Optional<LoadedPlugin> formatOwner(String formatId) {
        return Optional.ofNullable(formats.get(formatId)).map(Owned::owner);
    }

    public List<LoadedPlugin> plugins() {
        return Collections.unmodifiableList(plugins);
    }

    public Optional<LoadedPlugin> indicatorOwner(String code) {
        return Optional.ofNullable(indicators.get(code)).map(Owned::owner);
    }

    public Collection<Owned<ValidationRule>> rules() {
        return Collections.unmodifiableCollection(rules.values());
    }

    /** The rules over indicator values that plugins contributed. */
    public List<vn.baocao.api.indicator.DerivedIndicator> derivedIndicators() {
        return derived.values().stream().map(Owned::item).toList();
    }

    /** The plugin that contributed a data rule. */
    public Optional<LoadedPlugin> dataRuleOwner(String id) {
        return Optional.ofNullable(dataRules.get(id)).map(Owned::owner);
    }

    public List<vn.baocao.api.rule.DataRule> dataRules() {
        return dataRules.values().stream().map(Owned::item).toList();
    }

    public Collection<Owned<ReportBlock>> blocks() {
        return Collections.unmodifiableCollection(blocks.values());
    }

    public Map<String, ReportFormat> formats() {
        Map<String, ReportFormat> byId = new LinkedHashMap<>();
        formats.forEach((id, owned) -> byId.put(id, owned.item()));
        return Collections.unmodifiableMap(byId);
    }

    /** The plugins' message bundles, read when each was accepted. */
    public List<Owned<PluginTexts>> texts() {
        return Collections.unmodifiableList(texts);
    }

    @Override
    public Optional<Indicator> indicator(String code) {
        return Optional.ofNullable(indicators.get(code)).map(Owned::item);
    }

    @Override
    public List<Indicator> indicators() {
        return indicators.values().stream().map(Owned::item).toList();
    }

    @Override
    public Optional<ProgramType> programType(String id) {
        return Optional.ofNullable(programTypes.get(id)).map(Owned::item);
    }

    @Override
    public List<ProgramType> programTypes() {
        return programTypes.values().stream().map(Owned::item).toList();
    }

    /** The indicators a program type is measured by, in the order it lists them. */
    public List<Indicator> indicatorsOf(String programTypeId) {
        return programType(programTypeId)
                .map(t -> t.indicatorCodes().stream().map(this::indicator).flatMap(Optional::stream).toList())
                .orElse(List.of());
    }
}
