package vn.baocao.app.cli;

import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.ParentCommand;
import picocli.CommandLine.Spec;
import vn.baocao.api.spi.Importance;
import vn.baocao.app.output.Json;
import vn.baocao.core.Platform;
import vn.baocao.core.data.DataProblem;
import vn.baocao.core.data.DataSettings;
import vn.baocao.core.data.ImportJob;
import vn.baocao.core.data.ImportOptions;
import vn.baocao.core.data.ImportResult;
import vn.baocao.core.data.NumberStyle;
import vn.baocao.core.data.RuleEngine;
import vn.baocao.core.data.RuleSets;
import vn.baocao.core.data.ValueStore;
import vn.baocao.core.i18n.Messages;
import vn.baocao.core.read.ReadProblem;

/**
 * {@code baocao import FILE...}: reads indicator values from CSV files, each checked value by value
 * (known indicator, a unit that existed in the period, valid period and categories, a value that
 * suits the indicator, no value twice) and each all or nothing. Exit code 0 when every file
 * imported, 1 when any had problems, 2 when one could not be read.
 */
@Command(name = "import", mixinStandardHelpOptions = true)
public final class ImportCommand implements Callable<Integer> {

    @ParentCommand
    BaocaoCommand root;

    @Spec
    CommandSpec spec;

    @Parameters(paramLabel = "FILE", arity = "1..*", descriptionKey = "import.files")
    List<Path> files;

    @Option(names = "--output", paramLabel = "text|json", descriptionKey = "option.output", defaultValue = "text")
    Output output;

    @Option(names = "--program", paramLabel = "ID", descriptionKey = "import.program")
    String program;

    @Option(names = "--rules", paramLabel = "FILE", descriptionKey = "import.rules")
    List<Path> ruleFiles = new ArrayList<>();

    @Option(names = "--number-style", paramLabel = "vi|en|plain", descriptionKey = "import.numberStyle")
    String numberStyle;

    @Override
    public Integer call() {
        Platform platform = root.platform();
        Messages messages = root.messages();
        ImportJob job = platform.service(ImportJob.class);
        ImportOptions options = ImportOptions.defaults().withNumberStyle(platform.service(DataSettings.class).numberStyle());
        if (numberStyle != null) {
            options = options.withNumberStyle(NumberStyle.parse(numberStyle).orElseThrow(() -> new UsageException(
                    messages.get("import.badNumberStyle", numberStyle), messages.get("cli.hint", messages.get("import.badNumberStyle.hint", NumberStyle.names())))));
        }
        if (program != null) {
            options = options.withProgram(Optional.of(CommandLines.programType(platform.registry(), program, messages)));
        }
        ValueStore store = job.newStore();
        PrintWriter out = spec.commandLine().getOut();
        List<ImportResult> results = new ArrayList<>();
        int exit = ExitCodes.OK;
        {
            for (Path file : files) {
                ImportJob.FileResult result;
                try (TerminalProgress progress = TerminalProgress.bytes(messages.get("progress.import", file.getFileName()), sizeOf(file))) {
                    result = job.importFile(store, file, file.toString(), options.withProgress(progress::read));
                }
                if (result.unreadable().isPresent()) {
                    out.println(file + ": " + messages.get("severity.ERROR") + ": " + result.unreadable().get().render(messages));
                    result.hint().ifPresent(h -> out.println("  " + messages.get("cli.hint", h.render(messages))));
                    exit = ExitCodes.USAGE;
                    continue;
                }
                ImportResult imported = result.imported().get();
                results.add(imported);
                if (!imported.stored() && exit == ExitCodes.OK) {
                    exit = ExitCodes.INVALID;
                }
                if (output == Output.TEXT) {
                    print(imported, out, messages);
                }
            }
        }
        List<RuleEngine.Violation> violations = new ArrayList<>();
        List<RuleEngine.Unevaluable> unevaluable = new ArrayList<>();
        if (exit == ExitCodes.OK) {
            RuleSets.Loaded rules = job.rules(store, ruleFiles);
            for (RuleSets.FileProblems f : rules.files()) {
                if (f.unreadable().isPresent()) {
                    out.println(f.file() + ": " + messages.get("severity.ERROR") + ": " + f.unreadable().get().render(messages));
                    return ExitCodes.USAGE;
                }
                for (ReadProblem p : f.problems()) {
                    String where = p.position().map(at -> f.file() + ":" + at.line() + ":" + at.column()).orElse(f.file().toString());
                    out.println(where + ": " + messages.get("severity." + p.severity().name()) + ": " + p.message().render(messages)
                            + (p.pointer().isEmpty() ? "" : " [" + p.pointer() + "]"));
                    p.hint().ifPresent(h -> out.println("  " + messages.get("cli.hint", h.render(messages))));
                }
            }
            if (rules.hasErrors()) {
                return ExitCodes.INVALID;
            }
            RuleSets.Checked checked = job.check(store, rules);
            violations = checked.violations();
            unevaluable = checked.unevaluable();
            if (output == Output.TEXT) {
                violations.forEach(v -> out.println(describe(v, messages)));
                unevaluable.forEach(u -> out.println(describe(u, messages)));
                out.println(messages.get("import.rulesChecked", rules.count(), violations.size()));
            }
            if (violations.stream().anyMatch(v -> v.rule().importance() == Importance.ERROR)) {
                exit = ExitCodes.INVALID;
            }
        }
        if (output == Output.JSON) {
            out.println(Json.imports(results, violations, messages));
        }
        return exit;
    }

    private static long sizeOf(Path file) {
        try {
            return java.nio.file.Files.size(file);
        } catch (java.io.IOException e) {
            return 0; // the import says what is wrong with the file
        }
    }

    /** "data.csv:12: 21028 Phường Nghĩa Lộ, 2026-01, F: lỗi: … (9 / 6) [rule id]": the value's place, then the violation. */
    static String describe(RuleEngine.Violation v, Messages messages) {
        return v.at().map(a -> a.where() + ": ").orElse("") + v.place() + ": "
                + messages.get("severity." + v.rule().importance().name()) + ": " + v.message(messages) + " [" + v.rule().id() + "]";
    }

    /** A rule that could not be checked at a place, and why. */
    static String describe(RuleEngine.Unevaluable u, Messages messages) {
        return u.at().map(a -> a.where() + ": ").orElse("") + u.place() + ": " + messages.get("severity.WARNING") + ": "
                + messages.get("rules.unevaluable", u.place(), u.rule().id(), messages.get("rules.side." + u.side()));
    }


    private static void print(ImportResult result, PrintWriter out, Messages messages) {
        for (DataProblem p : result.problems()) {
            String where = p.cell().map(cell -> result.file() + ": " + cell)
                    .orElse(p.line() > 0 ? result.file() + ":" + p.line() + ":" + p.column() : result.file());
            out.println(where + ": " + messages.get("severity.ERROR") + ": " + p.message().render(messages)
                    + p.pointer().filter(pointer -> !pointer.isEmpty()).map(pointer -> " [" + pointer + "]").orElse(""));
            out.println("  " + messages.get("cli.hint", p.hint().render(messages)));
        }
        if (result.unlisted() > 0) {
            out.println(result.file() + ": " + messages.get("import.unlisted", result.unlisted()));
        }
        out.println(result.file() + ": " + (result.stored()
                ? messages.get("import.stored", result.rows(), result.added(), result.replaced(), result.unchanged())
                : messages.get("import.refused", result.problems().size() + result.unlisted())));
    }
}
