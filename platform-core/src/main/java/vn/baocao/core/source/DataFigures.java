package vn.baocao.core.source;

import java.io.IOException;
import java.math.BigDecimal;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import vn.baocao.api.indicator.Disaggregation;
import vn.baocao.api.indicator.Indicator;
import vn.baocao.api.period.Period;
import vn.baocao.api.program.Program;
import vn.baocao.api.program.ProgramResult;
import vn.baocao.api.program.ProgramType;
import vn.baocao.core.data.DataProblem;
import vn.baocao.core.data.DataSettings;
import vn.baocao.core.data.ImportJob;
import vn.baocao.core.data.ImportOptions;
import vn.baocao.core.data.RuleEngine;
import vn.baocao.core.data.RuleSets;
import vn.baocao.core.data.Totals;
import vn.baocao.core.data.ValueSink;
import vn.baocao.core.data.ValueStore;
import vn.baocao.core.i18n.MessageRef;
import vn.baocao.core.i18n.Messages;
import vn.baocao.core.plugin.Registry;
import vn.baocao.core.problem.Location;
import vn.baocao.core.problem.Problem;
import vn.baocao.core.problem.Severity;
import vn.baocao.core.read.LocationIndex;
import vn.baocao.core.read.ReadProblem;

/**
 * The figures of a report source: the data files it names, imported by the same {@link ImportJob}
 * as {@code baocao import}, and the figures it gives itself; the data rules (the plugins' and the
 * installation's) checked on both, every violation placed at the value in its file; then the data's
 * totals by year for each program's area, by category as well, filling what the source does not give.
 */
final class DataFigures {
    private final Registry registry;
    private final ImportJob job;
    private final DataSettings settings;
    private final Messages messages;

    DataFigures(Registry registry, ImportJob job, DataSettings settings, Messages messages) {
        this.registry = registry;
        this.job = job;
        this.settings = settings;
        this.messages = messages;
    }

    record Loaded(Optional<ValueStore> store, List<Problem> problems) {}

    /**
     * The source's own figures as a store, and where each is: a value's provenance line in this store
     * is its number in {@code pointers}, so that a violation points at the figure's {@code value}.
     */
    record Typed(Optional<ValueStore> store, List<Problem> problems, List<String> pointers) {}

    /** Imports the files; a file that is missing, outside the source's folder, or wrong is reported where the source names it. */
    Loaded load(Path sourceFile, ReportSource source, java.util.function.Function<String, Location> locate) {
        List<Problem> problems = new ArrayList<>();
        if (source.data().isEmpty()) return new Loaded(Optional.empty(), problems);
        ValueStore store = job.newStore();
        Path folder = sourceFile.toAbsolutePath().getParent();
        // the source's own declaration before the installation's: a value file's own declaration still comes first
        ImportOptions options = ImportOptions.defaults().withNumberStyle(source.numberStyle().orElse(settings.numberStyle()));
        for (int i = 0; i < source.data().size(); i++) {
            String name = source.data().get(i);
            Location where = locate.apply("/data/" + i);
            Confined file = confine(folder, name);
            if (file.refusal().isPresent()) {
                problems.add(new Problem(Severity.ERROR, file.refusal().get().key(), where, file.refusal().get().render(messages),
                        Optional.of(messages.get(file.refusal().get().key() + ".hint"))));
                continue;
            }
            ImportJob.FileResult result = job.importFile(store, file.path().get(), shown(sourceFile, folder, file.path().get()), options);
            if (result.unreadable().isPresent()) {
                problems.add(new Problem(Severity.ERROR, "data.fileUnreadable", where,
                        messages.get("data.fileUnreadable") + " " + result.unreadable().get().render(messages),
                        result.hint().map(h -> h.render(messages))));
                continue;
            }
            for (DataProblem p : result.imported().get().problems()) {
                problems.add(toProblem(result.file(), p));
            }
            long unlisted = result.imported().get().unlisted();
            if (unlisted > 0) {
                problems.add(new Problem(Severity.ERROR, "import.unlisted", where, messages.get("import.unlisted", unlisted), Optional.empty()));
            }
        }
        return new Loaded(problems.isEmpty() ? Optional.of(store) : Optional.empty(), problems);
    }

