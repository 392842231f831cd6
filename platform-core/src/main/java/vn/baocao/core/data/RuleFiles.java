package vn.baocao.core.data;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import vn.baocao.api.rule.DataRule;
import vn.baocao.core.i18n.MessageRef;
import vn.baocao.core.problem.Severity;
import vn.baocao.core.read.ReadProblem;
import vn.baocao.core.read.SourceReader;

/**
 * Reads rule files: every problem with its place (a missing field, an unknown operator, an
 * expression that does not compile), and the rules of a file only when the whole file is right.
 */
public final class RuleFiles {

    /** The rules read, and the problems with their positions. */
    public record Loaded(List<DataRule> rules, List<ReadProblem> problems, Optional<String> unreadable, vn.baocao.core.read.LocationIndex index) {}

    private final SourceReader reader;

    public RuleFiles(SourceReader reader) {
        this.reader = reader;
    }

    /** Reads a file and checks its rules' expressions against the store's indicators. */
    public Loaded read(Path file, ValueStore store) {
        SourceReader.Outcome<RuleFile> outcome = reader.read(file, RuleFile.class);
        if (outcome instanceof SourceReader.Unreadable<RuleFile> u) {
            return new Loaded(List.of(), List.of(), Optional.of(u.reason().key()), null);
        }
        SourceReader.Read<RuleFile> read = (SourceReader.Read<RuleFile>) outcome;
        List<ReadProblem> problems = new ArrayList<>(read.problems());
        List<String> reported = problems.stream().map(ReadProblem::pointer).toList();
        List<DataRule> rules = read.value().map(RuleFile::rules).orElse(List.of());
        for (int i = 0; i < rules.size(); i++) {
            DataRule rule = rules.get(i);
            String at = "/rules/" + i;
            if (rule == null) continue;
            int before = problems.size();
            require(rule.id(), at + "/id", "id", problems, reported);
            require(rule.left(), at + "/left", "left", problems, reported);
            require(rule.right(), at + "/right", "right", problems, reported);
            if (rule.operator() == null) missing(at + "/operator", "operator", problems, reported);
            if (rule.message() == null) missing(at + "/message", "message", problems, reported);
            if (problems.size() == before && rule.operator() != null) {
                // a complete rule: compile its expressions now, so that one pass reports everything
                List<RuleEngine.RuleProblem> compile = new ArrayList<>();
                RuleEngine.compile(List.of(rule), store, compile);
                for (RuleEngine.RuleProblem p : compile) {
                    problems.add(ReadProblem.error(p.message().key(), at + "/" + p.side(), p.message(), MessageRef.of("rules.expression.hint")));
                }
            }
        }
        List<ReadProblem> located = problems.stream().map(p -> p.position().isPresent() ? p : p.at(read.index().locate(p.pointer()))).toList();
        boolean ok = located.stream().noneMatch(p -> p.severity() == Severity.ERROR);
        return new Loaded(ok ? rules : List.of(), located, Optional.empty(), read.index());
    }

    private static void require(String value, String pointer, String field, List<ReadProblem> problems, List<String> reported) {
        if (value == null || value.isBlank()) missing(pointer, field, problems, reported);
    }

    /** A required field absent, unless reading already reported what was written there. */
    private static void missing(String pointer, String field, List<ReadProblem> problems, List<String> reported) {
        if (!reported.contains(pointer)) {
            problems.add(ReadProblem.error("field.missing", pointer, MessageRef.of("field.missing", field), MessageRef.of("field.missing.hint", field)));
        }
    }
}
