package vn.baocao.launcher;

import java.io.IOException;
import java.lang.module.Configuration;
import java.lang.module.FindException;
import java.lang.module.ModuleDescriptor;
import java.lang.module.ModuleFinder;
import java.lang.module.ModuleReference;
import java.lang.module.ResolutionException;
import java.nio.file.DirectoryStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.stream.Collectors;

/**
 * Resolves {@code lib/} as the JVM's boot layer would for {@code --module vn.baocao.app}, and
 * explains each way it can fail with the jars involved: the JVM's own message names modules and
 * packages, not the files a user can move.
 */
public final class ModulePathCheck {
    /** The module {@code bin/baocao} starts. */
    public static final String ROOT = "vn.baocao.app";

    private final Path lib;

    public ModulePathCheck(Path lib) {
        this.lib = lib;
    }

    /** Every problem found, the most basic first; none when the platform can start. */
    public List<Problem> problems() throws IOException {
        List<LibraryJar> jars = jars();
        List<Problem> problems = new ArrayList<>();
        for (LibraryJar jar : jars) {
            jar.unreadable().ifPresent(why -> problems.add(new Problem("jar.unreadable", jar.fileName()).withDetail(why)));
        }
        Map<String, List<LibraryJar>> byModule = jars.stream().filter(j -> j.module().isPresent())
                .collect(Collectors.groupingBy(j -> j.module().get().name(), TreeMap::new, Collectors.toList()));
        byModule.forEach((name, same) -> {
            if (same.size() > 1) {
                problems.add(new Problem("module.twoVersions", same.size(), name,
                        same.stream().map(LibraryJar::withVersion).collect(Collectors.joining(", "))));
            }
        });
        if (!problems.isEmpty()) return problems;
        if (!byModule.containsKey(ROOT)) return List.of(new Problem("module.rootMissing", ROOT));

        Map<String, LibraryJar> modules = new LinkedHashMap<>();
        byModule.forEach((name, same) -> modules.put(name, same.get(0)));
        ModuleFinder finder = ModuleFinder.of(jars.stream().map(LibraryJar::file).toArray(Path[]::new));
        Configuration configuration;
        try {
            // from the system modules up, not from this JVM's boot layer: doctor runs inside the platform it checks
            configuration = Configuration.empty().resolveAndBind(ModuleFinder.ofSystem(), finder, Set.of(ROOT));
        } catch (FindException | ResolutionException e) {
            List<Problem> explained = new ArrayList<>(missing(modules));
            if (explained.isEmpty()) explained.addAll(splitPackages(modules.values()));
            if (explained.isEmpty()) explained.add(new Problem("module.unresolved"));
            return explained.stream().map(p -> p.withDetail(e.getMessage())).toList();
        }
        // the JVM maps the module path's modules to one class loader, where a package may be in one module only
        List<LibraryJar> resolved = configuration.modules().stream().map(m -> modules.get(m.name())).filter(j -> j != null).toList();
        List<Problem> split = splitPackages(resolved);
        if (!split.isEmpty()) return split;
        return List.of();
    }

    private List<LibraryJar> jars() throws IOException {
        List<Path> files = new ArrayList<>();
        try (DirectoryStream<Path> entries = Files.newDirectoryStream(lib, "*.jar")) {
            entries.forEach(files::add);
        }
        files.sort(null);
        List<LibraryJar> jars = new ArrayList<>();
        for (Path file : files) {
            try {
                Optional<ModuleDescriptor> module = ModuleFinder.of(file).findAll().stream().findFirst().map(ModuleReference::descriptor);
                jars.add(new LibraryJar(file, module, module.isPresent() ? Optional.empty() : Optional.of("no module")));
            } catch (FindException e) {
                jars.add(new LibraryJar(file, Optional.empty(), Optional.of(String.valueOf(e.getMessage()))));
            }
        }
        return jars;
    }

    /** A module that requires one lib/ and the runtime do not have. */
    private static List<Problem> missing(Map<String, LibraryJar> modules) {
        Set<String> system = ModuleFinder.ofSystem().findAll().stream().map(r -> r.descriptor().name()).collect(Collectors.toSet());
        List<Problem> problems = new ArrayList<>();
        modules.forEach((name, jar) -> {
            for (ModuleDescriptor.Requires requires : jar.module().get().requires()) {
                if (requires.modifiers().contains(ModuleDescriptor.Requires.Modifier.STATIC)) continue;
                String needed = requires.name();
                if (modules.containsKey(needed)) continue;
                if (system.contains(needed)) continue;
                problems.add(new Problem("module.missing", jar.fileName(), name, needed));
            }
        });
        return problems;
    }

    /** Two jars that hold the same package, which the JVM lets one module alone define: once per pair. */
    private static List<Problem> splitPackages(Collection<LibraryJar> jars) {
        Map<String, LibraryJar> owner = new TreeMap<>();
        Map<String, Problem> byPair = new LinkedHashMap<>();
        for (LibraryJar jar : jars) {
            for (String pkg : new TreeSet<>(jar.module().get().packages())) {
                LibraryJar first = owner.putIfAbsent(pkg, jar);
                if (first != null) {
                    byPair.putIfAbsent(first.fileName() + " " + jar.fileName(), new Problem("package.split", first.fileName(), jar.fileName(), pkg));
                }
            }
        }
        return List.copyOf(byPair.values());
    }
}
