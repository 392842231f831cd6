package vn.baocao.core.plugin;

import java.io.IOException;
import java.io.OutputStream;
import java.io.StringWriter;
import java.lang.module.ResolvedModule;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.jar.JarEntry;
import java.util.jar.JarOutputStream;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import javax.tools.JavaCompiler;
import javax.tools.ToolProvider;

/**
 * Builds a real plugin jar at test time: compiles Java sources with the platform API on the module
 * path (as a plugin author's build would) and packs the classes with any resources.
 */
final class PluginJar {
    private final Map<String, String> sources = new LinkedHashMap<>();
    private final Map<String, String> resources = new LinkedHashMap<>();
    private final List<Path> modulePath = new ArrayList<>();

    static PluginJar create() {
        return new PluginJar();
    }

    /** A source file by its path in the source tree ({@code module-info.java}, {@code a/b/C.java}). */
    PluginJar source(String path, String text) {
        sources.put(path, text);
        return this;
    }

    PluginJar resource(String path, String text) {
        resources.put(path, text);
        return this;
    }

    /** Another jar the sources compile against (a private library of the plugin). */
    PluginJar against(Path jar) {
        modulePath.add(jar);
        return this;
    }

    Path writeTo(Path jar) throws IOException {
        Path work = Files.createTempDirectory("plugin-src");
        Path classes = Files.createDirectories(work.resolve("classes"));
        List<Path> files = new ArrayList<>();
        for (Map.Entry<String, String> s : sources.entrySet()) {
            Path file = work.resolve("src").resolve(s.getKey());
            Files.createDirectories(file.getParent());
            Files.writeString(file, s.getValue());
            files.add(file);
        }
        boolean modular = sources.containsKey("module-info.java");
        List<String> options = new ArrayList<>(List.of("-d", classes.toString(), "-proc:none", "-nowarn", "-Xlint:none"));
        String path = Stream.concat(platformModules().stream(), modulePath.stream()).map(Path::toString)
                .collect(Collectors.joining(java.io.File.pathSeparator));
        options.addAll(List.of(modular ? "--module-path" : "--class-path", path));
        JavaCompiler compiler = ToolProvider.getSystemJavaCompiler();
        StringWriter diagnostics = new StringWriter();
        var fileManager = compiler.getStandardFileManager(null, null, StandardCharsets.UTF_8);
        boolean ok = compiler.getTask(diagnostics, fileManager, null, options, null,
                fileManager.getJavaFileObjectsFromPaths(files)).call();
        if (!ok) {
            throw new IllegalStateException("test plugin does not compile:\n" + diagnostics);
        }
        Files.createDirectories(jar.toAbsolutePath().getParent());
        try (OutputStream out = Files.newOutputStream(jar); JarOutputStream zip = new JarOutputStream(out)) {
            try (Stream<Path> walk = Files.walk(classes)) {
                for (Path f : walk.filter(Files::isRegularFile).sorted().toList()) {
                    zip.putNextEntry(new JarEntry(classes.relativize(f).toString().replace('\\', '/')));
                    zip.write(Files.readAllBytes(f));
                    zip.closeEntry();
                }
            }
            for (Map.Entry<String, String> r : resources.entrySet()) {
                zip.putNextEntry(new JarEntry(r.getKey()));
                zip.write(r.getValue().getBytes(StandardCharsets.UTF_8));
                zip.closeEntry();
            }
        }
        return jar;
    }

    /** Where the API and the annotations a plugin may use are, as the test's own module layer found them. */
    private static List<Path> platformModules() {
        List<Path> paths = new ArrayList<>();
        for (String name : List.of("vn.baocao.api", "jakarta.validation", "jakarta.inject", "org.apiguardian.api")) {
            ModuleLayer.boot().configuration().findModule(name)
                    .map(ResolvedModule::reference)
                    .flatMap(r -> r.location())
                    .map(URI::toString)
                    .map(URI::create)
                    .map(Path::of)
                    .ifPresent(paths::add);
        }
        return paths;
    }
}
