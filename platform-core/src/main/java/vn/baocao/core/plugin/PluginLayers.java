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
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.Map;
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
 * Turns each entry of a {@code plugins/} folder into its own module layer: a jar on its own, or a
 * folder holding a plugin jar with its private dependencies. A layer's parents are the boot layer and
 * the layers of the entries whose modules it requires, so that one drop-in plugin may require another.
 * Entries that cannot become a layer are refused with the reason and the fix, and never stop the
 * others.
 */
final class PluginLayers {

    /** The outcome for one entry of the folder. */
    sealed interface Entry permits Built, Refused, Found {
        Path location();
    }

    record Built(Path location, ModuleLayer layer) implements Entry {}

    record Refused(Path location, MessageRef reason, MessageRef hint) implements Entry {}

    /** An entry that passed its own checks: its modules, and the modules it needs from other entries. */
    record Found(Path location, ModuleFinder finder, Set<String> modules, Set<String> needs) implements Entry {}

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
        Map<Path, Found> found = new LinkedHashMap<>();
        for (Path path : entries(folder)) {
            Optional<Refused> unlocked = lock.isPresent() ? checkLock(lock.get(), folder, path) : Optional.empty();
            Entry checked = unlocked.isPresent() ? unlocked.get() : examine(path);
            if (checked instanceof Found f) {
                found.put(path, f);
            } else {
                entries.add(checked);
            }
        }
        entries.addAll(layersInOrder(found));
        return entries;
    }

    /**
     * Builds each entry's layer after the layers of the entries whose modules it requires, with those
     * layers as its parents: a drop-in plugin may require another. A module no entry has, an entry
     * that could not be loaded, or entries requiring each other in a circle refuse the entries concerned.
     */
    private static List<Entry> layersInOrder(Map<Path, Found> found) {
        Map<String, Path> owner = new HashMap<>();
        found.forEach((path, f) -> f.modules().forEach(m -> owner.putIfAbsent(m, path)));
        Map<Path, Entry> done = new LinkedHashMap<>();
        for (Path path : found.keySet()) {
            build(path, found, owner, done, new ArrayList<>());
        }
        return new ArrayList<>(done.values());
    }

    private static Entry build(Path path, Map<Path, Found> found, Map<String, Path> owner, Map<Path, Entry> done, List<Path> visiting) {
        if (done.containsKey(path)) {
            return done.get(path);
        }
        if (visiting.contains(path)) {
            List<Path> circle = new ArrayList<>(visiting.subList(visiting.indexOf(path), visiting.size()));
            circle.add(path);
            String names = circle.stream().map(p -> p.getFileName().toString()).collect(Collectors.joining(" → "));
            for (Path member : circle.subList(0, circle.size() - 1)) {
                done.put(member, new Refused(member, MessageRef.of("plugin.requires.moduleCycle", names), MessageRef.of("plugin.requires.cycle.hint")));
            }
            return done.get(path);
        }
        visiting.add(path);
        Found entry = found.get(path);
        List<ModuleLayer> parents = new ArrayList<>();
        for (String module : entry.needs()) {
            Path other = owner.get(module);
            if (other == null) {
                visiting.remove(path);
                return done.computeIfAbsent(path, p -> new Refused(p, MessageRef.of("plugin.requires.moduleNotFound", module),
                        MessageRef.of("plugin.requires.moduleNotFound.hint", module)));
            }
            Entry dependency = build(other, found, owner, done, visiting);
            if (done.containsKey(path)) {
                // refused as part of a circle while its dependencies were built
                visiting.remove(path);
                return done.get(path);
            }
            if (!(dependency instanceof Built built)) {
                visiting.remove(path);
                return done.computeIfAbsent(path, p -> new Refused(p, MessageRef.of("plugin.requires.moduleRefused", module, other.getFileName().toString()),
                        MessageRef.of("plugin.requires.moduleRefused.hint", other.getFileName().toString())));
            }
            if (!parents.contains(built.layer())) {
                parents.add(built.layer());
            }
        }
        visiting.remove(path);
        parents.add(ModuleLayer.boot());
        Entry layer = layerFor(path, entry, parents);
        done.put(path, layer);
        return layer;
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

    /** The checks one entry passes on its own: readable, not empty, no copy of the platform's modules, a plugin with a descriptor. */
    private static Entry examine(Path path) {
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
            String file = path.getFileName().toString();
            return new Refused(path, MessageRef.of("plugin.shadows", String.join(", ", shadowing), file),
                    MessageRef.of("plugin.shadows.hint", String.join(", ", shadowing), file));
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
        Set<String> modules = references.stream().map(r -> r.descriptor().name()).collect(Collectors.toCollection(java.util.LinkedHashSet::new));
        Set<String> needs = references.stream()
                .flatMap(r -> r.descriptor().requires().stream())
                .filter(r -> !r.modifiers().contains(ModuleDescriptor.Requires.Modifier.STATIC))
                .map(ModuleDescriptor.Requires::name)
                .filter(name -> !modules.contains(name) && ModuleLayer.boot().findModule(name).isEmpty())
                .collect(Collectors.toCollection(TreeSet::new));
        return new Found(path, finder, modules, needs);
    }

    private static Entry layerFor(Path path, Found entry, List<ModuleLayer> parents) {
        try {
            List<Configuration> configurations = parents.stream().map(ModuleLayer::configuration).toList();
            Configuration configuration = Configuration.resolveAndBind(entry.finder(), configurations, ModuleFinder.of(), entry.modules());
            ModuleLayer layer = ModuleLayer.defineModulesWithOneLoader(configuration, parents, ClassLoader.getSystemClassLoader()).layer();
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
