package vn.baocao.benchmarks;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.stream.Stream;

/**
 * What the first command of an installation leaves the renders after it: two fresh copies of the
 * installed distribution, one whose first command is {@code baocao --version} (the guide's first
 * check), one whose first is a render; then renders of the example to DOCX on each, in turns. The
 * first command's own time is printed too (it makes the class-data archive). Baseline from the same
 * run: {@code baocao --version} once the archive is there.
 *
 * <pre>java -cp benchmarks/target/classes vn.baocao.benchmarks.FirstRunHarness app/target/baocao docs/examples/dan-van-kheo-2023/bao-cao.yaml [renders]</pre>
 */
public final class FirstRunHarness {
    private FirstRunHarness() {}

    public static void main(String[] args) throws Exception {
        Path installation = Path.of(args.length > 0 ? args[0] : "app/target/baocao");
        Path source = Path.of(args.length > 1 ? args[1] : "docs/examples/dan-van-kheo-2023/bao-cao.yaml").toAbsolutePath();
        int renders = args.length > 2 ? Integer.parseInt(args[2]) : 7;
        System.out.printf("machine: %d cores, %s, %s %s; installation %s%n", Runtime.getRuntime().availableProcessors(),
                System.getProperty("os.arch"), System.getProperty("java.vm.name"), System.getProperty("java.version"), installation);
        Path versionFirst = fresh(installation);
        Path renderFirst = fresh(installation);
        Path out = Files.createTempDirectory("first-run-out");
        try {
            double firstVersion = run(versionFirst, "--version");
            double firstRender = run(renderFirst, "render", source.toString(), "--format", "docx", "--out", out.toString());
            System.out.printf("first command: baocao --version %.2f s | baocao render %.2f s%n", firstVersion, firstRender);
            List<Double> afterVersion = new ArrayList<>();
            List<Double> afterRender = new ArrayList<>();
            List<Double> baseline = new ArrayList<>();
            for (int i = 1; i <= renders; i++) {
                afterVersion.add(run(versionFirst, "render", source.toString(), "--format", "docx", "--out", out.toString()));
                afterRender.add(run(renderFirst, "render", source.toString(), "--format", "docx", "--out", out.toString()));
                baseline.add(run(renderFirst, "--version"));
                System.out.printf("render %d: --version-first install %.2f s, render-first install %.2f s | baseline --version %.2f s%n", i,
                        afterVersion.get(i - 1), afterRender.get(i - 1), baseline.get(i - 1));
            }
            System.out.printf("median of %d renders: --version-first install %.2f s (%.2f–%.2f), render-first install %.2f s (%.2f–%.2f) | baseline --version %.2f s%n",
                    renders, median(afterVersion), min(afterVersion), max(afterVersion), median(afterRender), min(afterRender), max(afterRender),
                    median(baseline));
        } finally {
            deleteTree(versionFirst);
            deleteTree(renderFirst);
            deleteTree(out);
        }
    }

    /** What an installation makes for itself, left out of a fresh copy: archives and stamps, the server's data. */
    static boolean madeByTheInstallation(String relative) {
        return relative.startsWith("lib/cds/") && (relative.endsWith(".jsa") || relative.endsWith(".stamp"))
                || relative.equals("lib/launcher/checked.stamp") || relative.startsWith("data");
    }

    private static Path fresh(Path installation) throws IOException {
        Path copy = Files.createTempDirectory("baocao-first-run");
        try (Stream<Path> all = Files.walk(installation)) {
            for (Path p : (Iterable<Path>) all::iterator) {
                String relative = installation.relativize(p).toString();
                if (madeByTheInstallation(relative)) continue;
                Path target = copy.resolve(relative);
                if (Files.isDirectory(p)) Files.createDirectories(target);
                else Files.copy(p, target, StandardCopyOption.COPY_ATTRIBUTES);
            }
        }
        return copy;
    }

    private static double run(Path home, String... arguments) throws Exception {
        List<String> command = new ArrayList<>();
        command.add(home.resolve("bin/baocao").toString());
        command.addAll(List.of(arguments));
        long start = System.nanoTime();
        Process p = new ProcessBuilder(command).redirectErrorStream(true).redirectOutput(ProcessBuilder.Redirect.DISCARD).start();
        if (p.waitFor() != 0) throw new IllegalStateException(String.join(" ", command) + " failed");
        return (System.nanoTime() - start) / 1e9;
    }

    private static double median(List<Double> figures) {
        List<Double> sorted = new ArrayList<>(figures);
        Collections.sort(sorted);
        return sorted.get(sorted.size() / 2);
    }

    private static double min(List<Double> figures) {
        return Collections.min(figures);
    }

    private static double max(List<Double> figures) {
        return Collections.max(figures);
    }

    private static void deleteTree(Path root) throws IOException {
        if (!Files.exists(root)) return;
        try (Stream<Path> all = Files.walk(root)) {
            for (Path p : (Iterable<Path>) all.sorted(Collections.reverseOrder())::iterator) Files.delete(p);
        }
    }
}
