package vn.baocao.app.cli;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.ScopeType;
import picocli.CommandLine.Spec;
import vn.baocao.core.Platform;
import vn.baocao.core.PlatformOptions;
import vn.baocao.core.i18n.Messages;

/** The root command: options every subcommand shares, and the platform they start. */
@Command(name = "baocao", mixinStandardHelpOptions = true, versionProvider = VersionProvider.class,
        subcommands = {PluginsCommand.class, IndicatorsCommand.class, BlocksCommand.class, OutlinesCommand.class, ValidateCommand.class, RenderCommand.class, ConsolidateCommand.class, ImportCommand.class, TemplateCommand.class, UnitsCommand.class, SchemaCommand.class, ServeCommand.class, UsersCommand.class, DoctorCommand.class},
        usageHelpAutoWidth = true)
public final class BaocaoCommand implements Callable<Integer> {

    @Spec
    CommandSpec spec;

    @Option(names = "--lang", paramLabel = "vi|en", scope = ScopeType.INHERIT, descriptionKey = "option.lang",
            converter = LanguageOption.class)
    String language;

    @Option(names = "--debug", scope = ScopeType.INHERIT, descriptionKey = "option.debug")
    boolean debug;

    @Option(names = "--plugins-dir", paramLabel = "DIR", scope = ScopeType.INHERIT, descriptionKey = "option.pluginsDir")
    Path pluginsDir;

    @Option(names = "--conf-dir", paramLabel = "DIR", scope = ScopeType.INHERIT, descriptionKey = "option.confDir")
    Path confDir;

    @Option(names = "--disable-plugin", paramLabel = "ID", scope = ScopeType.INHERIT, descriptionKey = "option.disablePlugin")
    List<String> disabledPlugins = new ArrayList<>();

    private final Messages messages;
    private Platform platform;
    private boolean refusalsListed;

    private final InstallationSettings settings;

    BaocaoCommand(Messages messages) {
        this(messages, InstallationSettings.NONE);
    }

    BaocaoCommand(Messages messages, InstallationSettings settings) {
        this.messages = messages;
        this.settings = settings;
    }

    @Override
    public Integer call() {
        spec.commandLine().usage(spec.commandLine().getErr());
        return ExitCodes.USAGE;
    }

    /** The plugins the platform refused, if it was started: a failed command names them. */
    List<vn.baocao.core.plugin.PluginRecord> refusedPlugins() {
        if (platform == null || refusalsListed) return List.of();
        return platform.pluginReport().stream().filter(r -> r.status().refused()).toList();
    }

    /** The command lists the refusals itself ({@code baocao plugins}). */
    void refusalsListed() {
        refusalsListed = true;
    }

    InstallationSettings settings() {
        return settings;
    }

    Messages messages() {
        return platform == null ? messages : platform.messages().with(getClass().getModule(), CommandLines.BUNDLE);
    }

    /** The platform, started on first use with the plugins folder and the language asked for. */
    Platform platform() {
        return platform(true);
    }

    /** The platform; with {@code respectLock} false the plugins folder's lock file is ignored (to write a new one). */
    Platform platform(boolean respectLock) {
        if (platform == null) {
            Set<String> disabled = new java.util.HashSet<>(disabledPlugins);
            disabled.addAll(settings.disabledPlugins());
            PlatformOptions options = new PlatformOptions(messages.locale(), pluginsFolder(), disabled, respectLock)
                    .withReportDefaults(settings.reportDefaults())
                    .withData(new vn.baocao.core.data.DataSettings(confRuleFiles(), settings.numberStyle(), settings.dataFolder(),
                            confUnitChangeFiles()));
            Optional<Path> pluginSettings = pluginSettingsFolder();
            if (pluginSettings.isPresent()) {
                options = options.withPluginSettings(pluginSettings.get());
            }
            platform = Platform.start(options);
            if (!options.data().unitChangeFiles().isEmpty()) {
                // an installation's changes are checked before the command runs, not when a unit is first asked for
                try {
                    platform.service(vn.baocao.core.units.BundledUnitDirectory.class).check();
                } catch (vn.baocao.core.units.UnitChangesException e) {
                    Messages m = platform.messages();
                    throw new UsageException(e.reason().render(m), e.hint().render(m));
                }
            }
        }
        return platform;
    }

    /**
     * The rule files of the installation: {@code conf/rules/} of {@code --conf-dir}, else of the
     * installed distribution; in name order, so that their rules are checked in a repeatable order.
     */
    List<Path> confRuleFiles() {
        return confFiles("rules");
    }

    /** The files of unit changes of the installation, {@code conf/units/*.yaml} (or .yml, .json), in name order. */
    List<Path> confUnitChangeFiles() {
        return confFiles("units");
    }

    /** The YAML, YML and JSON files of a folder of the installation's {@code conf/}, in name order; none when it has no such folder. */
    private List<Path> confFiles(String folder) {
        Path dir = confFolder().map(c -> c.resolve(folder)).filter(Files::isDirectory).orElse(null);
        if (dir == null) {
            return List.of();
        }
        try (java.util.stream.Stream<Path> files = Files.list(dir)) {
            return files.filter(f -> vn.baocao.core.read.SourceReader.formatOf(f).isPresent()).sorted().toList();
        } catch (java.io.IOException e) {
            throw new UsageException(messages.get("file.unreadable", String.valueOf(e.getMessage())), null);
        }
    }

    /** {@code conf/plugins/} of {@code --conf-dir}, else of the installed distribution: {@code <plugin-id>.properties} each. */
    Optional<Path> pluginSettingsFolder() {
        return confFolder().map(c -> c.resolve("plugins"));
    }

    private Optional<Path> confFolder() {
        return confDir != null ? Optional.of(confDir) : Optional.ofNullable(System.getProperty("baocao.home")).map(h -> Path.of(h, "conf"));
    }

    /** {@code --plugins-dir}, else {@code plugins/} of the installed distribution, if there is one. */
    Optional<Path> pluginsFolder() {
        if (pluginsDir != null) {
            if (!Files.isDirectory(pluginsDir)) {
                throw new UsageException(messages.get("cli.pluginsDir.missing", pluginsDir), messages.get("cli.pluginsDir.missing.hint"));
            }
            return Optional.of(pluginsDir);
        }
        String home = System.getProperty("baocao.home");
        return Optional.ofNullable(home).map(h -> Path.of(h, "plugins")).filter(Files::isDirectory);
    }
}
