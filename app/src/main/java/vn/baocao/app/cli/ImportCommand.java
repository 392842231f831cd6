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
import picocli.CommandLine.Parameters;
import picocli.CommandLine.ParentCommand;
import picocli.CommandLine.Spec;
import vn.baocao.api.service.UnitDirectory;
import vn.baocao.app.output.Json;
import vn.baocao.core.Platform;
import vn.baocao.core.data.CsvValueImporter;
import vn.baocao.core.data.DataProblem;
import vn.baocao.core.data.ImportResult;
import vn.baocao.core.data.ValueStore;
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

    @Override
    public Integer call() {
        Platform platform = root.platform();
        Messages messages = root.messages();
        ValueStore store = new ValueStore(platform.registry(), platform.service(UnitDirectory.class));
        CsvValueImporter importer = new CsvValueImporter(store);
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
                result = importer.importFile(file);
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
        if (output == Output.JSON) {
            out.println(Json.imports(results, messages));
        }
        return exit;
    }

    private static void print(ImportResult result, PrintWriter out, Messages messages) {
        for (DataProblem p : result.problems()) {
            out.println(result.file() + ":" + p.line() + ":" + p.column() + ": " + messages.get("severity.ERROR") + ": " + p.message().render(messages));
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
