package vn.baocao.app.cli;

import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.ParentCommand;
import picocli.CommandLine.Spec;
import vn.baocao.core.i18n.Messages;
import vn.baocao.core.plugin.PluginLock;
import vn.baocao.core.plugin.PluginRecord;
import vn.baocao.core.plugin.PluginStatus;

/**
 * {@code baocao plugins verify}: loads every plugin now in the plugins folder, ignoring the lock
 * file, and when all of them load (versions in range, modules resolved, no conflicts) writes the lock
 * file that accepts exactly these jars. Nothing is written when one of them fails.
 */
@Command(name = "verify", mixinStandardHelpOptions = true)
public final class VerifyPluginsCommand implements Callable<Integer> {

    @ParentCommand
    PluginsCommand parent;

    @Spec
    CommandSpec spec;

    @Override
    public Integer call() throws IOException {
        BaocaoCommand root = parent.root;
        Messages messages = root.messages();
        Path folder = root.pluginsFolder().orElseThrow(() -> new UsageException(messages.get("plugins.verify.noFolder"),
                messages.get("cli.hint", messages.get("plugins.verify.noFolder.hint"))));
        List<PluginRecord> report = root.platform(false).pluginReport();
        PrintWriter out = spec.commandLine().getOut();
        Path absolute = folder.toAbsolutePath().normalize();
        List<PluginRecord> inFolder = report.stream().filter(r -> isUnder(absolute, r.location())).toList();
        PluginsCommand.print(inFolder, messages, out);
        boolean failed = inFolder.stream().anyMatch(r -> r.status() != PluginStatus.LOADED && r.status() != PluginStatus.DISABLED);
        if (failed) {
            out.println(messages.get("plugins.verify.refused", PluginLock.FILE_NAME));
            return ExitCodes.INVALID;
        }
        Map<String, String> pluginOfEntry = new HashMap<>();
        for (PluginRecord r : inFolder) {
            Path relative = absolute.relativize(Path.of(r.location()).toAbsolutePath().normalize());
            pluginOfEntry.put(relative.getName(0).toString(), r.id() + r.version().map(v -> "@" + v).orElse(""));
        }
        List<PluginLock.Entry> locked;
        try {
            locked = PluginLock.write(folder, pluginOfEntry);
        } catch (java.io.IOException e) {
            return OutputFailures.report(OutputFailures.sayFile(e, folder.resolve(PluginLock.FILE_NAME), "--plugins-dir", messages),
                    e, root.debug, spec.commandLine().getErr(), messages);
        }
        out.println(messages.get("plugins.verify.written", folder.resolve(PluginLock.FILE_NAME), locked.size()));
        return ExitCodes.OK;
    }

    private static boolean isUnder(Path folder, String location) {
        try {
            return Path.of(location).toAbsolutePath().normalize().startsWith(folder);
        } catch (RuntimeException e) {
            return false;
        }
    }
}
