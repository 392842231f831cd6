package vn.baocao.app.cli;

import java.io.PrintWriter;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.stream.Collectors;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParentCommand;
import picocli.CommandLine.Spec;
import vn.baocao.api.indicator.Disaggregation;
import vn.baocao.api.indicator.Indicator;

import vn.baocao.app.output.Json;
import vn.baocao.core.i18n.Messages;
import vn.baocao.core.plugin.Registry;

/** {@code baocao indicators}: the indicator catalogue of the loaded plugins, or of one program type. */
@Command(name = "indicators", mixinStandardHelpOptions = true)
public final class IndicatorsCommand implements Callable<Integer> {

    @ParentCommand
    BaocaoCommand root;

    @Spec
    CommandSpec spec;

    @Option(names = "--program", paramLabel = "ID", descriptionKey = "option.program")
    String program;

    @Option(names = "--output", paramLabel = "text|json", descriptionKey = "option.output", defaultValue = "text")
    Output output;

    @Override
    public Integer call() {
        Registry registry = root.platform().registry();
        Messages messages = root.messages();
        List<Indicator> indicators;
        if (program != null) {
            CommandLines.programType(registry, program, messages);
            indicators = registry.indicatorsOf(program);
        } else {
            indicators = registry.indicators();
        }
        PrintWriter out = spec.commandLine().getOut();
        if (output == Output.JSON) {
            out.println(Json.indicators(indicators, registry, messages));
            return ExitCodes.OK;
        }
        Table table = new Table(messages.get("indicators.column.code"), messages.get("indicators.column.name"),
                messages.get("indicators.column.unit"), messages.get("indicators.column.type"),
                messages.get("indicators.column.aggregation"), messages.get("indicators.column.disaggregations"),
                messages.get("indicators.column.plugin"));
        for (Indicator i : indicators) {
            table.row(i.code(), i.name().in(messages.locale()), i.unitOfMeasure().in(messages.locale()),
                    messages.get("valueType." + i.valueType().name()),
                    i.aggregation().overUnits() + "/" + i.aggregation().overTime(),
                    i.disaggregations().isEmpty() ? "—" : i.disaggregations().stream().map(Disaggregation::code).collect(Collectors.joining(", ")),
                    registry.indicatorOwner(i.code()).map(p -> p.descriptor().id()).orElse("—"));
        }
        table.print(out);
        out.println();
        out.println(messages.get("indicators.summary", indicators.size()));
        printCategories(indicators, messages, out);
        // indicators computed by formula, of the program's plugin when one is chosen
        List<vn.baocao.api.indicator.DerivedIndicator> derived = registry.derivedIndicators().stream()
                .filter(d -> program == null || registry.indicatorsOf(program).stream().anyMatch(i -> d.formula().contains("#{" + i.code())))
                .toList();
        if (!derived.isEmpty()) {
            out.println();
            Table formulas = new Table(messages.get("indicators.column.code"), messages.get("indicators.column.name"),
                    messages.get("indicators.column.unit"), messages.get("indicators.column.formula"));
            derived.forEach(d -> formulas.row(d.code(), d.name().in(messages.locale()), d.unitOfMeasure().in(messages.locale()), d.formula()));
            formulas.print(out);
            out.println();
            out.println(messages.get("indicators.derivedSummary", derived.size()));
        }
        return ExitCodes.OK;
    }

    /** Each breakdown of the indicators listed, with the codes a value file or form writes for its categories. */
    private static void printCategories(List<Indicator> indicators, Messages messages, PrintWriter out) {
        List<Disaggregation> breakdowns = breakdowns(indicators);
        if (breakdowns.isEmpty()) {
            return;
        }
        out.println();
        Table categories = new Table(messages.get("indicators.column.disaggregation"), messages.get("indicators.column.disaggregationName"),
                messages.get("indicators.column.category"), messages.get("indicators.column.categoryName"));
        for (Disaggregation d : breakdowns) {
            d.categories().forEach(c -> categories.row(d.code(), d.name().in(messages.locale()), c.code(), c.name().in(messages.locale())));
        }
        categories.print(out);
        out.println();
        // the example is the first breakdown listed, with its own codes: a Tết file has no sex column
        Disaggregation first = breakdowns.get(0);
        String codes = String.join(messages.get("indicators.categoriesOr"), first.categories().stream().limit(2).map(c -> c.code()).toList());
        out.println(messages.get("indicators.categoriesSummary", breakdowns.size(), first.code().toLowerCase(java.util.Locale.ROOT), codes));
    }

    /** The breakdowns of these indicators, each once, in the order the indicators first use them. */
    static List<Disaggregation> breakdowns(List<Indicator> indicators) {
        java.util.Map<String, Disaggregation> byCode = new java.util.LinkedHashMap<>();
        indicators.forEach(i -> i.disaggregations().forEach(d -> byCode.putIfAbsent(d.code(), d)));
        return List.copyOf(byCode.values());
    }
}
