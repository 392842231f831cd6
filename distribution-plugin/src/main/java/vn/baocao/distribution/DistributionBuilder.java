package vn.baocao.distribution;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.nio.file.DirectoryStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.attribute.PosixFilePermission;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.Enumeration;
import java.util.List;
import java.util.Set;
import java.util.stream.Stream;
import org.apache.commons.compress.archivers.zip.ZipArchiveEntry;
import org.apache.commons.compress.archivers.zip.ZipArchiveOutputStream;
import org.apache.commons.compress.archivers.zip.ZipFile;
import vn.baocao.launcher.InstallationManifest;
import vn.baocao.launcher.LauncherCheck;
import vn.baocao.launcher.ModulePathCheck;
import vn.baocao.launcher.Problem;

/**
 * Makes an integrator's distribution from the platform's: {@code <out>/<name>/} made anew (so that no
 * jar of an earlier build stays), the platform's zip unpacked into it without its top folder, the
 * plugins left out removed from {@code lib/}, the agency's {@code conf/} laid over the platform's,
 * its drop-in plugins put into {@code plugins/}, then checked and listed: {@code lib/} resolved as
 * the launcher resolves it, {@code MANIFEST.sha256} written. Then {@code <out>/<name>.zip}, in a
 * folder of that name, with the launchers' permissions.
 */
public final class DistributionBuilder {
    /** What the installation makes for itself, and what the platform's zip does not carry. */
    private static final Set<String> NOT_SHIPPED_SUFFIXES = Set.of(".jsa", ".stamp");

    private final Path platformZip;
    private final Path out;
    private final String name;

    public DistributionBuilder(Path platformZip, Path out, String name) {
        this.platformZip = platformZip;
        this.out = out;
        this.name = name;
    }

    /**
     * @param leaveOut the names of jars of {@code lib/} to leave out, without their version ({@code format-markdown})
     * @param conf the agency's {@code conf/} (settings, rules, units, plugins' settings), if it has one
     * @param dropIns plugin jars for {@code plugins/}
     * @return the folder made
     * @throws DistributionException when a name left out is not in {@code lib/}, or {@code lib/} would not start
     */
    public Path build(List<String> leaveOut, Path conf, List<Path> dropIns) throws IOException, DistributionException {
        Path folder = out.resolve(name);
        delete(folder);
        Files.createDirectories(folder);
        unpack(folder);
        for (String jar : leaveOut) {
            leaveOut(folder.resolve("lib"), jar);
        }
        if (conf != null && Files.isDirectory(conf)) copyTree(conf, folder.resolve("conf"));
        Path plugins = Files.createDirectories(folder.resolve("plugins"));
        for (Path jar : dropIns) {
            Files.copy(jar, plugins.resolve(jar.getFileName().toString()), StandardCopyOption.REPLACE_EXISTING);
        }
        List<Problem> problems = new ModulePathCheck(folder.resolve("lib")).problems();
        if (!problems.isEmpty()) {
            StringBuilder said = new StringBuilder("lib/ of " + name + " would not start:");
            for (Problem p : problems) {
                said.append("\n  ").append(LauncherCheck.message(p, java.util.Locale.ENGLISH)).append("\n    ");
                if (p.key().equals("module.missing") && !leaveOut.isEmpty()) {
                    // in a build, the fix is in the pom; a plugin or format may go too, the platform's own jars may not
                    String needing = withoutVersion(String.valueOf(p.arguments().get(0)));
                    said.append("Take the jar that holds module ").append(p.arguments().get(2)).append(" off <leaveOut>");
                    if (needing.startsWith("format-") || needing.startsWith("plugin-")) said.append(", or leave ").append(needing).append(" out too");
                    said.append('.');
                } else {
                    said.append(LauncherCheck.hint(p, java.util.Locale.ENGLISH));
                }
            }
            // no folder that looks like a distribution is left for one that would not start
            delete(folder);
            throw new DistributionException(said.toString());
        }
        InstallationManifest.write(folder);
        zip(folder, out.resolve(name + ".zip"));
        return folder;
    }

    private void unpack(Path folder) throws IOException, DistributionException {
        try (ZipFile zip = ZipFile.builder().setPath(platformZip).get()) {
            Enumeration<ZipArchiveEntry> entries = zip.getEntries();
            while (entries.hasMoreElements()) {
                ZipArchiveEntry entry = entries.nextElement();
                String path = entry.getName();
                int slash = path.indexOf('/');
                if (slash < 0 || slash == path.length() - 1) continue;
                String relative = path.substring(slash + 1);
                if (relative.startsWith("lib/cds/") && NOT_SHIPPED_SUFFIXES.stream().anyMatch(relative::endsWith)) continue;
                Path target = folder.resolve(relative).normalize();
                if (!target.startsWith(folder)) throw new DistributionException(platformZip + " holds a path outside its folder: " + path);
                if (entry.isDirectory()) {
                    Files.createDirectories(target);
                    continue;
                }
                Files.createDirectories(target.getParent());
                try (InputStream in = zip.getInputStream(entry)) {
                    Files.copy(in, target, StandardCopyOption.REPLACE_EXISTING);
                }
                if ((entry.getUnixMode() & 0100) != 0) executable(target);
            }
        }
    }

