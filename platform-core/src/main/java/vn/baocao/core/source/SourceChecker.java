package vn.baocao.core.source;

import jakarta.inject.Inject;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import vn.baocao.api.spi.Importance;
import vn.baocao.api.spi.ValidationRule;
import vn.baocao.api.spi.Violation;
import vn.baocao.core.i18n.Messages;
import vn.baocao.core.data.ValueStore;
import vn.baocao.core.plugin.Registry;
import vn.baocao.core.problem.Location;
import vn.baocao.core.problem.Problem;
import vn.baocao.core.problem.Severity;
import vn.baocao.core.read.LocationIndex;
import vn.baocao.core.read.ReadProblem;
import vn.baocao.core.read.SourceReader;
import vn.baocao.core.validation.ModelValidator;

/**
 * Checks a report source from top to bottom and returns every problem at once: reading (syntax,
 * unknown fields, wrong types, bad codes), the model's constraints, then the plugins' rules, which
 * run only on a file that is otherwise well formed.
 */
public final class SourceChecker {
    private final SourceReader reader;
    private final ModelValidator validator;
    private final Registry registry;
    private final Messages messages;
    private final SourceReferences references;
    private final DataFigures figures;
    private final ReportDefaults defaults;
    private final vn.baocao.core.assemble.ReportAssembler assembler;
    private final vn.baocao.core.data.ImportJob job;
    private final vn.baocao.core.data.DataSettings settings;

    @Inject
    public SourceChecker(SourceReader reader, ModelValidator validator, Registry registry, Messages messages,
                         SourceReferences references, vn.baocao.core.data.ImportJob job, vn.baocao.core.data.DataSettings settings,
                         ReportDefaults defaults, vn.baocao.core.assemble.ReportAssembler assembler) {
        this.defaults = defaults;
        this.assembler = assembler;
        this.reader = reader;
        this.validator = validator;
        this.registry = registry;
        this.messages = messages;
        this.references = references;
        this.figures = new DataFigures(registry, job, settings, messages);
        this.job = job;
        this.settings = settings;
    }

    /** The same checker saying its problems in other messages: a server answers each caller in their language. */
    public SourceChecker in(Messages other) {
        return new SourceChecker(reader, validator.in(other), registry, other, references, job, settings, defaults, assembler);
    }

    /** The checked source, when it is valid: what rendering starts from. */
    public record Checked(CheckResult result, java.util.Optional<ReportSource> source, java.util.Optional<ValueStore> values,
                          List<ReportSource> consolidated) {

        public Checked(CheckResult result, java.util.Optional<ReportSource> source) {
            this(result, source, java.util.Optional.empty(), List.of());
        }
    }

    public CheckResult check(Path file) {
        return checkAndRead(file).result();
    }

    public Checked checkAndRead(Path file) {
        return checkAndRead(file, true, Optional.empty());
    }

    /**
     * Checks a source whose figures come from {@code values} (the server's approved values) in the
     * place of its {@code data:} files; they were checked against the rules when they came in.
     */
    public Checked checkAndRead(Path file, ValueStore values) {
        return checkAndRead(file, true, Optional.of(values));
    }

