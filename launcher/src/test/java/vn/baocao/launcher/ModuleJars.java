package vn.baocao.launcher;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.jar.JarEntry;
import java.util.jar.JarOutputStream;
import java.util.stream.Stream;
import javax.tools.JavaCompiler;
import javax.tools.ToolProvider;

/** Jars for a test's lib/: modules compiled from a few lines, or plain jars, or not jars at all. */
final class ModuleJars {
    private final Path lib;
    private final Path work;

    ModuleJars(Path root) throws IOException {
        this.lib = Files.createDirectories(root.resolve("lib"));
        this.work = Files.createDirectories(root.resolve("work"));
    }

    Path lib() {
        return lib;
    }

    /** {@code file} holding module {@code name}, which requires {@code requires}, at {@code version}, with one class in package {@code name}. */
    Path module(String file, String name, String version, String... requires) throws IOException {
        Path src = Files.createDirectories(work.resolve(file + "-src"));
        StringBuilder info = new StringBuilder("module " + name + " {\n");
        for (String r : requires) info.append("    requires ").append(r).append(";\n");
        info.append("    exports ").append(name).append(";\n}\n");
        Files.writeString(src.resolve("module-info.java"), info);
        Path pkg = Files.createDirectories(src.resolve(name.replace('.', '/')));
        Files.writeString(pkg.resolve("Marker.java"), "package " + name + ";\npublic final class Marker {}\n");
        Path classes = Files.createDirectories(work.resolve(file + "-classes"));
        List<String> args = new ArrayList<>(List.of("-d", classes.toString(), "--module-path", lib.toString(), "--module-version", version));
        try (Stream<Path> sources = Files.walk(src)) {
            sources.filter(f -> f.toString().endsWith(".java")).forEach(f -> args.add(f.toString()));
        }
        JavaCompiler compiler = ToolProvider.getSystemJavaCompiler();
        if (compiler.run(null, null, null, args.toArray(String[]::new)) != 0) throw new IllegalStateException("compiling " + file);
        return jar(file, classes);
    }

    /** A jar without module-info (an automatic module) holding package {@code pkg}. */
    Path plain(String file, String pkg) throws IOException {
        Path classes = Files.createDirectories(work.resolve(file + "-classes"));
        Path dir = Files.createDirectories(classes.resolve(pkg.replace('.', '/')));
        // an automatic module's packages come from the names of its class files
        Files.write(dir.resolve("Data.class"), new byte[] {1});
        return jar(file, classes);
    }

    Path file(String file, byte[] content) throws IOException {
        return Files.write(lib.resolve(file), content);
    }

    private Path jar(String file, Path classes) throws IOException {
        Path jar = lib.resolve(file);
        try (OutputStream out = Files.newOutputStream(jar); JarOutputStream zip = new JarOutputStream(out);
             Stream<Path> entries = Files.walk(classes)) {
            for (Path f : entries.filter(Files::isRegularFile).sorted().toList()) {
                zip.putNextEntry(new JarEntry(classes.relativize(f).toString().replace('\\', '/')));
                zip.write(Files.readAllBytes(f));
                zip.closeEntry();
            }
        }
        return jar;
    }

}
