package vn.baocao.core.plugin;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Stream;

/**
 * The lock file of a {@code plugins/} folder ({@code plugins.lock}): one line per jar, in the manner
 * of {@code sha256sum}, with the plugin it belongs to:
 *
 * <pre>
 * 3f0c…e1  dan-toc-extra/dan-toc-extra-1.2.0.jar  dan-toc-extra@1.2.0
 * </pre>
 *
 * While the file is there, a jar that it does not list, or whose content has changed, is refused, so
 * that nothing enters an installation without someone accepting it ({@code baocao plugins verify}).
 */
public final class PluginLock {
    public static final String FILE_NAME = "plugins.lock";

    /** A locked jar: its path under the folder (with {@code /}), its SHA-256, and the plugin's id@version. */
    public record Entry(String path, String sha256, String plugin) {}

    private final Map<String, Entry> entries;

    private PluginLock(Map<String, Entry> entries) {
        this.entries = entries;
    }

    /** The folder's lock, if it has one. */
    public static Optional<PluginLock> read(Path folder) throws IOException {
        Path file = folder.resolve(FILE_NAME);
        if (!Files.isRegularFile(file)) return Optional.empty();
        Map<String, Entry> entries = new LinkedHashMap<>();
        for (String line : Files.readAllLines(file, StandardCharsets.UTF_8)) {
            String[] parts = line.strip().split("\\s+");
            if (parts.length < 2 || parts[0].startsWith("#")) continue;
            entries.put(parts[1], new Entry(parts[1], parts[0], parts.length > 2 ? parts[2] : ""));
        }
        return Optional.of(new PluginLock(entries));
    }

    /** What is wrong with a jar under the lock: empty when it is listed with the same content. */
    Optional<String> problem(Path folder, Path jar) throws IOException {
        String path = relative(folder, jar);
        Entry entry = entries.get(path);
        if (entry == null) return Optional.of("plugin.notLocked");
        return entry.sha256().equalsIgnoreCase(sha256(jar)) ? Optional.empty() : Optional.of("plugin.lockMismatch");
    }

    /** Writes the lock of the jars now in the folder, each with the plugin loaded from its entry. */
    public static List<Entry> write(Path folder, Map<String, String> pluginOfEntry) throws IOException {
        List<Entry> entries = new ArrayList<>();
        for (Path jar : jars(folder)) {
            String path = relative(folder, jar);
            String top = path.contains("/") ? path.substring(0, path.indexOf('/')) : path;
            entries.add(new Entry(path, sha256(jar), pluginOfEntry.getOrDefault(top, "")));
        }
        StringBuilder text = new StringBuilder("# Plugins accepted in this folder: written by `baocao plugins verify`.\n");
        for (Entry e : entries) {
            text.append(e.sha256()).append("  ").append(e.path()).append(e.plugin().isEmpty() ? "" : "  " + e.plugin()).append('\n');
        }
        // whole or not at all, under the folder's lock like every file the platform writes
        byte[] bytes = text.toString().getBytes(StandardCharsets.UTF_8);
        vn.baocao.core.render.WholeFile.write(folder.resolve(FILE_NAME), out -> out.write(bytes));
        return entries;
    }

    /** The jars of an entry of the folder: the jar itself, or those in the sub-folder. */
    static List<Path> jarsOf(Path entry) throws IOException {
        if (!Files.isDirectory(entry)) return List.of(entry);
        try (Stream<Path> files = Files.walk(entry)) {
            return files.filter(p -> p.getFileName().toString().endsWith(".jar")).sorted().toList();
        }
    }

    private static List<Path> jars(Path folder) throws IOException {
        List<Path> jars = new ArrayList<>();
        try (Stream<Path> listing = Files.list(folder)) {
            for (Path entry : listing.filter(p -> !p.getFileName().toString().startsWith(".")).sorted().toList()) {
                if (Files.isDirectory(entry) || entry.getFileName().toString().endsWith(".jar")) jars.addAll(jarsOf(entry));
            }
        }
        return jars;
    }

    private static String relative(Path folder, Path jar) {
        return folder.relativize(jar).toString().replace('\\', '/');
    }

    static String sha256(Path file) throws IOException {
        try (InputStream in = Files.newInputStream(file)) {
            MessageDigest digest = MessageDigest.getInstance("SHA-256");
            byte[] buffer = new byte[1 << 16];
            for (int n; (n = in.read(buffer)) > 0; ) digest.update(buffer, 0, n);
            return HexFormat.of().formatHex(digest.digest());
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("every Java runtime has SHA-256", e);
        }
    }
}
