package vn.baocao.launcher;

import java.lang.module.ModuleDescriptor;
import java.nio.file.Path;
import java.util.Optional;

/**
 * One jar of {@code lib/}: its file, and the module the JVM would make of it, or why none.
 *
 * @param file the jar
 * @param module its module (a named one, or the automatic module its file name gives)
 * @param unreadable why the JVM could not make a module of it
 */
record LibraryJar(Path file, Optional<ModuleDescriptor> module, Optional<String> unreadable) {

    String fileName() {
        return file.getFileName().toString();
    }

    /** {@code platform-core-0.1.1.jar (0.1.1)}, or the file name alone when the jar records no version. */
    String withVersion() {
        return module.flatMap(ModuleDescriptor::rawVersion).map(v -> fileName() + " (" + v + ")").orElse(fileName());
    }
}
