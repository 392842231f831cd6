package vn.baocao.core.plugin;

import com.google.inject.Injector;
import java.lang.module.ModuleReference;
import java.net.URISyntaxException;
import java.nio.file.Path;
import java.security.CodeSource;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.ServiceConfigurationError;
import java.util.ServiceLoader;
import java.util.Set;
import java.util.function.Function;
import vn.baocao.api.spi.PluginDescriptor;
import vn.baocao.api.spi.ProgramTypeProvider;
import vn.baocao.api.spi.ReportFormat;
import vn.baocao.api.spi.ReportFormatProvider;
import vn.baocao.api.version.Version;
import vn.baocao.core.i18n.MessageRef;

/**
 * Finds plugins (on the module path and class path, then in each entry of a {@code plugins/}
 * folder), checks each one, and gathers what the accepted ones contribute into a {@link Registry}.
 * A bad plugin is reported and skipped; it never stops the others.
 */
public final class PluginLoader {

    /** The registry of accepted contributions and a report row for every plugin seen. */
    public record Result(Registry registry, List<PluginRecord> report) {
        public Result {
            report = List.copyOf(report);
        }
    }

    private static final Module GUICE = Injector.class.getModule();

    private final Version platformVersion;
    private final Set<String> disabled;
    private final Registry registry = new Registry();
    private final List<PluginRecord> report = new ArrayList<>();
    private final Map<String, String> idsSeen = new HashMap<>();
    private final boolean respectLock;
    private Optional<Path> settingsFolder = Optional.empty();
    private Acceptance acceptance;

    public PluginLoader(Version platformVersion, Set<String> disabled) {
        this(platformVersion, disabled, true);
    }

    /** A loader that, with {@code respectLock} false, ignores the folder's lock file (to write a new one). */
    public PluginLoader(Version platformVersion, Set<String> disabled, boolean respectLock) {
        this.platformVersion = platformVersion;
        this.disabled = Set.copyOf(disabled);
        this.respectLock = respectLock;
    }

    /** Reads each plugin's settings from {@code <folder>/<plugin-id>.properties}. */
    public PluginLoader withSettings(Optional<Path> folder) {
        this.settingsFolder = folder;
        return this;
    }

    /** Loads the plugins of the module path and class path, then those of the folder. */
    public Result load(Optional<Path> pluginsFolder) {
        ClassLoader system = ClassLoader.getSystemClassLoader();
        List<Candidate<ProgramTypeProvider>> programs = new ArrayList<>();
        ServiceLoader.load(ProgramTypeProvider.class, system).stream()
                .forEach(p -> admit(p::get, p.type(), ProgramTypeProvider::descriptor).ifPresent(programs::add));
        ServiceLoader.load(ReportFormatProvider.class, system).stream()
                .forEach(p -> admit(p::get, p.type(), ReportFormatProvider::descriptor).ifPresent(this::considerFormatPlugin));
        pluginsFolder.ifPresent(folder -> loadFolder(folder, programs));
        considerInOrder(programs);
        return new Result(registry, report);
    }

    /**
     * Loads program plugins given as instances, instead of those found on the module path, then those
     * of the folder if any: the testkit loads the plugin under test this way, through the same checks.
     */
    public Result load(List<ProgramTypeProvider> given, Optional<Path> pluginsFolder) {
        List<Candidate<ProgramTypeProvider>> programs = new ArrayList<>();
        for (ProgramTypeProvider provider : given) {
            admit(() -> provider, provider.getClass(), ProgramTypeProvider::descriptor).ifPresent(programs::add);
        }
        pluginsFolder.ifPresent(folder -> loadFolder(folder, programs));
        considerInOrder(programs);
        return new Result(registry, report);
    }

