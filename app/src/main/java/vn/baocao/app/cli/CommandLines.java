package vn.baocao.app.cli;

import java.io.PrintStream;
import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import picocli.CommandLine;
import vn.baocao.core.i18n.Language;
import vn.baocao.core.i18n.Messages;

/**
 * Builds and runs the command line: help texts and messages in the language asked for, usage errors
 * as one line with a hint (exit 2), and faults as one line unless {@code --debug} (exit 3).
 */
public final class CommandLines {
    /** The command line's own texts: option descriptions, headings, output labels. */
    public static final String BUNDLE = "vn.baocao.app.cli.messages";

    private CommandLines() {}

    public static int run(String[] args, PrintStream out, PrintStream err) {
        boolean debug = java.util.Arrays.asList(args).contains("--debug");
        vn.baocao.core.LibraryLogging.configure(debug);
        PrintWriter outWriter = new PrintWriter(new java.io.OutputStreamWriter(out, StandardCharsets.UTF_8), true);
        PrintWriter errWriter = new PrintWriter(new java.io.OutputStreamWriter(err, StandardCharsets.UTF_8), true);
        InstallationSettings settings;
        try {
            settings = InstallationSettings.read(InstallationSettings.confDirIn(args));
        } catch (InstallationSettings.Invalid e) {
            Messages fallback = Messages.platform(languageIn(args, Optional.empty())).with(CommandLines.class.getModule(), BUNDLE);
            errWriter.println(fallback.get(e.key, e.arguments));
            errWriter.println("  " + fallback.get("cli.hint", fallback.find(e.key + ".hint").orElse(fallback.get("settings.hint"))));
            return ExitCodes.USAGE;
        }
        Locale locale = languageIn(args, settings.language());
        Messages messages = Messages.platform(locale).with(CommandLines.class.getModule(), BUNDLE);
        CommandLine cli = new CommandLine(new BaocaoCommand(messages, settings));
        // the distribution's name heads the help too, so that users see whose installation it is
        // (picocli takes a heading from the bundle over one set on the spec)
        cli.setResourceBundle(settings.name().map(name -> NamedBundle.of(messages.asResourceBundle(), name))
                .orElse(messages.asResourceBundle()));
        cli.getCommandSpec().versionProvider(new VersionProvider(settings.name()));
        cli.setOut(outWriter);
        cli.setErr(errWriter);
        cli.setCaseInsensitiveEnumValuesAllowed(true);
        cli.setParameterExceptionHandler((e, arguments) -> {
            errWriter.println(messages.get("cli.usageError", UsageErrors.say(e, messages)));
            if (debug) errWriter.println("  " + e.getMessage());
            errWriter.println("  " + messages.get("cli.usageError.hint", e.getCommandLine().getCommandSpec().qualifiedName()));
            return ExitCodes.USAGE;
        });
        cli.setExecutionExceptionHandler((e, commandLine, parseResult) -> {
            if (e instanceof UsageException u) {
                errWriter.println(u.getMessage());
                u.hint().ifPresent(h -> errWriter.println("  " + h));
                return ExitCodes.USAGE;
            }
            // the fault's class and text are for the developers: shown with --debug only
            errWriter.println(debug ? messages.get("cli.internalError", e.getClass().getSimpleName() + (e.getMessage() == null ? "" : ": " + e.getMessage()))
                    : messages.get("cli.internalFault"));
            if (debug) {
                e.printStackTrace(errWriter);
            } else {
                errWriter.println("  " + messages.get("cli.internalError.hint"));
            }
            return ExitCodes.INTERNAL;
        });
        int code;
        try {
            code = cli.execute(args);
        } catch (OutOfMemoryError e) {
            // a fault of the run, not of the input: said as such, with what can be done, and nothing half-written
            errWriter.println(messages.get("cli.outOfMemory", Runtime.getRuntime().maxMemory() >> 20));
            errWriter.println("  " + messages.get("cli.hint", messages.get("cli.outOfMemory.hint")));
            if (debug) e.printStackTrace(errWriter);
            code = ExitCodes.INTERNAL;
        }
        if (code != ExitCodes.OK) {
            // what failed may be what a refused plugin would have contributed (a program type, a block, a column)
            List<vn.baocao.core.plugin.PluginRecord> refused = ((BaocaoCommand) cli.getCommand()).refusedPlugins();
            if (!refused.isEmpty()) {
                errWriter.println(messages.get("cli.pluginsRefused", refused.size(),
                        String.join(", ", refused.stream().map(vn.baocao.core.plugin.PluginRecord::id).toList())));
                errWriter.println("  " + messages.get("cli.hint", messages.get("cli.pluginsRefused.hint")));
            }
        }
        outWriter.flush();
        errWriter.flush();
        return code;
    }

    /** The language asked for with {@code --lang}, read before parsing so that help is in it too. */
    static Locale languageIn(String[] args) {
        return languageIn(args, Optional.empty());
    }

    /** {@code --lang}, else {@code BAOCAO_LANG}, else the installation's setting, else Vietnamese. */
    static Locale languageIn(String[] args, Optional<Locale> installed) {
        for (int i = 0; i < args.length; i++) {
            String value = null;
            if (args[i].equals("--lang") && i + 1 < args.length) {
                value = args[i + 1];
            } else if (args[i].startsWith("--lang=")) {
                value = args[i].substring("--lang=".length());
            }
            if (value != null) {
                return Language.parse(value).orElse(Language.VIETNAMESE);
            }
        }
        String fromEnvironment = System.getenv("BAOCAO_LANG");
        return Language.parse(fromEnvironment).or(() -> installed).orElse(Language.VIETNAMESE);
    }

    /** The program type with this id, or a usage error listing those there are. */
    static vn.baocao.api.program.ProgramType programType(vn.baocao.core.plugin.Registry registry, String id,
                                                         vn.baocao.core.i18n.Messages messages) {
        return registry.programType(id).orElseThrow(() -> {
            String known = registry.programTypes().stream().map(vn.baocao.api.program.ProgramType::id)
                    .collect(java.util.stream.Collectors.joining(", "));
            return new UsageException(messages.get("indicators.unknownProgram", id),
                    messages.get("cli.hint", messages.get("indicators.unknownProgram.hint", known.isEmpty() ? "—" : known)));
        });
    }
}
