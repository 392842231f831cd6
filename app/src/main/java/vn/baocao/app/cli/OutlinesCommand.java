package vn.baocao.app.cli;

import java.io.PrintWriter;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.ParentCommand;
import picocli.CommandLine.Spec;
import vn.baocao.api.report.Outline;
import vn.baocao.api.report.Section;
import vn.baocao.core.assemble.SectionNumbers;
import vn.baocao.core.i18n.Messages;
import vn.baocao.core.outline.OutlineCatalog;
import vn.baocao.core.read.Suggestions;

/**
 * {@code baocao outlines}: the outlines shipped, which a source names with {@code outline: ID}; with
 * an id, its sections numbered as the report prints them, each with the id its content is placed under.
 */
@Command(name = "outlines", mixinStandardHelpOptions = true)
public final class OutlinesCommand implements Callable<Integer> {

    @ParentCommand
    BaocaoCommand root;

    @Spec
    CommandSpec spec;

    @Parameters(index = "0", arity = "0..1", paramLabel = "ID", descriptionKey = "outlines.id")
    String id;

    @Override
    public Integer call() {
        Messages messages = root.messages();
        OutlineCatalog outlines = root.platform().service(OutlineCatalog.class);
        PrintWriter out = spec.commandLine().getOut();
        if (id == null) {
            Table table = new Table(messages.get("outlines.column.id"), messages.get("outlines.column.name"), messages.get("outlines.column.sections"));
            for (String shipped : outlines.ids()) {
                Outline outline = outlines.find(shipped).orElseThrow();
                table.row(outline.id(), outline.name().in(messages.locale()), String.valueOf(count(outline.sections())));
            }
            table.print(out);
            out.println();
            out.println(messages.get("outlines.summary", outlines.ids().size()));
            return ExitCodes.OK;
        }
        Optional<Outline> found = outlines.find(id);
        if (found.isEmpty()) {
            String hint = Suggestions.nearest(id, outlines.ids()).map(n -> messages.get("outlines.didYouMean", n))
                    .orElse(messages.get("outlines.unknown.hint", String.join(", ", outlines.ids())));
            throw new UsageException(messages.get("outlines.unknown", id), messages.get("cli.hint", hint));
        }
        out.println(found.get().id() + " — " + found.get().name().in(messages.locale()));
        out.println();
        print(found.get().sections(), 1, out);
        out.println();
        out.println(messages.get("outlines.sectionsSummary", found.get().id()));
        return ExitCodes.OK;
    }

    private static void print(List<Section> sections, int level, PrintWriter out) {
        for (int i = 0; i < sections.size(); i++) {
            Section s = sections.get(i);
            String line = "  ".repeat(level - 1) + SectionNumbers.of(level, i + 1) + " " + s.heading();
            out.println(s.id().map(sectionId -> line + "  [" + sectionId + "]").orElse(line));
            print(s.sections(), level + 1, out);
        }
    }

    private static int count(List<Section> sections) {
        return sections.stream().mapToInt(s -> 1 + count(s.sections())).sum();
    }
}