    private static void leaveOut(Path lib, String jar) throws IOException, DistributionException {
        List<Path> matching = new ArrayList<>();
        try (DirectoryStream<Path> jars = Files.newDirectoryStream(lib, jar + "-*.jar")) {
            jars.forEach(matching::add);
        }
        // format-html-*.jar must not take format-html-extra-*.jar: the rest of the name is a version
        matching.removeIf(p -> !Character.isDigit(p.getFileName().toString().charAt(jar.length() + 1)));
        if (matching.isEmpty()) {
            List<String> names = names(lib);
            String near = names.stream().filter(n -> distance(n, jar) <= 2).findFirst()
                    .map(n -> " Did you mean " + n + "?").orElse("");
            throw new DistributionException("leaveOut: lib/ has no " + jar + "-<version>.jar." + near
                    + " The names <leaveOut> takes (the jars of lib/ without their versions): " + String.join(", ", names));
        }
        for (Path p : matching) Files.delete(p);
    }

    private static List<String> names(Path lib) throws IOException {
        try (Stream<Path> all = Files.list(lib)) {
            return all.map(p -> p.getFileName().toString()).filter(n -> n.endsWith(".jar"))
                    .map(DistributionBuilder::withoutVersion).distinct().sorted().toList();
        }
    }

    /** {@code guava-33.8.0-jre.jar} → {@code guava}: what {@code <leaveOut>} names a jar by. */
    static String withoutVersion(String jar) {
        return jar.replaceFirst("-\\d.*\\.jar$", "").replaceFirst("\\.jar$", "");
    }

    private static int distance(String a, String b) {
        int[] row = new int[b.length() + 1];
        for (int j = 0; j <= b.length(); j++) row[j] = j;
        for (int i = 1; i <= a.length(); i++) {
            int diagonal = row[0];
            row[0] = i;
            for (int j = 1; j <= b.length(); j++) {
                int above = row[j];
                row[j] = Math.min(Math.min(row[j] + 1, row[j - 1] + 1), diagonal + (a.charAt(i - 1) == b.charAt(j - 1) ? 0 : 1));
                diagonal = above;
            }
        }
        return row[b.length()];
    }

    private void zip(Path folder, Path file) throws IOException {
        Files.deleteIfExists(file);
        List<Path> files;
        try (Stream<Path> all = Files.walk(folder)) {
            files = all.filter(Files::isRegularFile).sorted().toList();
        }
        try (OutputStream stream = Files.newOutputStream(file); ZipArchiveOutputStream zip = new ZipArchiveOutputStream(stream)) {
            for (Path f : files) {
                ZipArchiveEntry entry = new ZipArchiveEntry(name + "/" + folder.relativize(f).toString().replace('\\', '/'));
                entry.setUnixMode(Files.isExecutable(f) ? 0100755 : 0100644);
                entry.setTime(Files.getLastModifiedTime(f).toMillis());
                zip.putArchiveEntry(entry);
                Files.copy(f, zip);
                zip.closeArchiveEntry();
            }
        }
    }

    private static void executable(Path file) throws IOException {
        try {
            Set<PosixFilePermission> permissions = PosixFilePermissions.fromString("rwxr-xr-x");
            Files.setPosixFilePermissions(file, permissions);
        } catch (UnsupportedOperationException e) {
            file.toFile().setExecutable(true, false);
        }
    }

    private static void copyTree(Path from, Path to) throws IOException {
        try (Stream<Path> all = Files.walk(from)) {
            for (Path p : (Iterable<Path>) all::iterator) {
                Path target = to.resolve(from.relativize(p).toString());
                if (Files.isDirectory(p)) Files.createDirectories(target);
                else Files.copy(p, target, StandardCopyOption.REPLACE_EXISTING);
            }
        }
    }

    private static void delete(Path folder) throws IOException {
        if (!Files.exists(folder)) return;
        try (Stream<Path> all = Files.walk(folder)) {
            for (Path p : (Iterable<Path>) all.sorted(Comparator.reverseOrder())::iterator) Files.delete(p);
        }
    }
}
