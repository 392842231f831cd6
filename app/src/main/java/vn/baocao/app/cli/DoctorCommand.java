package vn.baocao.app.cli;

import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParentCommand;
import picocli.CommandLine.Spec;
import vn.baocao.core.i18n.Messages;
import vn.baocao.core.plugin.PluginLock;
import vn.baocao.core.plugin.PluginRecord;
import vn.baocao.launcher.LauncherCheck;
import vn.baocao.launcher.ModulePathCheck;
import vn.baocao.launcher.Problem;

/**
 * {@code baocao doctor}: the installation checked against what was built, file by file
 * ({@code MANIFEST.sha256}), then its module path, its class-data archive, its {@code conf/} and its
 * plugins, each with what to do. Exit 0 when nothing is wrong, 1 otherwise; a changed setting is
 * said but is no fault.
 */
@Command(name = "doctor", mixinStandardHelpOptions = true)
public final class DoctorCommand implements Callable<Integer> {

    @ParentCommand
    BaocaoCommand root;

    @Spec
    CommandSpec spec;

    @Option(names = "--installation", paramLabel = "DIR", descriptionKey = "option.installation")
    Path installation;

    private Messages messages;
    private PrintWriter out;
    private int faults;

    @Override
    public Integer call() throws IOException {
        messages = root.messages();
        out = spec.commandLine().getOut();
        Path home = Optional.ofNullable(installation)
                .or(() -> Optional.ofNullable(System.getProperty("baocao.home")).map(Path::of))
                .orElseThrow(() -> new UsageException(messages.get("doctor.noInstallation"), messages.get("cli.hint", messages.get("doctor.noInstallation.hint"))));
        if (!Files.isDirectory(home.resolve("lib"))) {
            throw new UsageException(messages.get("doctor.notAnInstallation", home), messages.get("cli.hint", messages.get("doctor.noInstallation.hint")));
        }
        out.println(messages.get("doctor.heading", home.toAbsolutePath().normalize()));
        files(home, home, messages.get("doctor.part.installation"));
        if (Files.isDirectory(home.resolve("runtime"))) files(home.resolve("runtime"), home, messages.get("doctor.part.runtime"));
        modules(home);
        classData(home);
        plugins(home);
        out.println(faults == 0 ? messages.get("doctor.healthy") : messages.get("doctor.faults", faults));
        return faults == 0 ? ExitCodes.OK : ExitCodes.INVALID;
    }

    /** The folder's files against its manifest: a jar or script changed or missing is a fault, a setting changed is not. */
    private void files(Path folder, Path home, String part) throws IOException {
        Path manifest = folder.resolve(vn.baocao.launcher.InstallationManifest.FILE);
        if (!Files.isRegularFile(manifest)) {
            fault(messages.get("doctor.noManifest", home.relativize(manifest)), messages.get("doctor.noManifest.hint"));
            return;
        }
        InstallationFiles.Comparison comparison = InstallationFiles.compare(folder);
        String prefix = home.relativize(folder).toString().isEmpty() ? "" : home.relativize(folder) + "/";
        for (String path : comparison.changed()) {
            if (path.startsWith("conf/")) {
                note(messages.get("doctor.settingChanged", prefix + path));
            } else {
                fault(messages.get("doctor.fileChanged", prefix + path), messages.get("doctor.fileChanged.hint"));
            }
        }
        for (String path : comparison.missing()) {
            if (path.startsWith("conf/")) {
                note(messages.get("doctor.settingRemoved", prefix + path));
            } else {
                fault(messages.get("doctor.fileMissing", prefix + path), messages.get("doctor.fileChanged.hint"));
            }
        }
        for (String path : comparison.foreignJars()) {
            fault(messages.get("doctor.foreignJar", prefix + path), messages.get("doctor.foreignJar.hint"));
        }
        if (comparison.faultless()) ok(messages.get("doctor.filesIntact", part, comparison.checked()));
    }

    /** lib/ resolved as the JVM does; the launcher checked this already, but doctor may be run on another installation. */
    private void modules(Path home) throws IOException {
        List<Problem> problems = new ModulePathCheck(home.resolve("lib")).problems();
        for (Problem problem : problems) {
            fault(LauncherCheck.message(problem, messages.locale()), LauncherCheck.hint(problem, messages.locale()));
        }
        if (problems.isEmpty()) ok(messages.get("doctor.modulesResolve"));
    }

    /** The class-data archive of the running Java, and whether this run used it. */
    private void classData(Path home) {
        String java = Runtime.version().toString().replaceFirst("\\+.*", "");
        Path archive = home.resolve("lib/cds/baocao-" + java + ".jsa");
        boolean used = Optional.ofNullable(System.getProperty("baocao.cds")).map(Path::of)
                .map(p -> p.toAbsolutePath().normalize().equals(archive.toAbsolutePath().normalize())).orElse(false);
        if (used) {
            ok(messages.get("doctor.classDataUsed", java));
        } else if (!Files.isWritable(home.resolve("lib/cds"))) {
            note(messages.get("doctor.classDataReadOnly", java));
        } else {
            note(messages.get("doctor.classDataNext", java));
        }
    }

    /** Refused plugins, and drop-ins without a lock. */
    private void plugins(Path home) {
        List<PluginRecord> report;
        try {
            report = root.platform().pluginReport();
        } catch (UsageException e) {
            // conf/ read at start: a units file or a plugin's settings that do not hold
            fault(e.getMessage(), e.hint().orElse(""));
            return;
        }
        root.refusalsListed();
        long refused = 0;
        for (PluginRecord r : report) {
            if (r.status().refused()) {
                refused++;
                fault(messages.get("doctor.pluginRefused", r.id(), r.reason().map(m -> m.render(messages)).orElse("")),
                        r.hint().map(h -> h.render(messages)).orElse(messages.get("doctor.pluginRefused.hint")));
            }
        }
        Optional<Path> folder = root.pluginsFolder().filter(Files::isDirectory);
        long dropIns = folder.map(f -> report.stream().filter(r -> isUnder(f, r.location())).count()).orElse(0L);
        // a lock is written only for a set that loads: advised once nothing is refused
        if (refused == 0 && dropIns > 0 && !Files.isRegularFile(folder.get().resolve(PluginLock.FILE_NAME))) {
            note(messages.get("doctor.noLock", dropIns, folder.get().resolve(PluginLock.FILE_NAME)));
        }
        if (refused == 0) ok(messages.get("doctor.pluginsLoaded", report.size() - dropIns, dropIns));
    }

    private static boolean isUnder(Path folder, String location) {
        try {
            return Path.of(location).toAbsolutePath().normalize().startsWith(folder.toAbsolutePath().normalize());
        } catch (RuntimeException e) {
            return false;
        }
    }

    private void ok(String text) {
        out.println("  ✓ " + text);
    }

    private void note(String text) {
        out.println("  · " + text);
    }

    private void fault(String text, String hint) {
        faults++;
        out.println("  ✗ " + text);
        if (!hint.isBlank()) out.println("      " + messages.get("cli.hint", hint.replaceFirst("^(gợi ý|hint): ", "")));
    }
}
