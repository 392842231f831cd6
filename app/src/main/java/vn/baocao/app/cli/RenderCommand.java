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
import vn.baocao.api.spi.AssembledReport;
import vn.baocao.core.Platform;
import vn.baocao.core.assemble.ReportAssembler;
import vn.baocao.core.i18n.Messages;
import vn.baocao.core.render.ReportRenderer;
import vn.baocao.core.source.CheckResult;
import vn.baocao.core.source.SourceChecker;

/**
 * {@code baocao render SOURCE --format docx,pdf,html,md,json --out DIR}: checks the source, puts the
 * report together and writes it in each format, all or nothing. An invalid source is reported as
 * {@code validate} reports it, and nothing is written.
 */
@Command(name = "render", mixinStandardHelpOptions = true)
public class RenderCommand implements Callable<Integer> {

    @ParentCommand
    BaocaoCommand root;

    @Spec
    CommandSpec spec;

    @Parameters(paramLabel = "SOURCE", arity = "1", descriptionKey = "render.source")
    Path source;

    @Option(names = "--format", paramLabel = "FORMAT", split = ",", defaultValue = "docx", descriptionKey = "render.format")
    List<String> formats = new ArrayList<>();

    @Option(names = "--out", paramLabel = "DIR", defaultValue = ".", descriptionKey = "render.out")
    Path out;

    @Override
    public Integer call() {
        Platform platform = root.platform();
        Messages messages = root.messages();
        ReportRenderer renderer = platform.service(ReportRenderer.class);
        // docx,docx asks for one file: each format once, in the order given, any case
        formats = formats.stream().map(f -> f.strip().toLowerCase(java.util.Locale.ROOT)).filter(f -> !f.isEmpty()).distinct().toList();
        for (String format : formats) {
            if (!renderer.supports(format)) {
                throw new UsageException(messages.get("render.unknownFormat", format),
                        messages.get("cli.hint", messages.get("render.unknownFormat.hint", String.join(", ", renderer.formatIds()))));
            }
        }
        renderer.prepare(formats);
        PrintWriter stdout = spec.commandLine().getOut();
        try (TerminalProgress progress = TerminalProgress.steps(messages.get("progress.render", source.getFileName()), 3)) {
            return render(platform, messages, renderer, stdout, progress);
        }
    }

    private int render(Platform platform, Messages messages, ReportRenderer renderer, PrintWriter stdout, TerminalProgress progress) {
        progress.next(messages.get("progress.render.check"));
        SourceChecker.Checked checked = platform.sourceChecker().checkAndRead(source);
        if (checked.source().isEmpty()) {
            progress.close();
            ValidateCommand.print(checked.result(), stdout, messages);
            stdout.println(messages.get("render.nothingWritten"));
            return checked.result().outcome() == CheckResult.Outcome.UNREADABLE ? ExitCodes.USAGE : ExitCodes.INVALID;
        }
        // a valid source's warnings (a block that writes nothing, text normalised) are said before the
        // files are written, so that a document short of a part does not come out in silence
        if (!checked.result().problems().isEmpty()) {
            progress.close();
            ValidateCommand.printProblems(checked.result(), stdout, messages);
        }
        if (summaryOnly() && checked.source().get().consolidates().isEmpty()) {
            throw new UsageException(messages.get("consolidate.notASummary", source), messages.get("cli.hint", messages.get("consolidate.notASummary.hint")));
        }
        progress.next(messages.get("progress.render.assemble"));
        AssembledReport report = platform.service(ReportAssembler.class).assemble(checked.source().get(), checked.values(), checked.consolidated());
        progress.next(messages.get("progress.render.write", String.join(", ", formats)));
        String baseName = baseName(source);
        try {
            List<Path> written = renderer.render(report, formats, out, baseName);
            progress.close();
            for (Path file : written) {
                stdout.println(messages.get("render.written", file));
            }
            return ExitCodes.OK;
        } catch (ReportRenderer.RenderException e) {
            progress.close();
            if (e.getCause() instanceof java.io.IOException io && (e.format().isEmpty() || OutputFailures.ofTheFileSystem(io))) {
                // the folder, not a format: said as what happened to the path the user gave
                String[] said = OutputFailures.say(io, out, messages);
                spec.commandLine().getErr().println(said[0]);
                spec.commandLine().getErr().println("  " + messages.get("cli.hint", said[1]));
            } else {
                spec.commandLine().getErr().println(messages.get("render.failed", e.format()));
                spec.commandLine().getErr().println("  " + messages.get("cli.hint", messages.get("render.failed.hint")));
            }
            if (root.debug) {
                e.printStackTrace(spec.commandLine().getErr());
            }
            return e.getCause() instanceof java.io.IOException ? ExitCodes.USAGE : ExitCodes.INTERNAL;
        }
    }

    /** Whether the source must be a summary of other agencies' reports ({@code baocao consolidate}). */
    boolean summaryOnly() {
        return false;
    }

    /** {@code bao-cao} for {@code docs/…/bao-cao.yaml}. */
    private static String baseName(Path source) {
        String name = source.getFileName().toString();
        int dot = name.lastIndexOf('.');
        return dot > 0 ? name.substring(0, dot) : name;
    }
}
