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
import vn.baocao.core.i18n.BundleLoader;
import vn.baocao.core.i18n.Language;
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

    private static final Module CORE = PluginLoader.class.getModule();
    private static final Module GUICE = Injector.class.getModule();

    private final Version platformVersion;
    private final Set<String> disabled;
    private final Registry registry = new Registry();
    private final List<PluginRecord> report = new ArrayList<>();
    private final Map<String, String> idsSeen = new HashMap<>();

    private final boolean respectLock;

    public PluginLoader(Version platformVersion, Set<String> disabled) {
        this(platformVersion, disabled, true);
    }

    /** A loader that, with {@code respectLock} false, ignores the folder's lock file (to write a new one). */
    public PluginLoader(Version platformVersion, Set<String> disabled, boolean respectLock) {
        this.platformVersion = platformVersion;
        this.disabled = Set.copyOf(disabled);
        this.respectLock = respectLock;
    }

    public Result load(Optional<Path> pluginsFolder) {
        ClassLoader system = ClassLoader.getSystemClassLoader();
        ServiceLoader.load(ProgramTypeProvider.class, system).stream().forEach(this::considerProgramPlugin);
        ServiceLoader.load(ReportFormatProvider.class, system).stream().forEach(this::considerFormatPlugin);
        pluginsFolder.ifPresent(this::loadFolder);
        return new Result(registry, report);
    }

    private void loadFolder(Path folder) {
        for (PluginLayers.Entry entry : PluginLayers.build(folder, respectLock)) {
            if (entry instanceof PluginLayers.Refused refused) {
                report.add(PluginRecord.refused(refused.location().getFileName().toString(), Optional.empty(), Optional.empty(),
                        refused.location().toString(), PluginStatus.FAILED, refused.reason(), refused.hint()));
            } else if (entry instanceof PluginLayers.Built built) {
                ModuleLayer layer = built.layer();
                ServiceLoader.load(layer, ProgramTypeProvider.class).stream()
                        .filter(p -> p.type().getModule().getLayer() == layer)
                        .forEach(this::considerProgramPlugin);
                ServiceLoader.load(layer, ReportFormatProvider.class).stream()
                        .filter(p -> p.type().getModule().getLayer() == layer)
                        .forEach(this::considerFormatPlugin);
            }
        }
    }

    private void considerProgramPlugin(ServiceLoader.Provider<ProgramTypeProvider> provider) {
        Candidate<ProgramTypeProvider> c = admit(provider, ProgramTypeProvider::descriptor);
        if (c == null) {
            return;
        }
        Contribution contribution = new Contribution(platformVersion);
        try {
            c.instance.contribute(contribution);
        } catch (RuntimeException | LinkageError e) {
            refuse(c, PluginStatus.FAILED, MessageRef.of("plugin.contributeFailed", describe(e)), MessageRef.of("plugin.contributeFailed.hint"));
            return;
        } finally {
            contribution.close();
        }
        Optional<String> twice = Registry.duplicateWithin(contribution);
        if (twice.isPresent()) {
            refuse(c, PluginStatus.CONFLICT, MessageRef.of("plugin.duplicateWithin", twice.get()), MessageRef.of("plugin.duplicateWithin.hint"));
            return;
        }
        Optional<Registry.Conflict> conflict = registry.conflictWith(contribution);
        if (conflict.isPresent()) {
            Registry.Conflict k = conflict.get();
            refuse(c, PluginStatus.CONFLICT,
                    MessageRef.of("plugin.conflict." + k.kind(), k.key(), c.label(), k.owner().label()),
                    MessageRef.of("plugin.conflict.hint", c.descriptor.id(), k.owner().descriptor().id()));
            return;
        }
        Optional<MessageRef> uncompiled = vn.baocao.core.data.RuleEngine.firstUncompilable(contribution.dataRules, contribution.derived,
                java.util.stream.Stream.concat(registry.indicators().stream(), contribution.indicators.stream()).toList());
        if (uncompiled.isPresent()) {
            // a rule or formula that does not compile is refused with its plugin, never dropped on the way
            refuse(c, PluginStatus.FAILED, uncompiled.get(), MessageRef.of("plugin.ruleDoesNotCompile.hint"));
            return;
        }
        for (String bundle : contribution.bundles) {
            String pkg = bundle.contains(".") ? bundle.substring(0, bundle.lastIndexOf('.')) : "";
            if (c.module.isNamed() && !pkg.isEmpty() && !c.module.isOpen(pkg, CORE)) {
                refuse(c, PluginStatus.FAILED, MessageRef.of("plugin.notOpen.bundle", c.module.getName(), pkg),
                        MessageRef.of("plugin.opens.hint", "opens " + pkg + " to " + CORE.getName() + ";"));
                return;
            }
            if (BundleLoader.read(c.module, bundle, Language.VIETNAMESE).isEmpty()
                    || BundleLoader.read(c.module, bundle, Language.ENGLISH).isEmpty()) {
                refuse(c, PluginStatus.FAILED, MessageRef.of("plugin.bundleMissing", bundle), MessageRef.of("plugin.bundleMissing.hint", bundle.replace('.', '/')));
                return;
            }
        }
        List<Class<?>> validators = List.copyOf(contribution.validators);
        for (Class<?> validator : validators) {
            String pkg = validator.getPackageName();
            if (c.module.isNamed() && !c.module.isOpen(pkg, GUICE) && !c.module.isExported(pkg, GUICE)) {
                refuse(c, PluginStatus.FAILED, MessageRef.of("plugin.notOpen.validator", c.module.getName(), validator.getName()),
                        MessageRef.of("plugin.opens.hint", "opens " + pkg + " to " + GUICE.getName() + ";"));
                return;
            }
        }
        LoadedPlugin plugin = new LoadedPlugin(c.descriptor, c.module, c.location, validators);
        registry.accept(plugin, contribution);
        loaded(c);
    }

    private void considerFormatPlugin(ServiceLoader.Provider<ReportFormatProvider> provider) {
        Candidate<ReportFormatProvider> c = admit(provider, ReportFormatProvider::descriptor);
        if (c == null) {
            return;
        }
        List<ReportFormat> formats;
        try {
            formats = List.copyOf(c.instance.formats());
        } catch (RuntimeException | LinkageError e) {
            refuse(c, PluginStatus.FAILED, MessageRef.of("plugin.contributeFailed", describe(e)), MessageRef.of("plugin.contributeFailed.hint"));
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
        registry.acceptFormats(new LoadedPlugin(c.descriptor, c.module, c.location, List.of()), formats);
        loaded(c);
    }

    /** A provider instantiated and identified, not yet accepted. */
    private record Candidate<T>(T instance, PluginDescriptor descriptor, Module module, String location) {
        String label() {
            return descriptor.id() + " (" + location + ")";
        }
    }

    /** Instantiates a provider and applies the checks common to every kind of plugin; null if refused. */
    private <T> Candidate<T> admit(ServiceLoader.Provider<T> provider, Function<T, PluginDescriptor> describe) {
        Module module = provider.type().getModule();
        String location = locationOf(provider.type());
        String moduleName = module.isNamed() ? module.getName() : provider.type().getName();
        T instance;
        PluginDescriptor descriptor;
        try {
            instance = provider.get();
            descriptor = describe.apply(instance);
        } catch (ServiceConfigurationError | RuntimeException | LinkageError e) {
            report.add(PluginRecord.refused(moduleName, Optional.empty(), Optional.of(moduleName), location, PluginStatus.FAILED,
                    MessageRef.of("plugin.instantiate", provider.type().getName(), describe(e)), MessageRef.of("plugin.contributeFailed.hint")));
            return null;
        }
        Candidate<T> c = new Candidate<>(instance, descriptor, module, location);
        if (disabled.contains(descriptor.id())) {
            report.add(new PluginRecord(descriptor.id(), Optional.of(descriptor.version().toString()), Optional.of(moduleName), location,
                    PluginStatus.DISABLED, Optional.of(MessageRef.of("plugin.disabled")), Optional.empty()));
            return null;
        }
        String first = idsSeen.get(descriptor.id());
        if (first != null) {
            refuse(c, PluginStatus.CONFLICT, MessageRef.of("plugin.duplicateId", descriptor.id(), location, first),
                    MessageRef.of("plugin.duplicateId.hint", descriptor.id()));
            return null;
        }
        idsSeen.put(descriptor.id(), location);
        if (!descriptor.platformRange().admits(platformVersion)) {
            refuse(c, PluginStatus.INCOMPATIBLE, MessageRef.of("plugin.incompatible", descriptor.platformRange(), platformVersion),
                    MessageRef.of("plugin.incompatible.hint", descriptor.id(), platformVersion));
            return null;
        }
        return c;
    }

    private void loaded(Candidate<?> c) {
        report.add(PluginRecord.loaded(c.descriptor.id(), c.descriptor.version().toString(), moduleName(c.module), c.location));
    }

    private void refuse(Candidate<?> c, PluginStatus status, MessageRef reason, MessageRef hint) {
        report.add(PluginRecord.refused(c.descriptor.id(), Optional.of(c.descriptor.version().toString()),
                Optional.of(moduleName(c.module)), c.location, status, reason, hint));
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

    private static String describe(Throwable e) {
        Throwable t = e instanceof ServiceConfigurationError && e.getCause() != null ? e.getCause() : e;
        return t.getClass().getSimpleName() + (t.getMessage() == null ? "" : ": " + t.getMessage());
    }
}
