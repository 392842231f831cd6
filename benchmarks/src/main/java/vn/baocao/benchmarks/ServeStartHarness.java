package vn.baocao.benchmarks;

import java.io.IOException;
import java.net.HttpURLConnection;
import java.net.ServerSocket;
import java.net.URI;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.stream.Stream;

/**
 * How long {@code baocao serve} takes to be ready: the installed distribution started as a process
 * on a fresh copy of the installation (no class-data archive, no database yet: its schema is
 * migrated), then started again on the same copy; each time from the process's start to the first
 * 200 of {@code /api/ready}. The baseline, from the same run: {@code baocao --version} on the same
 * copy, the launcher and the JVM with the platform's modules and nothing else.
 *
 * <pre>java -cp benchmarks/target/classes vn.baocao.benchmarks.ServeStartHarness app/target/baocao [rounds]</pre>
 */
public final class ServeStartHarness {
    private ServeStartHarness() {}

    public static void main(String[] args) throws Exception {
        Path installation = Path.of(args.length > 0 ? args[0] : "app/target/baocao");
        int rounds = args.length > 1 ? Integer.parseInt(args[1]) : 5;
        System.out.printf("machine: %d cores, %s, %s %s; installation %s%n", Runtime.getRuntime().availableProcessors(),
                System.getProperty("os.arch"), System.getProperty("java.vm.name"), System.getProperty("java.version"), installation);
        List<Double> first = new ArrayList<>();
        List<Double> again = new ArrayList<>();
        List<Double> version = new ArrayList<>();
        for (int round = 1; round <= rounds; round++) {
            Path copy = Files.createTempDirectory("baocao-start");
            copyTree(installation, copy);
            first.add(ready(copy));
            again.add(ready(copy));
            version.add(versionRun(copy));
            System.out.printf("round %d: fresh installation %.2f s, started again %.2f s | baocao --version %.2f s%n", round,
                    first.get(round - 1), again.get(round - 1), version.get(round - 1));
            deleteTree(copy);
        }
        System.out.printf("median of %d: fresh installation %.2f s, started again %.2f s | baseline baocao --version %.2f s%n", rounds,
                median(first), median(again), median(version));
    }

    /** Seconds from the process's start to the server answering ready; then it is stopped as an operator would (TERM). */
    private static double ready(Path home) throws Exception {
        int port;
        try (ServerSocket free = new ServerSocket(0)) {
            port = free.getLocalPort();
        }
        Path log = Files.createTempFile("serve", ".log");
        long start = System.nanoTime();
        Process server = new ProcessBuilder(home.resolve("bin/baocao").toString(), "serve", "--port", Integer.toString(port))
                .redirectErrorStream(true).redirectOutput(log.toFile()).start();
        try {
            long deadline = start + 60_000_000_000L;
            while (System.nanoTime() < deadline) {
                if (!server.isAlive()) throw new IllegalStateException("serve ended: " + Files.readString(log));
                if (answersReady(port)) return (System.nanoTime() - start) / 1e9;
                Thread.sleep(10);
            }
            throw new IllegalStateException("serve not ready in 60 s: " + Files.readString(log));
        } finally {
            server.destroy();
            server.waitFor();
            Files.deleteIfExists(log);
        }
    }

    private static boolean answersReady(int port) {
        try {
            HttpURLConnection c = (HttpURLConnection) URI.create("http://127.0.0.1:" + port + "/api/ready").toURL().openConnection();
            c.setConnectTimeout(200);
            c.setReadTimeout(2000);
            return c.getResponseCode() == 200;
        } catch (IOException e) {
            return false;
        }
    }

    private static double versionRun(Path home) throws Exception {
        long start = System.nanoTime();
        Process p = new ProcessBuilder(home.resolve("bin/baocao").toString(), "--version").redirectErrorStream(true)
                .redirectOutput(ProcessBuilder.Redirect.DISCARD).start();
        if (p.waitFor() != 0) throw new IllegalStateException("baocao --version failed");
        return (System.nanoTime() - start) / 1e9;
    }

    private static double median(List<Double> figures) {
        List<Double> sorted = new ArrayList<>(figures);
        Collections.sort(sorted);
        return sorted.get(sorted.size() / 2);
    }

    private static void copyTree(Path from, Path to) throws IOException {
        try (Stream<Path> all = Files.walk(from)) {
            for (Path p : (Iterable<Path>) all::iterator) {
                Path target = to.resolve(from.relativize(p).toString());
                // a fresh installation: without the archive of classes a first run makes, without data
                String relative = from.relativize(p).toString();
                if (FirstRunHarness.madeByTheInstallation(relative)) continue;
                if (Files.isDirectory(p)) Files.createDirectories(target);
                else Files.copy(p, target, StandardCopyOption.COPY_ATTRIBUTES);
            }
        }
    }

    private static void deleteTree(Path root) throws IOException {
        try (Stream<Path> all = Files.walk(root)) {
            for (Path p : (Iterable<Path>) all.sorted(Collections.reverseOrder())::iterator) Files.delete(p);
        }
    }
}