    /** A data file as the user would write it: beside the source as the source was named, or where the installation keeps data. */
    private static String shown(Path sourceFile, Path folder, Path file) {
        if (!file.startsWith(folder)) return file.toString();
        Path relative = folder.relativize(file);
        Path given = sourceFile.getParent();
        return (given == null ? relative : given.resolve(relative)).toString();
    }

    private Problem toProblem(String file, DataProblem p) {
        String pointer = p.pointer().orElse(p.cell().orElse(""));
        return new Problem(Severity.ERROR, p.code(), new Location(file, Math.max(p.line(), 1), Math.max(p.column(), 1), pointer),
                p.message().render(messages), Optional.of(p.hint().render(messages)));
    }

    /** Where a value of a data file is: its file and line. */
    static Location inFile(RuleEngine.ValuePlace at) {
        // a spreadsheet's value is placed at its cell, which the problem shows where a pointer goes
        return new Location(at.file(), Math.max(1, at.line()), 1, at.cell().orElse(""));
    }

    /** A data file's path once it is known to lie where a source may read, or why not. */
    record Confined(Optional<Path> path, Optional<MessageRef> refusal) {
        static Confined refused(String key, String name) {
            return new Confined(Optional.empty(), Optional.of(MessageRef.of(key, name)));
        }
    }

    /**
     * Resolves a {@code data:} entry within the source's folder (or the installation's data folder):
     * an absolute path, a {@code ..}, a link that leads out, or something that is not a plain file (a
     * device, a folder) is refused before anything is read from it.
     */
    Confined confine(Path folder, String name) {
        String normalised = name.replace('\\', '/');
        if (normalised.startsWith("/") || normalised.matches("^[A-Za-z]:.*") || Path.of(name).isAbsolute()) {
            return Confined.refused("data.outside.absolute", name);
        }
        for (String segment : normalised.split("/")) {
            if (segment.equals("..")) return Confined.refused("data.outside.parent", name);
        }
        List<Path> roots = new ArrayList<>(List.of(folder));
        settings.dataFolder().ifPresent(roots::add);
        for (Path root : roots) {
            Path candidate = root.resolve(normalised).normalize();
            if (!Files.exists(candidate, LinkOption.NOFOLLOW_LINKS)) continue;
            try {
                Path real = candidate.toRealPath();
                if (!real.startsWith(root.toRealPath())) return Confined.refused("data.outside.link", name);
                if (!Files.isRegularFile(real)) return Confined.refused("data.notAFile", name);
                return new Confined(Optional.of(candidate), Optional.empty());
            } catch (IOException e) {
                return Confined.refused("data.fileMissing", name);
            }
        }
        return Confined.refused("data.fileMissing", name);
    }

    /**
     * The figures a report source gives itself, as values of its programs' areas, so that the same
     * data rules check them as check data files; each placed at its {@code value} in the source.
     */
    Typed typedFigures(String file, ReportSource source, LocationIndex index) {
        ValueStore store = job.newStore();
        ValueSink sink = job.sink(store, file, ImportOptions.defaults().allowingTotals());
        List<String> pointers = new ArrayList<>();
        FigureRow row = new FigureRow(file, index, pointers);
        for (int p = 0; p < source.programs().size(); p++) {
            Program program = source.programs().get(p);
            if (program.programType().flatMap(registry::programType).isEmpty()) continue;
            for (int r = 0; r < program.results().size(); r++) {
                row.set(p, r, program, program.results().get(r), sink);
                sink.row(row);
            }
        }
        List<Problem> problems = new ArrayList<>();
        sink.finish().problems().forEach(d -> problems.add(toProblem(file, d)));
        return new Typed(problems.isEmpty() ? Optional.of(store) : Optional.empty(), problems, pointers);
    }

