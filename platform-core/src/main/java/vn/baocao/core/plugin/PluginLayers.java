package vn.baocao.core.plugin;

import java.io.IOException;
import java.lang.module.Configuration;
import java.lang.module.FindException;
import java.lang.module.ModuleDescriptor;
import java.lang.module.ModuleFinder;
import java.lang.module.ModuleReference;
import java.lang.module.ResolutionException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import vn.baocao.api.spi.ProgramTypeProvider;
import vn.baocao.api.spi.ReportFormatProvider;
import vn.baocao.core.i18n.MessageRef;

/**
 * Turns each entry of a {@code plugins/} folder into its own module layer, whose parent is the boot
 * layer: a jar on its own, or a folder holding a plugin jar with its private dependencies.
 * Entries that cannot become a layer are refused with the reason and the fix, and never stop the
 * others.
 */
final class PluginLayers {

    /** The outcome for one entry of the folder. */
    sealed interface Entry permits Built, Refused {
        Path location();
    }

    record Built(Path location, ModuleLayer layer) implements Entry {}

    record Refused(Path location, MessageRef reason, MessageRef hint) implements Entry {}

    private static final Set<String> SERVICES = Set.of(ProgramTypeProvider.class.getName(), ReportFormatProvider.class.getName());

    private PluginLayers() {}

    static List<Entry> build(Path folder, boolean respectLock) {
        Optional<PluginLock> lock = Optional.empty();
        if (respectLock) {
            try {
                lock = PluginLock.read(folder);
            } catch (IOException e) {
                // an unreadable lock accepts nothing rather than everything
                List<Entry> refused = new ArrayList<>();
                for (Path path : entries(folder)) {
                    refused.add(new Refused(path, MessageRef.of("plugin.lockUnreadable", String.valueOf(e.getMessage())),
                            MessageRef.of("plugin.lock.hint")));
                }
                return refused;
            }
        }
        List<Entry> entries = new ArrayList<>();
        for (Path path : entries(folder)) {
            Optional<Refused> unlocked = lock.isPresent() ? checkLock(lock.get(), folder, path) : Optional.empty();
            entries.add(unlocked.isPresent() ? unlocked.get() : layerFor(path));
        }
        return entries;
    }

    /** A refusal when a jar of the entry is not in the lock or has changed since it was locked. */
    private static Optional<Refused> checkLock(PluginLock lock, Path folder, Path entry) {
        try {
            for (Path jar : PluginLock.jarsOf(entry)) {
                Optional<String> problem = lock.problem(folder, jar);
                if (problem.isPresent()) {
                    return Optional.of(new Refused(entry, MessageRef.of(problem.get(), folder.relativize(jar).toString().replace('\\', '/')),
                            MessageRef.of("plugin.lock.hint")));
                }
            }
            return Optional.empty();
        } catch (IOException e) {
            return Optional.of(new Refused(entry, MessageRef.of("plugin.broken", entry.getFileName().toString()), MessageRef.of("plugin.broken.hint")));
        }
    }

    /** Jars and folders in name order, so that "first come" in conflicts is repeatable. */
    private static List<Path> entries(Path folder) {
        try (Stream<Path> listing = Files.list(folder)) {
            return listing
                    .filter(p -> !p.getFileName().toString().startsWith("."))
                    .filter(p -> Files.isDirectory(p) || p.getFileName().toString().endsWith(".jar"))
                    .sorted()
                    .toList();
        } catch (IOException e) {
            return List.of();
        }
    }

    private static Entry layerFor(Path path) {
        ModuleFinder finder = ModuleFinder.of(path);
        Set<ModuleReference> references;
        try {
            references = finder.findAll();
        } catch (FindException e) {
            return new Refused(path, MessageRef.of("plugin.broken", path.getFileName().toString()), MessageRef.of("plugin.broken.hint"));
        }
        if (references.isEmpty()) {
            return new Refused(path, MessageRef.of("plugin.empty"), MessageRef.of("plugin.empty.hint"));
        }
        Set<String> shadowing = references.stream()
                .map(r -> r.descriptor().name())
                .filter(name -> ModuleLayer.boot().findModule(name).isPresent())
                .collect(Collectors.toCollection(TreeSet::new));
        if (!shadowing.isEmpty()) {
            return new Refused(path, MessageRef.of("plugin.shadows", String.join(", ", shadowing)),
                    MessageRef.of("plugin.shadows.hint", String.join(", ", shadowing)));
        }
        Optional<ModuleDescriptor> automaticPlugin = references.stream()
                .map(ModuleReference::descriptor)
                .filter(ModuleDescriptor::isAutomatic)
                .filter(d -> d.provides().stream().anyMatch(p -> SERVICES.contains(p.service())))
                .findFirst();
        if (automaticPlugin.isPresent()) {
            String service = automaticPlugin.get().provides().stream()
                    .filter(p -> SERVICES.contains(p.service())).findFirst().orElseThrow().service();
            String provider = automaticPlugin.get().provides().stream()
                    .filter(p -> SERVICES.contains(p.service())).findFirst().orElseThrow().providers().get(0);
            return new Refused(path, MessageRef.of("plugin.automatic", automaticPlugin.get().name()),
                    MessageRef.of("plugin.automatic.hint", service, provider));
        }
        boolean providesPlugin = references.stream()
                .map(ModuleReference::descriptor)
                .anyMatch(d -> d.provides().stream().anyMatch(p -> SERVICES.contains(p.service())));
        if (!providesPlugin) {
            return new Refused(path, MessageRef.of("plugin.noProvider"),
                    MessageRef.of("plugin.noProvider.hint", ProgramTypeProvider.class.getName()));
        }
        Set<String> roots = references.stream().map(r -> r.descriptor().name()).collect(Collectors.toSet());
        try {
            Configuration configuration = ModuleLayer.boot().configuration().resolveAndBind(finder, ModuleFinder.of(), roots);
            ModuleLayer layer = ModuleLayer.boot().defineModulesWithOneLoader(configuration, ClassLoader.getSystemClassLoader());
            return new Built(path, layer);
        } catch (FindException | ResolutionException e) {
            return new Refused(path, MessageRef.of("plugin.unresolved", rootMessage(e)), MessageRef.of("plugin.unresolved.hint"));
        } catch (java.lang.LayerInstantiationException | SecurityException e) {
            return new Refused(path, MessageRef.of("plugin.layer", rootMessage(e)), MessageRef.of("plugin.unresolved.hint"));
        }
    }

    private static String rootMessage(Throwable e) {
        Throwable t = e;
        while (t.getCause() != null && t.getCause() != t) {
            t = t.getCause();
        }
        return t.getMessage() == null ? t.getClass().getSimpleName() : t.getMessage();
    }
}
