package vn.baocao.it;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.FileVisitResult;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.nio.file.SimpleFileVisitor;
import java.nio.file.StandardCopyOption;
import java.nio.file.attribute.BasicFileAttributes;

/** Where things are: the repository, the built distributions, a fresh work folder for each test. */
final class ItPaths {
    private ItPaths() {}

    static String property(String name) {
        String value = System.getProperty(name);
        if (value == null) {
            throw new IllegalStateException("system property " + name + " is not set (run through Maven: ./mvnw -Pdist verify)");
        }
        return value;
    }

    static Path root() {
        return Path.of(property("baocao.root")).toAbsolutePath().normalize();
    }

    static String version() {
        return property("baocao.version");
    }

    /** app/target/baocao-<version>/ or app/target/baocao-<version>-<suffix>/ */
    static Path distribution(String suffix) {
        return root().resolve("app/target/baocao-" + version() + suffix);
    }

    /** An empty folder for one test, under integration-tests/target/it-work/. */
    static Path work(String name) throws IOException {
        Path folder = Path.of(property("baocao.work")).resolve(name);
        delete(folder);
        return Files.createDirectories(folder);
    }

    /** Copies a folder, keeping file permissions (the launchers must stay executable). */
    static Path copy(Path from, Path to) throws IOException {
        Files.walkFileTree(from, new SimpleFileVisitor<>() {
            @Override
            public FileVisitResult preVisitDirectory(Path dir, BasicFileAttributes attrs) throws IOException {
                Files.createDirectories(to.resolve(from.relativize(dir).toString()));
                return FileVisitResult.CONTINUE;
            }

            @Override
            public FileVisitResult visitFile(Path file, BasicFileAttributes attrs) throws IOException {
                Files.copy(file, to.resolve(from.relativize(file).toString()), StandardCopyOption.COPY_ATTRIBUTES,
                        LinkOption.NOFOLLOW_LINKS);
                return FileVisitResult.CONTINUE;
            }
        });
        return to;
    }

    static void delete(Path folder) throws IOException {
        if (!Files.exists(folder)) {
            return;
        }
        try (var paths = Files.walk(folder)) {
            paths.sorted(java.util.Comparator.reverseOrder()).forEach(p -> {
                try {
                    Files.delete(p);
                } catch (IOException e) {
                    throw new UncheckedIOException(e);
                }
            });
        }
    }
}