    /**
     * The data rules over the figures that reach the report: the programs' yearly totals the data
     * files gave, once {@link #complete} has added them. Each unit's values met the rules already;
     * figures entered under units of different levels (spending under a district, households under
     * its communes) meet only here, as the average the report prints. The source's own figures were
     * checked where they are written and are not said again.
     */
    List<Problem> checkTotals(String file, ReportSource completed, ReportSource given, LocationIndex index, Location data) {
        Typed typed = typedFigures(file, completed, index);
        if (typed.store().isEmpty()) return typed.problems();
        java.util.function.Predicate<RuleEngine.ValuePlace> fromData = at -> {
            String[] pointer = typed.pointers().get(at.line() - 1).split("/");
            int program = Integer.parseInt(pointer[2]);
            return Integer.parseInt(pointer[4]) >= given.programs().get(program).results().size();
        };
        return checkRules(typed.store().get(), data, at -> data, fromData,
                place -> messages.get("rules.onTotals", place));
    }

    /** The data rules over a store's values, each violation at the value it concerns. */
    List<Problem> checkRules(ValueStore store, Location fallback, java.util.function.Function<RuleEngine.ValuePlace, Location> placeOf) {
        return checkRules(store, fallback, placeOf, at -> true, place -> place);
    }

    private List<Problem> checkRules(ValueStore store, Location fallback, java.util.function.Function<RuleEngine.ValuePlace, Location> placeOf,
            java.util.function.Predicate<RuleEngine.ValuePlace> concerned, java.util.function.UnaryOperator<String> placeSaid) {
        RuleSets.Loaded rules = job.rules(store, List.of());
        List<Problem> problems = new ArrayList<>();
        for (RuleSets.FileProblems f : rules.files()) {
            f.unreadable().ifPresent(u -> problems.add(new Problem(Severity.ERROR, "rules.unreadable", Location.ofFile(f.file().toString()),
                    messages.get("rules.unreadable", u.render(messages)), Optional.empty())));
            for (ReadProblem p : f.problems()) {
                LocationIndex.Position at = p.position().orElse(new LocationIndex.Position(1, 1));
                problems.add(new Problem(p.severity(), p.code(), new Location(f.file().toString(), at.line(), at.column(), p.pointer()),
                        p.message().render(messages), p.hint().map(h -> h.render(messages))));
            }
        }
        if (rules.hasErrors()) return problems;
        RuleSets.Checked checked = job.check(store, rules);
        for (RuleEngine.Violation v : checked.violations()) {
            if (v.at().isPresent() && !concerned.test(v.at().get())) continue;
            Location where = v.at().map(placeOf).orElse(fallback);
            problems.add(new Problem(severity(v.rule().importance()), v.rule().id(), where,
                    placeSaid.apply(v.place()) + ": " + v.message(messages) + " [" + v.rule().id() + "]", Optional.empty()));
        }
        for (RuleEngine.Unevaluable u : checked.unevaluable()) {
            if (u.at().isPresent() && !concerned.test(u.at().get())) continue;
            Location where = u.at().map(placeOf).orElse(fallback);
            problems.add(new Problem(Severity.WARNING, "rules.unevaluable", where,
                    messages.get("rules.unevaluable", u.place(), u.rule().id(), messages.get("rules.side." + u.side())), Optional.empty()));
        }
        return problems;
    }

    private static Severity severity(vn.baocao.api.spi.Importance importance) {
        return switch (importance) {
            case ERROR -> Severity.ERROR;
            case WARNING -> Severity.WARNING;
            case INFO -> Severity.INFO;
        };
    }

