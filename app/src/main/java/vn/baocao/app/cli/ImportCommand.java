package vn.baocao.app.cli;

import java.io.PrintWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import vn.baocao.app.excel.EntryFormReader;
import vn.baocao.core.data.ValueFiles;
import java.util.Optional;
import vn.baocao.api.program.ProgramType;

import picocli.CommandLine.Parameters;
import picocli.CommandLine.ParentCommand;
import picocli.CommandLine.Spec;
import vn.baocao.api.service.UnitDirectory;
import vn.baocao.app.output.Json;
import vn.baocao.core.Platform;
import vn.baocao.core.data.CsvValueImporter;
import vn.baocao.core.data.DataProblem;
import vn.baocao.core.data.ImportResult;
import vn.baocao.core.data.RuleEngine;
import vn.baocao.core.data.RuleFiles;
import vn.baocao.core.data.ValueStore;
import vn.baocao.api.rule.DataRule;
import vn.baocao.api.spi.Importance;
import vn.baocao.core.problem.Severity;
import vn.baocao.core.read.ReadProblem;
import vn.baocao.core.read.SourceReader;
import vn.baocao.core.i18n.Messages;

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

    @Override
    public Integer call() {
        Platform platform = root.platform();
        Messages messages = root.messages();
        ValueStore store = new ValueStore(platform.registry(), platform.service(UnitDirectory.class));
        ProgramType programType = null;
        if (program != null) {
            programType = CommandLines.programType(platform.registry(), program, messages);
        }
        CsvValueImporter importer = new CsvValueImporter(store, programType);
        EntryFormReader forms = new EntryFormReader(store, platform.registry());
        ValueFiles values = new ValueFiles(platform.service(SourceReader.class));
        PrintWriter out = spec.commandLine().getOut();
        List<ImportResult> results = new ArrayList<>();
        int exit = ExitCodes.OK;
        for (Path file : files) {
            if (!Files.isRegularFile(file) || !Files.isReadable(file)) {
                out.println(file + ": " + messages.get("severity.ERROR") + ": " + messages.get("file.notFound"));
                out.println("  " + messages.get("cli.hint", messages.get("file.notFound.hint")));
                exit = ExitCodes.USAGE;
                continue;
            }
            ImportResult result;
            try {
                if (isSpreadsheet(file)) {
                    result = forms.read(file, Optional.ofNullable(programType));
                } else if (SourceReader.formatOf(file).isPresent()) {
                    ValueFiles.Outcome read = values.read(file, importer);
                    if (read.result().isEmpty()) {
                        out.println(file + ": " + messages.get("severity.ERROR") + ": " + read.unreadable().get().render(messages));
                        read.hint().ifPresent(h -> out.println("  " + messages.get("cli.hint", h.render(messages))));
                        exit = ExitCodes.USAGE;
                        continue;
                    }
                    result = read.result().get();
                } else {
                    result = importer.importFile(file);
                }
            } catch (java.io.IOException e) {
                out.println(file + ": " + messages.get("severity.ERROR") + ": " + messages.get("file.unreadable", String.valueOf(e.getMessage())));
                exit = ExitCodes.USAGE;
                continue;
            }
            results.add(result);
            if (!result.stored() && exit == ExitCodes.OK) {
                exit = ExitCodes.INVALID;
            }
            if (output == Output.TEXT) {
                print(result, out, messages);
            }
        }
        List<RuleEngine.Violation> violations = new ArrayList<>();
        if (exit == ExitCodes.OK) {
            List<DataRule> rules = new ArrayList<>(platform.registry().dataRules());
            List<Path> allRuleFiles = new ArrayList<>(root.confRuleFiles());
            allRuleFiles.addAll(ruleFiles);
            for (Path file : allRuleFiles) {
                RuleFiles.Loaded loaded = new RuleFiles(platform.service(SourceReader.class)).read(file, store);
                if (loaded.unreadable().isPresent()) {
                    out.println(file + ": " + messages.get("severity.ERROR") + ": " + messages.get(loaded.unreadable().get()));
                    return ExitCodes.USAGE;
                }
                for (ReadProblem p : loaded.problems()) {
                    String where = p.position().map(at -> file + ":" + at.line() + ":" + at.column()).orElse(file.toString());
                    out.println(where + ": " + messages.get("severity." + p.severity().name()) + ": " + p.message().render(messages)
                            + (p.pointer().isEmpty() ? "" : " [" + p.pointer() + "]"));
                    p.hint().ifPresent(h -> out.println("  " + messages.get("cli.hint", h.render(messages))));
                }
                if (loaded.problems().stream().anyMatch(p -> p.severity() == Severity.ERROR)) {
                    return ExitCodes.INVALID;
                }
                rules.addAll(loaded.rules());
            }
            List<RuleEngine.RuleProblem> problems = new ArrayList<>();
            violations = new RuleEngine(store).check(RuleEngine.compile(rules, store, problems));
            if (output == Output.TEXT) {
                violations.forEach(v -> out.println(describe(v, messages)));
                out.println(messages.get("import.rulesChecked", rules.size(), violations.size()));
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

    /** An Excel entry form (made by {@code baocao template}) rather than CSV. */
    private static boolean isSpreadsheet(Path file) {
        return file.getFileName().toString().toLowerCase(java.util.Locale.ROOT).endsWith(".xlsx");
    }

    /** "21028 Phường Nghĩa Lộ, 2026-01, SEX F: lỗi: … (9 / 6) [rule id]". */
    static String describe(RuleEngine.Violation v, Messages messages) {
        return v.place() + ": " + messages.get("severity." + v.rule().importance().name()) + ": " + v.message(messages)
                + " [" + v.rule().id() + "]";
    }


    private static void print(ImportResult result, PrintWriter out, Messages messages) {
        for (DataProblem p : result.problems()) {
            String where = p.cell().map(cell -> result.file() + ": " + cell)
                    .orElse(p.line() > 0 ? result.file() + ":" + p.line() + ":" + p.column() : result.file());
            out.println(where + ": " + messages.get("severity.ERROR") + ": " + p.message().render(messages)
                    + p.pointer().map(pointer -> " [" + pointer + "]").orElse(""));
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
