package vn.baocao.launcher;

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
import java.util.stream.Stream;

/**
 * {@code MANIFEST.sha256}: every file of an installation as built, with its SHA-256, in the form
 * {@code sha256sum -c} reads ({@code <hex>  <path>}, paths relative to the folder, {@code /}
 * between names, sorted). What the installation makes for itself later is left out: the
 * class-data archives and the stamps, the check's stamp, the server's {@code data/}, and a
 * {@code runtime/} (which carries a manifest of its own).
 *
 * <p>{@code java -cp lib/launcher-<version>.jar vn.baocao.launcher.InstallationManifest <folder>}
 * writes it; the build runs this on each distribution folder.
 */
public final class InstallationManifest {
    /** The file's name, at the top of the folder it lists. */
    public static final String FILE = "MANIFEST.sha256";

    private InstallationManifest() {}

    public static void main(String[] args) throws IOException {
        write(Path.of(args[0]));
    }

    public static void write(Path folder) throws IOException {
        StringBuilder text = new StringBuilder();
        for (Map.Entry<String, String> entry : compute(folder).entrySet()) {
            text.append(entry.getValue()).append("  ").append(entry.getKey()).append('\n');
        }
        Files.writeString(folder.resolve(FILE), text, StandardCharsets.UTF_8);
    }

    /** The files of the folder the manifest covers, by relative path, with their SHA-256. */
    public static Map<String, String> compute(Path folder) throws IOException {
        List<Path> files = new ArrayList<>();
        try (Stream<Path> all = Files.walk(folder)) {
            all.filter(Files::isRegularFile).forEach(files::add);
        }
        Map<String, String> hashes = new LinkedHashMap<>();
        files.stream().map(f -> folder.relativize(f).toString().replace('\\', '/')).filter(InstallationManifest::covered).sorted()
                .forEach(path -> hashes.put(path, null));
        for (String path : hashes.keySet()) {
            hashes.put(path, sha256(folder.resolve(path)));
        }
        return hashes;
    }

    /** Read back: relative path to SHA-256, in the file's order. */
    public static Map<String, String> read(Path file) throws IOException {
        Map<String, String> hashes = new LinkedHashMap<>();
        for (String line : Files.readAllLines(file, StandardCharsets.UTF_8)) {
            int gap = line.indexOf("  ");
            if (gap == 64) hashes.put(line.substring(gap + 2), line.substring(0, gap));
        }
        return hashes;
    }

    /** Whether a file belongs to what was built (not made by the installation for itself). */
    static boolean covered(String path) {
        if (path.equals(FILE)) return false;
        if (path.startsWith("runtime/") || path.startsWith("data/")) return false;
        if (path.startsWith("lib/cds/") && (path.endsWith(".jsa") || path.endsWith(".stamp"))) return false;
        return !path.equals("lib/launcher/checked.stamp");
    }

    public static String sha256(Path file) throws IOException {
        MessageDigest digest;
        try {
            digest = MessageDigest.getInstance("SHA-256");
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("every Java has SHA-256", e);
        }
        try (InputStream in = Files.newInputStream(file)) {
            byte[] buffer = new byte[64 * 1024];
            for (int n; (n = in.read(buffer)) > 0; ) {
                digest.update(buffer, 0, n);
            }
        }
        return HexFormat.of().formatHex(digest.digest());
    }
}
