package vn.baocao.it;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.util.Base64;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.zip.GZIPInputStream;

/**
 * axe-core, the accessibility checker, from the npm registry: its package is fetched once into the
 * build's {@code target/}, checked against the integrity the registry publishes for it, and its
 * {@code axe.min.js} run in the page under test. Nothing of it is served by the application.
 */
final class AxeCore {
    static final String VERSION = "4.10.3";
    private static final Path CACHE = ItPaths.root().resolve("integration-tests/target/axe/axe-" + VERSION + ".min.js");

    private AxeCore() {}

    static synchronized String script() throws Exception {
        if (Files.isRegularFile(CACHE)) return Files.readString(CACHE, StandardCharsets.UTF_8);
        HttpClient http = HttpClient.newBuilder().followRedirects(HttpClient.Redirect.NORMAL).build();
        String about = http.send(HttpRequest.newBuilder(URI.create("https://registry.npmjs.org/axe-core/" + VERSION)).build(),
                HttpResponse.BodyHandlers.ofString()).body();
        Matcher integrity = Pattern.compile("\"integrity\"\\s*:\\s*\"sha512-([^\"]+)\"").matcher(about);
        Matcher tarball = Pattern.compile("\"tarball\"\\s*:\\s*\"([^\"]+)\"").matcher(about);
        if (!integrity.find() || !tarball.find()) throw new AssertionError("the npm registry did not describe axe-core " + VERSION + ": " + about);
        byte[] archive = http.send(HttpRequest.newBuilder(URI.create(tarball.group(1))).build(), HttpResponse.BodyHandlers.ofByteArray()).body();
        byte[] digest = MessageDigest.getInstance("SHA-512").digest(archive);
        if (!Base64.getEncoder().encodeToString(digest).equals(integrity.group(1))) {
            throw new AssertionError("axe-core " + VERSION + " from the registry does not match its published integrity");
        }
        byte[] script = entry(new GZIPInputStream(new ByteArrayInputStream(archive)), "package/axe.min.js");
        Files.createDirectories(CACHE.getParent());
        Files.write(CACHE, script);
        return new String(script, StandardCharsets.UTF_8);
    }

    /** One file of a tar stream: 512-byte headers, each followed by its content padded to 512 bytes. */
    private static byte[] entry(InputStream tar, String name) throws IOException {
        byte[] header = new byte[512];
        while (tar.readNBytes(header, 0, 512) == 512) {
            String entryName = new String(header, 0, 100, StandardCharsets.US_ASCII).replaceAll("\u0000.*", "");
            if (entryName.isEmpty()) break;
            long size = Long.parseLong(new String(header, 124, 12, StandardCharsets.US_ASCII).replaceAll("[\u0000 ]", "").strip(), 8);
            ByteArrayOutputStream content = new ByteArrayOutputStream();
            content.write(tar.readNBytes((int) size));
            tar.skipNBytes((512 - size % 512) % 512);
            if (entryName.equals(name)) return content.toByteArray();
        }
        throw new AssertionError("no " + name + " in the axe-core package");
    }
}