    private void loadFolder(Path folder, List<Candidate<ProgramTypeProvider>> programs) {
        for (PluginLayers.Entry entry : PluginLayers.build(folder, respectLock)) {
            if (entry instanceof PluginLayers.Refused refused) {
                report.add(PluginRecord.refused(refused.location().getFileName().toString(), Optional.empty(), Optional.empty(),
                        refused.location().toString(), PluginStatus.FAILED, refused.reason(), refused.hint()));
            } else if (entry instanceof PluginLayers.Built built) {
                ModuleLayer layer = built.layer();
                ServiceLoader.load(layer, ProgramTypeProvider.class).stream()
                        .filter(p -> p.type().getModule().getLayer() == layer)
                        .forEach(p -> admit(p::get, p.type(), ProgramTypeProvider::descriptor).ifPresent(programs::add));
                ServiceLoader.load(layer, ReportFormatProvider.class).stream()
                        .filter(p -> p.type().getModule().getLayer() == layer)
                        .forEach(p -> admit(p::get, p.type(), ReportFormatProvider::descriptor).ifPresent(this::considerFormatPlugin));
            }
        }
    }

    /** Each plugin after those it requires; a requirement missing, of the wrong version or in a cycle refuses it. */
    private void considerInOrder(List<Candidate<ProgramTypeProvider>> programs) {
        for (PluginOrder.Step<Candidate<ProgramTypeProvider>> step : PluginOrder.of(programs, c -> c.descriptor)) {
            if (step.refusal().isPresent()) {
                Acceptance.Refusal r = step.refusal().get();
                refuse(step.plugin(), r.status(), r.reason(), r.hint());
                continue;
            }
            Optional<Acceptance.Refusal> unmet = unmetRequirement(step.plugin().descriptor);
            if (unmet.isPresent()) {
                refuse(step.plugin(), unmet.get().status(), unmet.get().reason(), unmet.get().hint());
            } else {
                considerProgramPlugin(step.plugin());
            }
        }
    }

    /** A required plugin that is not loaded (refused itself, or absent) or loaded in a version out of range. */
    private Optional<Acceptance.Refusal> unmetRequirement(PluginDescriptor descriptor) {
        for (PluginDescriptor.Requirement required : descriptor.requires()) {
            Optional<LoadedPlugin> loaded = registry.plugins().stream().filter(p -> p.descriptor().id().equals(required.pluginId())).findFirst();
            if (loaded.isEmpty()) {
                boolean seen = idsSeen.containsKey(required.pluginId());
                return Optional.of(new Acceptance.Refusal(PluginStatus.FAILED,
                        MessageRef.of(seen ? "plugin.requires.notLoaded" : "plugin.requires.notFound", required.pluginId(), required.versions()),
                        MessageRef.of("plugin.requires.hint", required.pluginId(), required.versions())));
            }
            Version version = loaded.get().descriptor().version();
            if (!required.versions().admits(version)) {
                return Optional.of(new Acceptance.Refusal(PluginStatus.INCOMPATIBLE,
                        MessageRef.of("plugin.requires.wrongVersion", required.pluginId(), required.versions(), version),
                        MessageRef.of("plugin.requires.hint", required.pluginId(), required.versions())));
            }
        }
        return Optional.empty();
    }

