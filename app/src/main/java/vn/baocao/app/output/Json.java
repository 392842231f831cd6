package vn.baocao.app.output;

import java.util.List;
import tools.jackson.databind.SerializationFeature;
import tools.jackson.databind.json.JsonMapper;
import vn.baocao.api.indicator.Disaggregation;
import vn.baocao.api.indicator.Indicator;
import vn.baocao.core.i18n.Messages;
import vn.baocao.core.plugin.PluginRecord;
import vn.baocao.core.plugin.Registry;
import vn.baocao.core.problem.Problem;
import vn.baocao.core.problem.Severity;
import vn.baocao.core.source.CheckResult;

/** The machine-readable output of the commands ({@code --output json}). */
public final class Json {
    private static final JsonMapper MAPPER = JsonMapper.builder().enable(SerializationFeature.INDENT_OUTPUT).build();

    private Json() {}

    record ProblemJson(String severity, String code, String file, int line, int column, String pointer, String message, String hint) {}

    record FileJson(String file, String outcome, long errors, long warnings, List<ProblemJson> problems) {}

    record ValidationJson(boolean valid, List<FileJson> files) {}

    record PluginJson(String id, String version, String module, String location, String status, String reason, String hint) {}

    record IndicatorJson(String code, String name, String unit, String valueType, String aggregationOverUnits,
                         String aggregationOverTime, List<String> disaggregations, List<BreakdownJson> breakdowns, String plugin) {}

    public static String validation(List<CheckResult> results) {
        List<FileJson> files = results.stream().map(Json::file).toList();
        boolean valid = results.stream().allMatch(r -> r.outcome() == CheckResult.Outcome.VALID);
        return MAPPER.writeValueAsString(new ValidationJson(valid, files));
    }

    private static FileJson file(CheckResult r) {
        List<ProblemJson> problems = r.problems().stream().map(Json::problem).toList();
        long errors = r.problems().stream().filter(Problem::isError).count();
        long warnings = r.problems().stream().filter(p -> p.severity() == Severity.WARNING).count();
        return new FileJson(r.file(), r.outcome().name(), errors, warnings, problems);
    }

    private static ProblemJson problem(Problem p) {
        return new ProblemJson(p.severity().name(), p.code(), p.location().file(), p.location().line(), p.location().column(),
                p.location().pointer(), p.message(), p.hint().orElse(null));
    }

    record DataProblemJson(String code, String file, int line, int column, String cell, String pointer, String message, String hint) {}

    record ImportJson(String file, boolean stored, long rows, long added, long replaced, long unchanged,
                      List<DataProblemJson> problems, long unlisted) {}

    record ViolationJson(String rule, String importance, String unit, String unitName, String period, String category,
                         java.math.BigDecimal left, java.math.BigDecimal right, String file, Integer line, String cell, String message) {}

    record ImportsJson(List<ImportJson> files, List<ViolationJson> violations) {}

    public static String imports(List<vn.baocao.core.data.ImportResult> results, List<vn.baocao.core.data.RuleEngine.Violation> violations,
                                 Messages messages) {
        List<ImportJson> files = results.stream().map(r -> new ImportJson(r.file(), r.stored(), r.rows(), r.added(),
                r.replaced(), r.unchanged(), r.problems().stream().map(p -> new DataProblemJson(p.code(), r.file(), p.line(), p.column(), p.cell().orElse(null), p.pointer().orElse(null),
                        p.message().render(messages), p.hint().render(messages))).toList(), r.unlisted())).toList();
        List<ViolationJson> found = violations.stream().map(v -> new ViolationJson(v.rule().id(), v.rule().importance().name(),
                v.unitCode(), v.unitName(), v.period(), v.category().orElse(null), v.left(), v.right(),
                v.at().map(a -> a.file()).orElse(null), v.at().map(a -> a.line()).orElse(null),
                v.at().flatMap(a -> a.cell()).orElse(null), v.message(messages))).toList();
        return MAPPER.writeValueAsString(new ImportsJson(files, found));
    }