    /** Checks a source; a summary's agencies' sources are checked too, but may not be summaries themselves. */
    private Checked checkAndRead(Path file, boolean mayConsolidate, Optional<ValueStore> given) {
        validator.prepare();
        String name = file.toString();
        SourceReader.Outcome<ReportSource> outcome = reader.read(file, ReportSource.class);
        if (outcome instanceof SourceReader.Unreadable<ReportSource> u) {
            Problem problem = new Problem(Severity.ERROR, u.reason().key(), Location.ofFile(name), u.reason().render(messages),
                    Optional.of(u.hint().render(messages)));
            return new Checked(new CheckResult(name, CheckResult.Outcome.UNREADABLE, List.of(problem)), Optional.empty());
        }
        SourceReader.Read<ReportSource> read = (SourceReader.Read<ReportSource>) outcome;
        LocationIndex index = read.index();
        List<Problem> problems = new ArrayList<>();
        List<String> replaced = new ArrayList<>();
        for (ReadProblem p : read.problems()) {
            problems.add(toProblem(name, index, p));
            if (p.severity() == Severity.ERROR) {
                replaced.add(p.pointer());
                // titel: with "did you mean title?" already says title is missing
                p.hint().filter(h -> h.key().equals("field.unknown.didYouMean") && p.pointer().contains("/"))
                        .ifPresent(h -> replaced.add(p.pointer().substring(0, p.pointer().lastIndexOf('/') + 1) + h.arguments().get(0)));
            }
        }
        // the installation's defaults fill what the source leaves out, before the source is checked
        ReportSource source = read.value().map(s -> s.withReport(defaults.applyTo(s.report()))).orElse(null);
        Optional<ValueStore> values = Optional.empty();
        List<ReportSource> consolidated = new ArrayList<>();
        if (source != null) {
            List<ModelValidator.Finding> findings = validator.validate(source, index::contains);
            for (ModelValidator.Finding f : findings) {
                if (replaced.stream().noneMatch(r -> f.pointer().equals(r) || f.pointer().startsWith(r + "/"))) {
                    problems.add(new Problem(Severity.ERROR, f.code(), locate(name, index, f.pointer()), f.message(), f.hint()));
                }
            }
            if (problems.stream().noneMatch(Problem::isError)) {
                for (SourceReferences.Finding f : references.check(source)) {
                    problems.add(new Problem(Severity.ERROR, f.code(), locate(name, index, f.pointer()), f.message().render(messages),
                            Optional.of(f.hint().render(messages))));
                }
            }
            if (problems.stream().noneMatch(Problem::isError)) {
                // the source's own figures meet the same data rules as the data files' values
                DataFigures.Typed typed = figures.typedFigures(name, source, index);
                problems.addAll(typed.problems());
                typed.store().ifPresent(store -> problems.addAll(figures.checkRules(store, locate(name, index, "/programs"),
                        at -> locate(name, index, typed.pointers().get(at.line() - 1)))));
            }
            if (problems.stream().noneMatch(Problem::isError) && given.isPresent()) {
                values = given;
                source = source.withPrograms(figures.complete(source.programs(), given.get()));
            } else if (problems.stream().noneMatch(Problem::isError) && !source.data().isEmpty()) {
                DataFigures.Loaded loaded = figures.load(file, source, pointer -> locate(name, index, pointer));
                problems.addAll(loaded.problems());
                values = loaded.store();
                if (loaded.store().isPresent()) {
                    problems.addAll(figures.checkRules(loaded.store().get(), locate(name, index, "/data"), DataFigures::inFile));
                }
                if (loaded.store().isPresent() && problems.stream().noneMatch(Problem::isError)) {
                    ReportSource asWritten = source;
                    source = source.withPrograms(figures.complete(source.programs(), loaded.store().get()));
                    problems.addAll(figures.checkTotals(name, source, asWritten, index, locate(name, index, "/data")));
                } else if (loaded.store().isPresent()) {
                    source = source.withPrograms(figures.complete(source.programs(), loaded.store().get()));
                }
            }
            if (problems.stream().noneMatch(Problem::isError) && source.consolidates().isPresent()) {
                List<String> paths = source.consolidates().get().sources();
                for (int i = 0; i < paths.size(); i++) {
                    Path agencyFile = file.toAbsolutePath().getParent().resolve(paths.get(i)).normalize();
                    Location where = locate(name, index, "/consolidates/sources/" + i);
                    if (!mayConsolidate) {
                        problems.add(new Problem(Severity.ERROR, "consolidate.nested", where, messages.get("consolidate.nested"),
                                messages.find("consolidate.nested.hint")));
                        break;
                    }
                    if (!java.nio.file.Files.isRegularFile(agencyFile)) {
                        problems.add(new Problem(Severity.ERROR, "consolidate.missing", where, messages.get("consolidate.missing", paths.get(i)),
                                messages.find("consolidate.missing.hint")));
                        continue;
                    }
                    Checked agency = checkAndRead(agencyFile, false, Optional.empty());
                    problems.addAll(agency.result().problems());
                    agency.source().ifPresent(consolidated::add);
                }
            }
            if (problems.stream().noneMatch(Problem::isError)) {
                problems.addAll(runRules(name, index, source));
            }
            if (problems.stream().noneMatch(Problem::isError)) {
                problems.addAll(silentBlocks(name, index, source, values, consolidated));
            }
        }
        problems.sort(Problem.IN_FILE_ORDER);
        boolean invalid = problems.stream().anyMatch(Problem::isError);
        CheckResult result = new CheckResult(name, invalid ? CheckResult.Outcome.INVALID : CheckResult.Outcome.VALID, problems);
        return new Checked(result, invalid ? Optional.empty() : Optional.ofNullable(source), invalid ? Optional.empty() : values,
                invalid ? List.of() : List.copyOf(consolidated));
    }