    private void considerProgramPlugin(Candidate<ProgramTypeProvider> c) {
        List<vn.baocao.api.spi.Setting<?>> declared;
        try {
            declared = List.copyOf(c.instance.settings());
        } catch (RuntimeException | LinkageError e) {
            failed(c, e, List.of());
            return;
        }
        Optional<String> twice = PluginSettings.duplicateKey(declared);
        if (twice.isPresent()) {
            refuse(c, PluginStatus.FAILED, MessageRef.of("plugin.settings.declaredTwice", twice.get()), MessageRef.of("plugin.duplicateWithin.hint"), declared);
            return;
        }
        PluginSettings.Read settings = PluginSettings.read(settingsFolder, c.descriptor.id(), declared);
        if (settings.refusal().isPresent()) {
            Acceptance.Refusal r = settings.refusal().get();
            refuse(c, r.status(), r.reason(), r.hint(), declared);
            return;
        }
        Contribution contribution = new Contribution(platformVersion,
                declared.stream().map(vn.baocao.api.spi.Setting::key).collect(java.util.stream.Collectors.toSet()), settings.values());
        try {
            c.instance.contribute(contribution);
        } catch (RuntimeException | LinkageError e) {
            failed(c, e, declared);
            return;
        } finally {
            contribution.close();
        }
        Acceptance.Verdict verdict = acceptance().check(c.descriptor, c.instance.getClass(), c.label(), contribution);
        if (verdict.refusal().isPresent()) {
            Acceptance.Refusal r = verdict.refusal().get();
            refuse(c, r.status(), r.reason(), r.hint());
            return;
        }
        List<Class<?>> validators = List.copyOf(contribution.validators);
        for (Class<?> validator : validators) {
            String pkg = validator.getPackageName();
            boolean built = contribution.validatorFactories.containsKey(validator);
            if (!built && c.module.isNamed() && !c.module.isOpen(pkg, GUICE) && !c.module.isExported(pkg, GUICE)) {
                refuse(c, PluginStatus.FAILED, MessageRef.of("plugin.notOpen.validator", c.module.getName(), validator.getName()),
                        MessageRef.of("plugin.validatorFactory.hint", validator.getSimpleName(), "opens " + pkg + " to " + GUICE.getName() + ";"));
                return;
            }
        }
        LoadedPlugin plugin = new LoadedPlugin(c.descriptor, c.module, c.location, validators, contribution.validatorFactories, declared,
                settings.values());
        registry.accept(plugin, contribution, verdict.texts());
        loaded(c, declared);
    }

    private Acceptance acceptance() {
        if (acceptance == null) {
            acceptance = new Acceptance(registry, vn.baocao.core.assemble.BlockCatalog.BUILT_IN_IDS,
                    vn.baocao.core.i18n.Messages.platform(vn.baocao.core.i18n.Language.VIETNAMESE).texts().keySet());
        }
        return acceptance;
    }

    private void considerFormatPlugin(Candidate<ReportFormatProvider> c) {
        List<ReportFormat> formats;
        try {
            formats = List.copyOf(c.instance.formats());
        } catch (RuntimeException | LinkageError e) {
            failed(c, e, List.of());
            return;
        }
        for (ReportFormat format : formats) {
            Optional<LoadedPlugin> owner = registry.formatOwner(format.id());
            if (owner.isPresent()) {
                refuse(c, PluginStatus.CONFLICT, MessageRef.of("plugin.conflict.format", format.id(), c.label(), owner.get().label()),
                        MessageRef.of("plugin.conflict.hint", c.descriptor.id(), owner.get().descriptor().id()));
                return;
            }
        }
        registry.acceptFormats(new LoadedPlugin(c.descriptor, c.module, c.location, List.of(), Map.of(), List.of(), Map.of()), formats);
        loaded(c, List.of());
    }

    /** A provider instantiated and identified, not yet accepted. */
    private record Candidate<T>(T instance, PluginDescriptor descriptor, Module module, String location) {
        String label() {
            return descriptor.id() + " (" + location + ")";
        }
    }

    /** Instantiates a provider and applies the checks common to every kind of plugin; empty if refused. */
    private <T> Optional<Candidate<T>> admit(java.util.function.Supplier<T> make, Class<?> type, Function<T, PluginDescriptor> describe) {
        Module module = type.getModule();
        String location = locationOf(type);
        String moduleName = module.isNamed() ? module.getName() : type.getName();
        T instance;
        PluginDescriptor descriptor;
        try {
            instance = make.get();
            descriptor = describe.apply(instance);
        } catch (ServiceConfigurationError | RuntimeException | LinkageError e) {
            report.add(PluginRecord.refused(moduleName, Optional.empty(), Optional.of(moduleName), location, PluginStatus.FAILED,
                    MessageRef.of("plugin.instantiate", type.getName(), describe(e)), MessageRef.of("plugin.contributeFailed.hint")));
            return Optional.empty();
        }
        Candidate<T> c = new Candidate<>(instance, descriptor, module, location);
        if (disabled.contains(descriptor.id())) {
            report.add(new PluginRecord(descriptor.id(), Optional.of(descriptor.version().toString()), Optional.of(moduleName), location,
                    PluginStatus.DISABLED, Optional.of(MessageRef.of("plugin.disabled")), Optional.empty(), Optional.empty(), List.of()));
            return Optional.empty();
        }
        String first = idsSeen.get(descriptor.id());
        if (first != null) {
            refuse(c, PluginStatus.CONFLICT, MessageRef.of("plugin.duplicateId", descriptor.id(), location, first),
                    MessageRef.of("plugin.duplicateId.hint", descriptor.id()));
            return Optional.empty();
        }
        idsSeen.put(descriptor.id(), location);
        if (!descriptor.platformRange().admits(platformVersion)) {
            refuse(c, PluginStatus.INCOMPATIBLE, MessageRef.of("plugin.incompatible", descriptor.platformRange(), platformVersion),
                    MessageRef.of("plugin.incompatible.hint", descriptor.id(), platformVersion));
            return Optional.empty();
        }
        return Optional.of(c);
    }

