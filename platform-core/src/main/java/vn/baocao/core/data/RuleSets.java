package vn.baocao.core.data;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import vn.baocao.api.rule.DataRule;
import vn.baocao.core.i18n.MessageRef;
import vn.baocao.core.plugin.Registry;
import vn.baocao.core.problem.Severity;
import vn.baocao.core.read.ReadProblem;
import vn.baocao.core.read.SourceReader;

/**
 * The data rules that apply to an import: the plugins' (compiled when the plugins were loaded, so
 * one that does not compile has already refused its plugin), then those of the installation's rule
 * files, then those of the files given. Every file's problems are kept with their places; a rule id
 * may be used once across all of them, and a second use is refused naming the first.
 */
public final class RuleSets {
    private final Registry registry;
    private final SourceReader reader;
    private final List<Path> installationFiles;

    public RuleSets(Registry registry, SourceReader reader, List<Path> installationFiles) {
        this.registry = registry;
        this.reader = reader;
        this.installationFiles = List.copyOf(installationFiles);
    }

    /** The problems of one rule file, or why it could not be read. */
    public record FileProblems(Path file, List<ReadProblem> problems, Optional<MessageRef> unreadable) {
        public boolean hasErrors() {
            return unreadable.isPresent() || problems.stream().anyMatch(p -> p.severity() == Severity.ERROR);
        }
    }

    /**
     * The rules ready to check, and the files' problems.
     *
     * @param count how many rules apply
     */
    public record Loaded(List<RuleEngine.CompiledRule> compiled, List<FileProblems> files, int count) {
        public boolean hasErrors() {
            return files.stream().anyMatch(FileProblems::hasErrors);
        }
    }

    /** What the check found: violations, and places where a rule could not be evaluated. */
    public record Checked(List<RuleEngine.Violation> violations, List<RuleEngine.Unevaluable> unevaluable) {}

    Loaded load(ValueStore store, List<Path> given) {
        List<DataRule> rules = new ArrayList<>(registry.dataRules());
        Map<String, String> owners = new HashMap<>();
        for (DataRule r : registry.dataRules()) {
            owners.put(r.id(), registry.dataRuleOwner(r.id()).map(p -> p.label()).orElse(r.id()));
        }
        List<FileProblems> files = new ArrayList<>();
        List<Path> all = new ArrayList<>(installationFiles);
        all.addAll(given);
        RuleFiles ruleFiles = new RuleFiles(reader);
        for (Path file : all) {
            RuleFiles.Loaded loaded = ruleFiles.read(file, store);
            if (loaded.unreadable().isPresent()) {
                files.add(new FileProblems(file, List.of(), Optional.of(MessageRef.of(loaded.unreadable().get()))));
                continue;
            }
            List<ReadProblem> problems = new ArrayList<>(loaded.problems());
            List<DataRule> accepted = new ArrayList<>();
            for (int i = 0; i < loaded.rules().size(); i++) {
                DataRule rule = loaded.rules().get(i);
                String first = owners.get(rule.id());
                if (first != null) {
                    ReadProblem twice = ReadProblem.error("rules.duplicateId", "/rules/" + i + "/id", MessageRef.of("rules.duplicateId", rule.id(), first),
                            MessageRef.of("rules.duplicateId.hint"));
                    problems.add(twice.at(loaded.index().locate("/rules/" + i + "/id")));
                    continue;
                }
                owners.put(rule.id(), file + ":" + loaded.index().locate("/rules/" + i + "/id").line());
                accepted.add(rule);
            }
            files.add(new FileProblems(file, problems, Optional.empty()));
            rules.addAll(accepted);
        }
        List<RuleEngine.RuleProblem> unusable = new ArrayList<>();
        List<RuleEngine.CompiledRule> compiled = RuleEngine.compile(rules, store, unusable);
        if (!unusable.isEmpty()) {
            // the plugins' rules were compiled at load and the files' when read: nothing should be left
            throw new IllegalStateException("rule " + unusable.get(0).ruleId() + " did not compile after it was accepted");
        }
        return new Loaded(compiled, files, rules.size());
    }
}