    public static String plugins(List<PluginRecord> report, Messages messages) {
        return MAPPER.writeValueAsString(report.stream().map(r -> new PluginJson(r.id(), r.version().orElse(null),
                r.module().orElse(null), r.location(), r.status().name(),
                r.reason().map(m -> m.render(messages)).orElse(null),
                r.hint().map(m -> m.render(messages)).orElse(null))).toList());
    }

    /**
     * Each setting each plugin declares: its type, default, value in force and meaning in both languages; a plugin
     * that was refused has no value in force ({@code value} null) and its status says why.
     */
    public static String pluginSettings(List<PluginRecord> report, List<vn.baocao.core.plugin.LoadedPlugin> plugins) {
        List<SettingJson> settings = new java.util.ArrayList<>();
        for (PluginRecord r : report) {
            java.util.Optional<vn.baocao.core.plugin.LoadedPlugin> plugin = plugins.stream()
                    .filter(p -> r.status() == vn.baocao.core.plugin.PluginStatus.LOADED && p.descriptor().id().equals(r.id())).findFirst();
            for (vn.baocao.api.spi.Setting<?> s : r.settings()) {
                settings.add(new SettingJson(r.id(), r.status().name(), s.key(), s.type().name(), String.valueOf(s.defaultValue()),
                        plugin.map(p -> String.valueOf(p.valueOf(s))).orElse(null), s.meaning()));
            }
        }
        return MAPPER.writeValueAsString(settings);
    }

    record SettingJson(String plugin, String status, String key, String type, String defaultValue, String value,
                       vn.baocao.api.text.LocalizedText meaning) {}

    public static String indicators(List<Indicator> indicators, Registry registry, Messages messages) {
        return MAPPER.writeValueAsString(indicators.stream().map(i -> new IndicatorJson(i.code(),
                i.name().in(messages.locale()), i.unitOfMeasure().in(messages.locale()), i.valueType().name(),
                i.aggregation().overUnits().name(), i.aggregation().overTime().name(),
                i.disaggregations().stream().map(Disaggregation::code).toList(),
                i.disaggregations().stream().map(d -> new BreakdownJson(d.code(), d.name(),
                        d.categories().stream().map(c -> new CategoryJson(c.code(), c.name())).toList())).toList(),
                registry.indicatorOwner(i.code()).map(p -> p.descriptor().id()).orElse(null))).toList());
    }

    record BreakdownJson(String code, vn.baocao.api.text.LocalizedText name, List<CategoryJson> categories) {}

    record CategoryJson(String code, vn.baocao.api.text.LocalizedText name) {}

    /** Units found, each with its validity and, once it ceased to exist, what it became. */
    public static String units(List<vn.baocao.api.unit.AdministrativeUnit> found, vn.baocao.api.service.UnitDirectory units) {
        return MAPPER.writeValueAsString(found.stream().map(u -> new UnitJson(u.code(), u.name(), u.level().name(), u.parentCode().orElse(null),
                u.validity().from().isAfter(vn.baocao.api.unit.Validity.BEGINNING) ? u.validity().from().toString() : null,
                u.validity().until().map(Object::toString).orElse(null),
                u.validity().until().isEmpty() ? null : vn.baocao.core.units.UnitSuccessors.of(units, u).map(s -> new SuccessionJson(s.toCodes(),
                        s.effective().toString(), s.legalBasis())).orElse(null))).toList());
    }

    record UnitJson(String code, String name, String level, String parent, String from, String until, SuccessionJson succession) {}

    record SuccessionJson(List<String> to, String effective, String legalBasis) {}

    /** Every block with its options; names and meanings in both languages, for tools. */
    public static String blocks(java.util.Collection<vn.baocao.api.spi.ReportBlock> blocks, java.util.Map<String, String> owners) {
        return MAPPER.writeValueAsString(blocks.stream().map(b -> new BlockJson(b.id(), b.name(), owners.get(b.id()),
                b.options().stream().map(o -> new OptionJson(o.name(), o.type().name(), o.required(), o.allowed(), o.meaning())).toList()))
                .toList());
    }

    record BlockJson(String id, vn.baocao.api.text.LocalizedText name, String plugin, List<OptionJson> options) {}

    record OptionJson(String name, String type, boolean required, List<String> allowed, vn.baocao.api.text.LocalizedText meaning) {}
}
