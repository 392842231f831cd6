package vn.baocao.app.cli;

import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.Callable;

import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParentCommand;
import picocli.CommandLine.Spec;
import vn.baocao.api.indicator.Indicator;
import vn.baocao.api.period.Period;
import vn.baocao.api.period.PeriodFormatException;
import vn.baocao.api.program.ProgramType;
import vn.baocao.api.service.UnitDirectory;
import vn.baocao.api.unit.AdministrativeUnit;
import vn.baocao.api.unit.UnitLevel;
import vn.baocao.excel.EntryFormWriter;
import vn.baocao.core.Platform;
import vn.baocao.core.i18n.Messages;
import vn.baocao.core.plugin.Registry;

/**
 * {@code baocao template}: the Excel entry form of a program for the units under an area in a
 * period, to send down to them and import back with {@code baocao import}.
 */
@Command(name = "template", mixinStandardHelpOptions = true)
public final class TemplateCommand implements Callable<Integer> {

    @ParentCommand
    BaocaoCommand root;

    @Spec
    CommandSpec spec;

    @Option(names = "--program", paramLabel = "ID", required = true, descriptionKey = "template.program")
    String program;

    @Option(names = "--unit", paramLabel = "CODE", required = true, descriptionKey = "template.unit")
    String unit;

    @Option(names = "--period", paramLabel = "P", required = true, descriptionKey = "template.period")
    String periodCode;

    @Option(names = "--out", paramLabel = "FILE", required = true, descriptionKey = "template.out")
    Path out;

    @Override
    public Integer call() throws IOException {
        Platform platform = root.platform();
        Messages messages = root.messages();
        // the form is an Excel workbook: under another name, import would refuse it later
        if (!out.getFileName().toString().toLowerCase(java.util.Locale.ROOT).endsWith(".xlsx")) {
            throw new UsageException(messages.get("template.notXlsx", out), messages.get("cli.hint", messages.get("template.notXlsx.hint")));
        }
        Registry registry = platform.registry();
        ProgramType type = CommandLines.programType(registry, program, messages);
        Period period;
        try {
            period = Period.parse(periodCode);
        } catch (PeriodFormatException e) {
            throw new UsageException(messages.get("period." + e.reason().name(), periodCode), messages.get("cli.hint", messages.get("period.hint")));
        }
        UnitDirectory units = platform.service(UnitDirectory.class);
        AdministrativeUnit area = units.unit(unit, period.end()).orElseThrow(() -> new UsageException(
                messages.get(units.isKnown(unit) ? "template.unitNotInForce" : "template.unknownUnit", unit, period.code()),
                messages.get("cli.hint", messages.get("template.unit.hint"))));
        List<AdministrativeUnit> rows = area.level() == UnitLevel.COMMUNE ? List.of(area) : units.children(area.code(), period.end());
        List<Indicator> indicators = registry.indicatorsOf(type.id());
        try {
            new EntryFormWriter(messages).write(type, indicators, area, rows, period, out);
        } catch (IOException e) {
            return OutputFailures.report(OutputFailures.sayFile(e, out, "--out", messages), e, root.debug, spec.commandLine().getErr(), messages);
        }
        PrintWriter writer = spec.commandLine().getOut();
        writer.println(messages.get("template.written", out, rows.size(), indicators.size()));
        return ExitCodes.OK;
    }
}