    /**
     * The programs with the data's yearly figures for their area added where the source gives none:
     * by category where the data has categories (so a sentence can say how many were women), as a
     * total otherwise.
     */
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
                for (String code : type.get().indicatorCodes()) {
                    if (given.contains(code + "@" + year)) continue;
                    Optional<Indicator> indicator = registry.indicator(code);
                    if (indicator.isEmpty()) continue;
                    List<Disaggregation> parts = indicator.get().disaggregations();
                    int y = year;
                    if (parts.isEmpty()) {
                        totals.total(code, 0, program.area(), year).ifPresent(t -> results.add(figure(code, y, Map.of(), t)));
                        continue;
                    }
                    for (Map.Entry<Map<String, String>, Integer> combination : combinations(parts).entrySet()) {
                        totals.total(code, combination.getValue(), program.area(), year)
                                .ifPresent(t -> results.add(figure(code, y, combination.getKey(), t)));
                    }
                }
            }
            completed.add(new Program(program.programType(), program.name(), program.agency(), program.area(), program.phase(), results));
        }
        return completed;
    }

    private static ProgramResult figure(String indicator, int year, Map<String, String> categories, BigDecimal value) {
        return new ProgramResult(indicator, new Period.Year(year), categories, value, Optional.empty());
    }

    /** Every combination of one category per disaggregation, with the number the store knows it by. */
    private static Map<Map<String, String>, Integer> combinations(List<Disaggregation> parts) {
        Map<Map<String, String>, Integer> out = new java.util.LinkedHashMap<>();
        out.put(Map.of(), 0);
        for (Disaggregation d : parts) {
            Map<Map<String, String>, Integer> next = new java.util.LinkedHashMap<>();
            for (Map.Entry<Map<String, String>, Integer> before : out.entrySet()) {
                for (int k = 0; k < d.categories().size(); k++) {
                    Map<String, String> categories = new java.util.LinkedHashMap<>(before.getKey());
                    categories.put(d.code(), d.categories().get(k).code());
                    next.put(categories, before.getValue() * 64 + k + 1);
                }
            }
            out = next;
        }
        return out;
    }

    /** A figure of the source as a row for the sink, placed at its {@code value}. */
    private static final class FigureRow extends vn.baocao.core.data.TextRow {
        private final LocationIndex index;
        private final List<String> pointers;
        private String pointer;

        FigureRow(String file, LocationIndex index, List<String> pointers) {
            this.index = index;
            this.pointers = pointers;
        }

        void set(int program, int result, Program p, ProgramResult r, ValueSink sink) {
            pointer = "/programs/" + program + "/results/" + result;
            pointers.add(pointer + "/value");
            clear();
            put(ValueSink.INDICATOR, r.indicator());
            put(ValueSink.UNIT, p.area());
            put(ValueSink.PERIOD, r.period().code());
            for (Map.Entry<String, String> c : r.categories().entrySet()) {
                int column = sink.categoryColumn(c.getKey());
                if (column >= 0) put(ValueSink.FIRST_CATEGORY + column, c.getValue());
            }
            BigDecimal v = r.value().stripTrailingZeros();
            if (v.scale() <= 18 && v.unscaledValue().bitLength() < 64) {
                BigDecimal whole = v.scale() < 0 ? v.setScale(0) : v;
                number(whole.unscaledValue().longValueExact(), whole.scale());
            } else {
                put(ValueSink.VALUE, v.toPlainString()); // the grammar says why it cannot be held
            }
        }

        @Override
        public int line() {
            return pointers.size();
        }

        @Override
        public DataProblem at(int field, String code, MessageRef message, MessageRef hint) {
            String member = switch (field) {
                case ValueSink.INDICATOR -> "/indicator";
                case ValueSink.PERIOD -> "/period";
                case ValueSink.VALUE -> "/value";
                default -> "";
            };
            String at = pointer + member;
            LocationIndex.Position position = index.locate(at);
            return new DataProblem(code, position.line(), -1, position.column(), message, hint, Optional.empty(), Optional.of(at));
        }
    }
}
