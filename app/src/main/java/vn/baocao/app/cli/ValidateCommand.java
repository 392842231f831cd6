package vn.baocao.app.cli;

import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.ParentCommand;
import picocli.CommandLine.Spec;
import vn.baocao.app.output.Json;
import vn.baocao.core.i18n.Messages;
import vn.baocao.core.problem.Problem;
import vn.baocao.core.problem.Severity;
import vn.baocao.core.source.CheckResult;
import vn.baocao.core.source.SourceChecker;

/**
 * {@code baocao validate FILE...}: every problem of every file, each with file:line:column, its JSON
 * pointer and a hint. Exit code 0 when all are valid, 1 when any is invalid, 2 when any could not
 * be read.
 */
@Command(name = "validate", mixinStandardHelpOptions = true)
public final class ValidateCommand implements Callable<Integer> {

    @ParentCommand
    BaocaoCommand root;

    @Spec
    CommandSpec spec;

    @Parameters(paramLabel = "FILE", arity = "1..*", descriptionKey = "validate.files")
    List<Path> files;

    @Option(names = "--output", paramLabel = "text|json", descriptionKey = "option.output", defaultValue = "text")
    Output output;

    @Override
    public Integer call() {
        SourceChecker checker = root.platform().sourceChecker();
        Messages messages = root.messages();
        List<CheckResult> results = new ArrayList<>();
        for (Path file : files) {
            results.add(checker.check(file));
        }
        PrintWriter out = spec.commandLine().getOut();
        if (output == Output.JSON) {
            out.println(Json.validation(results));
        } else {
            results.forEach(r -> print(r, out, messages));
        }
        return exitCode(results);
    }

    static int exitCode(List<CheckResult> results) {
        if (results.stream().anyMatch(r -> r.outcome() == CheckResult.Outcome.UNREADABLE)) {
            return ExitCodes.USAGE;
        }
        return results.stream().anyMatch(r -> r.outcome() == CheckResult.Outcome.INVALID) ? ExitCodes.INVALID : ExitCodes.OK;
    }

    static void print(CheckResult result, PrintWriter out, Messages messages) {
        printProblems(result, out, messages);
        long errors = result.problems().stream().filter(Problem::isError).count();
        long warnings = result.problems().stream().filter(p -> p.severity() == Severity.WARNING).count();
        String verdict = switch (result.outcome()) {
            case VALID -> messages.get("validate.valid", warnings);
            case INVALID -> messages.get("validate.invalid", errors, warnings);
            case UNREADABLE -> messages.get("validate.unreadable");
        };
        out.println(result.file() + ": " + verdict);
    }

    /** Each problem at its place with its hint; {@code render} shows a valid source's warnings this way too. */
    static void printProblems(CheckResult result, PrintWriter out, Messages messages) {
        for (Problem p : result.problems()) {
            String pointer = p.location().pointer().isEmpty() ? "" : " [" + p.location().pointer() + "]";
            out.println(p.location() + ": " + messages.get("severity." + p.severity().name()) + ": " + p.message() + pointer);
            p.hint().ifPresent(h -> out.println("  " + messages.get("cli.hint", h)));
        }
    }
}