    private void loaded(Candidate<?> c, List<vn.baocao.api.spi.Setting<?>> settings) {
        report.add(PluginRecord.loaded(c.descriptor.id(), c.descriptor.version().toString(), moduleName(c.module), c.location, settings));
    }

    private void refuse(Candidate<?> c, PluginStatus status, MessageRef reason, MessageRef hint) {
        refuse(c, status, reason, hint, List.of());
    }

    private void refuse(Candidate<?> c, PluginStatus status, MessageRef reason, MessageRef hint, List<vn.baocao.api.spi.Setting<?>> settings) {
        report.add(PluginRecord.refused(c.descriptor.id(), Optional.of(c.descriptor.version().toString()),
                Optional.of(moduleName(c.module)), c.location, status, reason, hint, Optional.empty(), settings));
    }

    /** A plugin that threw while declaring or contributing: the failure is kept so that --debug and the testkit show where. */
    private void failed(Candidate<?> c, Throwable e, List<vn.baocao.api.spi.Setting<?>> settings) {
        report.add(PluginRecord.refused(c.descriptor.id(), Optional.of(c.descriptor.version().toString()),
                Optional.of(moduleName(c.module)), c.location, PluginStatus.FAILED, MessageRef.of("plugin.contributeFailed", describe(e)),
                MessageRef.of("plugin.contributeFailed.hint"), Optional.of(e), settings));
    }

    private static String moduleName(Module module) {
        return module.isNamed() ? module.getName() : "(class path)";
    }

    /** The jar or folder a class was loaded from. */
    static String locationOf(Class<?> type) {
        Module module = type.getModule();
        if (module.isNamed() && module.getLayer() != null) {
            Optional<String> location = module.getLayer().configuration().findModule(module.getName())
                    .map(r -> r.reference()).flatMap(ModuleReference::location).map(PluginLoader::asPath);
            if (location.isPresent()) {
                return location.get();
            }
        }
        CodeSource source = type.getProtectionDomain().getCodeSource();
        return source == null || source.getLocation() == null ? "?" : asPath(toUri(source));
    }

    private static java.net.URI toUri(CodeSource source) {
        try {
            return source.getLocation().toURI();
        } catch (URISyntaxException e) {
            return java.net.URI.create("file:" + source.getLocation().getPath());
        }
    }

    private static String asPath(java.net.URI uri) {
        return "file".equals(uri.getScheme()) ? Path.of(uri).toString() : uri.toString();
    }

    /**
     * What went wrong, for the author. The API's own checks (a builder's missing part, a code not upper
     * case) throw IllegalStateException or IllegalArgumentException with a sentence that names the fix,
     * so that sentence is shown alone; anything else keeps its exception's name.
     */
    private static String describe(Throwable e) {
        Throwable t = e instanceof ServiceConfigurationError && e.getCause() != null ? e.getCause() : e;
        if ((t instanceof IllegalStateException || t instanceof IllegalArgumentException) && t.getMessage() != null) {
            return t.getMessage();
        }
        return t.getClass().getSimpleName() + (t.getMessage() == null ? "" : ": " + t.getMessage());
    }
}
