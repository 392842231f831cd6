package vn.baocao.app.cli;

import java.io.PrintWriter;
import java.util.List;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParentCommand;
import picocli.CommandLine.Spec;
import vn.baocao.app.output.Json;
import vn.baocao.core.i18n.Messages;
import vn.baocao.core.plugin.PluginRecord;
import vn.baocao.core.plugin.PluginStatus;
import vn.baocao.core.plugin.LoadedPlugin;
import vn.baocao.api.spi.Setting;

/** {@code baocao plugins}: every plugin found, with its status and, when refused, why and how to fix it. */
@Command(name = "plugins", mixinStandardHelpOptions = true, subcommands = VerifyPluginsCommand.class)
public final class PluginsCommand implements Callable<Integer> {

    @ParentCommand
    BaocaoCommand root;

    @Spec
    CommandSpec spec;

    @Option(names = "--output", paramLabel = "text|json", descriptionKey = "option.output", defaultValue = "text")
    Output output;

    @Option(names = "--settings", descriptionKey = "option.pluginSettings")
    boolean settings;

    /** {@link ExitCodes#INVALID} when a plugin was refused, so that a script installing plugins sees it. */
    @Override
    public Integer call() {
        List<PluginRecord> report = root.platform().pluginReport();
        root.refusalsListed();
        int exit = report.stream().anyMatch(r -> r.status().refused()) ? ExitCodes.INVALID : ExitCodes.OK;
        Messages messages = root.messages();
        PrintWriter out = spec.commandLine().getOut();
        if (settings) {
            List<LoadedPlugin> plugins = root.platform().registry().plugins();
            if (output == Output.JSON) {
                out.println(Json.pluginSettings(report, plugins));
            } else {
                printSettings(report, plugins, messages, out);
            }
            return exit;
        }
        if (output == Output.JSON) {
            out.println(Json.plugins(report, messages));
            return exit;
        }
        print(report, messages, out);
        if (root.debug) {
            report.forEach(r -> r.failure().ifPresent(f -> {
                spec.commandLine().getErr().println(r.id() + ":");
                f.printStackTrace(spec.commandLine().getErr());
            }));
        }
        return exit;
    }

    /**
     * Each plugin's settings: what they mean, their default and the value in force, and the file that sets them.
     * A plugin refused for its settings file is listed too, its values marked refused and the reason below.
     */
    private void printSettings(List<PluginRecord> report, List<LoadedPlugin> plugins, Messages messages, PrintWriter out) {
        Table table = new Table(messages.get("plugins.column.id"), messages.get("settings.column.key"), messages.get("settings.column.type"),
                messages.get("settings.column.default"), messages.get("settings.column.value"), messages.get("settings.column.meaning"));
        int count = 0;
        for (PluginRecord r : report) {
            java.util.Optional<LoadedPlugin> plugin = loaded(r, plugins);
            for (Setting<?> s : r.settings()) {
                String value = plugin.map(p -> String.valueOf(p.valueOf(s))).orElse(messages.get("settings.refused"));
                table.row(r.id(), s.key(), messages.get("settings.type." + s.type()), String.valueOf(s.defaultValue()), value,
                        s.meaning().in(messages.locale()));
                count++;
            }
        }
        if (count == 0) {
            out.println(messages.get("settings.none"));
            return;
        }
        table.print(out);
        for (PluginRecord r : report) {
            if (!r.settings().isEmpty() && r.status() != PluginStatus.LOADED) {
                out.println();
                out.println(r.id() + ": " + r.reason().map(m -> m.render(messages)).orElse(""));
                r.hint().ifPresent(h -> out.println("  " + messages.get("cli.hint", h.render(messages))));
            }
        }
        out.println();
        out.println(messages.get("settings.where", root.pluginSettingsFolder().map(Object::toString).orElse("conf/plugins")));
    }

    static java.util.Optional<LoadedPlugin> loaded(PluginRecord r, List<LoadedPlugin> plugins) {
        if (r.status() != PluginStatus.LOADED) {
            return java.util.Optional.empty();
        }
        return plugins.stream().filter(p -> p.descriptor().id().equals(r.id())).findFirst();
    }

    /** The report as a table, then the reason and fix of each plugin not loaded. */
    static void print(List<PluginRecord> report, Messages messages, PrintWriter out) {
        Table table = new Table(messages.get("plugins.column.id"), messages.get("plugins.column.version"),
                messages.get("plugins.column.module"), messages.get("plugins.column.status"), messages.get("plugins.column.location"));
        for (PluginRecord r : report) {
            table.row(r.id(), r.version().orElse("—"), r.module().orElse("—"),
                    messages.get("plugins.status." + r.status().name()), r.location());
        }
        table.print(out);
        for (PluginRecord r : report) {
            if (r.status() != PluginStatus.LOADED) {
                out.println();
                out.println(r.id() + ": " + r.reason().map(m -> m.render(messages)).orElse(""));
                r.hint().ifPresent(h -> out.println("  " + messages.get("cli.hint", h.render(messages))));
            }
        }
        long loaded = report.stream().filter(r -> r.status() == PluginStatus.LOADED).count();
        out.println();
        out.println(messages.get("plugins.summary", loaded, report.size() - loaded));
    }
}
