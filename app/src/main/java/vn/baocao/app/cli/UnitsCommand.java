package vn.baocao.app.cli;

import java.io.PrintWriter;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.ParentCommand;
import picocli.CommandLine.Spec;
import vn.baocao.api.service.UnitDirectory;
import vn.baocao.api.unit.AdministrativeUnit;
import vn.baocao.app.output.Json;
import vn.baocao.core.i18n.Messages;
import vn.baocao.core.units.UnitSearch;

/**
 * {@code baocao units}: the administrative units the platform knows, found by a part of the name
 * (diacritics optional) or of the code, on a day and under a unit, with what became of those that
 * ceased to exist.
 */
@Command(name = "units", mixinStandardHelpOptions = true)
public final class UnitsCommand implements Callable<Integer> {
    private static final DateTimeFormatter DAY = DateTimeFormatter.ofPattern("dd/MM/yyyy");

    @ParentCommand
    BaocaoCommand root;

    @Spec
    CommandSpec spec;

    // the words of a name need no quotes: "baocao units tra bong"
    @Parameters(arity = "0..*", paramLabel = "TEXT", descriptionKey = "units.query")
    List<String> words = List.of();

    @Option(names = "--on", paramLabel = "DATE", descriptionKey = "units.on")
    String on;

    @Option(names = "--under", paramLabel = "CODE", descriptionKey = "units.under")
    String under;

    @Option(names = "--output", paramLabel = "text|json", descriptionKey = "option.output", defaultValue = "text")
    Output output;

    @Override
    public Integer call() {
        Messages messages = root.messages();
        UnitDirectory units = root.platform().service(UnitDirectory.class);
        Optional<LocalDate> day = Optional.ofNullable(on).map(text -> day(text, messages));
        if (under != null && !units.isKnown(under)) {
            throw new UsageException(messages.get("units.unknownUnder", under), messages.get("cli.hint", messages.get("units.under.hint")));
        }
        List<AdministrativeUnit> found = new UnitSearch(units).find(Optional.of(String.join(" ", words)), day, Optional.ofNullable(under)).stream()
                .sorted(Comparator.comparing(AdministrativeUnit::code).thenComparing(u -> u.validity().from()))
                .toList();
        PrintWriter out = spec.commandLine().getOut();
        if (output == Output.JSON) {
            out.println(Json.units(found, units));
            return ExitCodes.OK;
        }
        if (found.isEmpty()) {
            out.println(messages.get("units.none"));
            return ExitCodes.OK;
        }
        Table table = new Table(messages.get("units.column.code"), messages.get("units.column.name"), messages.get("units.column.level"),
                messages.get("units.column.parent"), messages.get("units.column.validity"), messages.get("units.column.successors"));
        for (AdministrativeUnit u : found) {
            table.row(u.code(), u.name(), messages.get("units.level." + u.level().name()), parent(u, units),
                    validity(u, messages), successors(u, units));
        }
        table.print(out);
        out.println();
        out.println(messages.get("units.summary", found.size()));
        return ExitCodes.OK;
    }

    private static LocalDate day(String text, Messages messages) {
        try {
            return LocalDate.parse(text.strip());
        } catch (DateTimeParseException e) {
            throw new UsageException(messages.get("units.badDate", text), messages.get("cli.hint", messages.get("units.badDate.hint")));
        }
    }

    private static String parent(AdministrativeUnit unit, UnitDirectory units) {
        return unit.parentCode().map(code -> code + " " + units.unit(code, unit.validity().from())
                .or(() -> units.unitsWithCode(code).stream().findFirst()).map(AdministrativeUnit::name).orElse("")).orElse("—");
    }

    private static String validity(AdministrativeUnit unit, Messages messages) {
        String from = unit.validity().from().isAfter(vn.baocao.api.unit.Validity.BEGINNING) ? DAY.format(unit.validity().from()) : "…";
        return unit.validity().until().map(until -> messages.get("units.validity.between", from, DAY.format(until)))
                .orElse(messages.get("units.validity.since", from));
    }

    private static String successors(AdministrativeUnit unit, UnitDirectory units) {
        if (unit.validity().until().isEmpty()) {
            return "—";
        }
        return vn.baocao.core.units.UnitSuccessors.of(units, unit)
                .map(s -> String.join(", ", s.toCodes().stream().map(code -> code + " " + units.unit(code, s.effective())
                        .map(AdministrativeUnit::name).orElse("")).map(String::strip).toList()))
                .orElse("—");
    }
}