    private List<Problem> runRules(String name, LocationIndex index, ReportSource source) {
        List<Problem> problems = new ArrayList<>();
        for (Registry.Owned<ValidationRule> owned : registry.rules()) {
            ValidationRule rule = owned.item();
            try {
                for (Violation v : rule.check(source)) {
                    problems.add(new Problem(severity(rule.importance()), rule.id(), locate(name, index, v.pointer()),
                            messages.get(v.messageKey(), v.arguments().toArray()), messages.find(v.messageKey() + ".hint", v.arguments().toArray())));
                }
            } catch (RuntimeException e) {
                problems.add(new Problem(Severity.ERROR, "rule.failed", Location.ofFile(name),
                        messages.get("rule.failed", rule.id(), owned.owner().label(), java.util.Objects.toString(e.getMessage(), "—")),
                        messages.find("rule.failed.hint")));
            }
        }
        return problems;
    }

    /** A block that would write nothing is a warning; one that fails is an error, before anything is rendered. */
    private List<Problem> silentBlocks(String name, LocationIndex index, ReportSource source, Optional<ValueStore> values,
                                       List<ReportSource> consolidated) {
        List<Problem> problems = new ArrayList<>();
        for (vn.baocao.core.assemble.ReportAssembler.SilentBlock silent : assembler.silentBlocks(source, values, consolidated)) {
            if (silent.missingMessage().isPresent()) {
                String missing = silent.missingMessage().get();
                problems.add(new Problem(Severity.ERROR, "block.missingMessage", locate(name, index, silent.pointer()),
                        messages.get("block.missingMessage", silent.blockId(), missing), messages.find("block.missingMessage.hint", missing)));
                continue;
            }
            String key = silent.failed() ? "block.failed" : "block.yieldsNothing";
            problems.add(new Problem(silent.failed() ? Severity.ERROR : Severity.WARNING, key, locate(name, index, silent.pointer()),
                    messages.get(key, silent.blockId()), messages.find(key + ".hint")));
        }
        return problems;
    }

    private Problem toProblem(String name, LocationIndex index, ReadProblem p) {
        Location location = p.position()
                .map(at -> new Location(name, at.line(), at.column(), p.pointer()))
                .orElseGet(() -> locate(name, index, p.pointer()));
        return new Problem(p.severity(), p.code(), location, p.message().render(messages), p.hint().map(h -> h.render(messages)));
    }

    private static Location locate(String name, LocationIndex index, String pointer) {
        String written = writtenPointer(index, pointer);
        LocationIndex.Position at = index.locate(written);
        return new Location(name, at.line(), at.column(), written);
    }

    /**
     * A pointer of the model as the file writes it: the model keeps an outline's sections under
     * {@code sections}, while a source writes an outline of its own as the list itself
     * ({@code outline: [- id: …]}), so {@code /outline/sections/1/heading} is {@code /outline/1/heading}.
     */
    private static String writtenPointer(LocationIndex index, String pointer) {
        String model = "/outline/sections";
        if ((pointer.equals(model) || pointer.startsWith(model + "/")) && !index.contains(model) && index.contains("/outline/0")) {
            return "/outline" + pointer.substring(model.length());
        }
        return pointer;
    }

    private static Severity severity(Importance importance) {
        return switch (importance) {
            case ERROR -> Severity.ERROR;
            case WARNING -> Severity.WARNING;
            case INFO -> Severity.INFO;
        };
    }
}
