package vn.baocao.core.source;

import java.io.IOException;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.OptionalDouble;
import java.util.Set;
import vn.baocao.api.period.Period;
import vn.baocao.api.program.Program;
import vn.baocao.api.program.ProgramResult;
import vn.baocao.api.program.ProgramType;
import vn.baocao.api.service.UnitDirectory;
import vn.baocao.core.data.CsvValueImporter;
import vn.baocao.core.data.DataProblem;
import vn.baocao.core.data.ImportResult;
import vn.baocao.core.data.Totals;
import vn.baocao.core.data.ValueFiles;
import vn.baocao.core.data.ValueStore;
import vn.baocao.core.i18n.MessageRef;
import vn.baocao.core.i18n.Messages;
import vn.baocao.core.plugin.Registry;
import vn.baocao.core.problem.Location;
import vn.baocao.core.problem.Problem;
import vn.baocao.core.problem.Severity;
import vn.baocao.core.read.SourceReader;

/**
 * The data files a report source names: imported with every check of {@code baocao import}, then
 * added up for each program's area by year, so that the tables, the plugins' sentences and the
 * plugins' rules work on the figures the units sent. A figure the source gives itself is kept.
 */
final class DataFigures {
    private final Registry registry;
    private final UnitDirectory units;
    private final SourceReader reader;
    private final Messages messages;

    DataFigures(Registry registry, UnitDirectory units, SourceReader reader, Messages messages) {
        this.registry = registry;
        this.units = units;
        this.reader = reader;
        this.messages = messages;
    }

    record Loaded(Optional<ValueStore> store, List<Problem> problems) {}

    /** Imports the files; a file that is missing or has problems is reported where the source names it. */
    Loaded load(Path sourceFile, ReportSource source, java.util.function.Function<String, Location> locate) {
        List<Problem> problems = new ArrayList<>();
        if (source.data().isEmpty()) return new Loaded(Optional.empty(), problems);
        ValueStore store = new ValueStore(registry, units);
        CsvValueImporter importer = new CsvValueImporter(store);
        Path folder = sourceFile.toAbsolutePath().getParent();
        for (int i = 0; i < source.data().size(); i++) {
            String name = source.data().get(i);
            Path file = folder.resolve(name).normalize();
            Location where = locate.apply("/data/" + i);
            if (!Files.isRegularFile(file)) {
                problems.add(new Problem(Severity.ERROR, "data.fileMissing", where, messages.get("data.fileMissing", name),
                        Optional.of(messages.get("data.fileMissing.hint"))));
                continue;
            }
            try {
                ImportResult result;
                if (SourceReader.formatOf(file).isPresent()) {
                    ValueFiles.Outcome read = new ValueFiles(reader).read(file, importer);
                    if (read.result().isEmpty()) {
                        problems.add(new Problem(Severity.ERROR, "data.fileUnreadable", where, read.unreadable().get().render(messages),
                                read.hint().map(h -> h.render(messages))));
                        continue;
                    }
                    result = read.result().get();
                } else {
                    result = importer.importFile(file);
                }
                for (DataProblem p : result.problems()) {
                    problems.add(new Problem(Severity.ERROR, p.code(), new Location(file.toString(), Math.max(p.line(), 1),
                            Math.max(p.column(), 1), p.pointer().orElse("")), p.message().render(messages), Optional.of(p.hint().render(messages))));
                }
            } catch (IOException e) {
                problems.add(new Problem(Severity.ERROR, "data.fileUnreadable", where,
                        messages.get("file.unreadable", String.valueOf(e.getMessage())), Optional.empty()));
            }
        }
        return new Loaded(problems.isEmpty() ? Optional.of(store) : Optional.empty(), problems);
    }

    /**
     * The plugins' data rules over the values of the data files, each violation where the source names
     * its data (its place in the data: unit, period, category, is in the message).
     */
    List<Problem> checkRules(ValueStore store, java.util.function.Function<String, Location> locate) {
        List<vn.baocao.core.data.RuleEngine.RuleProblem> unusable = new ArrayList<>();
        List<vn.baocao.core.data.RuleEngine.Violation> violations = new vn.baocao.core.data.RuleEngine(store)
                .check(vn.baocao.core.data.RuleEngine.compile(registry.dataRules(), store, unusable));
        List<Problem> problems = new ArrayList<>();
        Location where = locate.apply("/data");
        for (vn.baocao.core.data.RuleEngine.Violation v : violations) {
            Severity severity = switch (v.rule().importance()) {
                case ERROR -> Severity.ERROR;
                case WARNING -> Severity.WARNING;
                case INFO -> Severity.INFO;
            };
            problems.add(new Problem(severity, v.rule().id(), where, v.place() + ": " + v.message(messages) + " [" + v.rule().id() + "]",
                    Optional.empty()));
        }
        return problems;
    }

    /** The programs with the yearly totals of their indicators over their area added where missing. */
    List<Program> complete(List<Program> programs, ValueStore store) {
        Totals totals = store.totalsByProvinceAndYear();
        List<Program> completed = new ArrayList<>();
        for (Program program : programs) {
            Optional<ProgramType> type = program.programType().flatMap(registry::programType);
            if (type.isEmpty()) {
                completed.add(program);
                continue;
            }
            List<ProgramResult> results = new ArrayList<>(program.results());
            Set<String> given = new HashSet<>();
            program.results().forEach(r -> given.add(r.indicator() + "@" + r.period().code()));
            for (int year = program.phase().start().getYear(); year <= program.phase().end().getYear(); year++) {
                for (String indicator : type.get().indicatorCodes()) {
                    if (given.contains(indicator + "@" + year)) continue;
                    OptionalDouble total = totals.total(indicator, program.area(), year);
                    if (total.isPresent()) {
                        results.add(new ProgramResult(indicator, new Period.Year(year), java.util.Map.of(),
                                BigDecimal.valueOf(total.getAsDouble()).setScale(6, RoundingMode.HALF_UP).stripTrailingZeros(),
                                Optional.empty()));
                    }
                }
            }
            completed.add(new Program(program.programType(), program.name(), program.agency(), program.area(), program.phase(), results));
        }
        return completed;
    }
}
