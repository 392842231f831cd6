package vn.baocao.benchmarks;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.HttpURLConnection;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import vn.baocao.core.Platform;
import vn.baocao.core.PlatformOptions;
import vn.baocao.server.Actor;
import vn.baocao.server.BaocaoServer;
import vn.baocao.server.Database;
import vn.baocao.server.Grant;
import vn.baocao.server.ServerSettings;

/**
 * The reporting server under load, on loopback and bounded: 50 submitters, each of one commune, send
 * 2,000 values each in batches of 100 (100,000 in all), at once and then paced at one batch a second
 * each; after each the harness counts what was stored and audited, and prints values per second and
 * the batches' latency (p50, p99), beside what the database alone takes in the same run. On the
 * embedded H2, and on PostgreSQL (one node and two nodes) when a JDBC address is given.
 *
 * <pre>java -cp "$(cat benchmarks/target/classpath.txt):benchmarks/target/classes" vn.baocao.benchmarks.ServerLoadHarness [jdbc:postgresql://127.0.0.1:5432/baocao_test]</pre>
 * (PostgreSQL's user and password: baocao/baocao, or BAOCAO_DB_USER and BAOCAO_DB_PASSWORD; the schema is emptied first.)
 */
public final class ServerLoadHarness {
    private static final int SUBMITTERS = 50;
    private static final int BATCHES_EACH = 20;
    private static final int PER_BATCH = 100;
    private static final String PASSWORD = "mat khau cua nguoi nhap";
    /** One batch a second from each submitter when paced: 50 × 100 values a second, the target rate. */
    private static final long PACE_MILLIS = 1000;
    /** The values of each phase: the same communes and months, another indicator. */
    private static final String AT_ONCE = "\"indicator\": \"CM_COUPLES\"";
    private static final String PACED = "\"indicator\": \"CM_UNDERAGE_PERSONS\", \"categories\": {\"SEX\": \"F\"}";

    private ServerLoadHarness() {}

    public static void main(String[] args) throws Exception {
        System.out.printf("machine: %d cores, %s, max heap %d MB, %s %s%n", Runtime.getRuntime().availableProcessors(),
                System.getProperty("os.arch"), Runtime.getRuntime().maxMemory() >> 20, System.getProperty("java.vm.name"),
                System.getProperty("java.version"));
        Platform platform = Platform.start(PlatformOptions.defaults());
        Path folder = Files.createTempDirectory("baocao-load");
        run("H2, one node", platform, settings(ServerSettings.embeddedDatabase(folder), "sa", "", folder), 1);
        if (args.length > 0) {
            String user = System.getenv().getOrDefault("BAOCAO_DB_USER", "baocao");
            String password = System.getenv().getOrDefault("BAOCAO_DB_PASSWORD", "baocao");
            ServerSettings postgres = settings(args[0], user, password, folder);
            empty(postgres);
            run("PostgreSQL, one node", platform, postgres, 1);
            empty(postgres);
            run("PostgreSQL, two nodes", platform, postgres, 2);
        }
    }

    private static ServerSettings settings(String url, String user, String password, Path folder) {
        return new ServerSettings("127.0.0.1", 0, url, user, password, 20, folder);
    }

    private static void run(String name, Platform platform, ServerSettings settings, int nodes) throws Exception {
        List<Database> databases = new ArrayList<>();
        List<BaocaoServer> servers = new ArrayList<>();
        for (int n = 0; n < nodes; n++) {
            Database database = Database.open(settings);
            databases.add(database);
            servers.add(new BaocaoServer(platform, database, settings, System.err::println, false).start("127.0.0.1", 0));
        }
        try {
            System.out.println(name + ":");
            baseline(databases.get(0));
            List<String> communes = communes(platform);
            List<String[]> sessions = new ArrayList<>();
            for (int s = 0; s < SUBMITTERS; s++) {
                servers.get(0).users().add("xa" + s, "Xã " + s, PASSWORD, "vi", List.of(Grant.parse("submitter:" + communes.get(s))),
                        new Actor("harness", "local"));
                // logged in before the clock starts: a login is an Argon2id hash, measured on its own
                sessions.add(login(servers.get(s % nodes).port(), "xa" + s));
            }
            phase("  at once", databases.get(0), servers, sessions, communes, AT_ONCE, 0);
            phase("  paced  ", databases.get(0), servers, sessions, communes, PACED, PACE_MILLIS);
        } finally {
            servers.forEach(BaocaoServer::close);
            databases.forEach(Database::close);
        }
    }

    /**
     * Each submitter's 20 batches, one after the other: at once (the next batch as soon as the last is
     * answered: the most the server takes, and a batch's latency is then mostly its wait behind the
     * others), or paced (one batch a second each: 5,000 values/s offered, the latency a batch has
     * under that load).
     */
    private static void phase(String name, Database database, List<BaocaoServer> servers, List<String[]> sessions, List<String> communes,
                              String indicator, long paceMillis) throws Exception {
        long storedBefore = count(database, "SELECT COUNT(*) FROM data_values");
        long auditedBefore = count(database, "SELECT COUNT(*) FROM audit WHERE action = 'value.set'");
        ExecutorService pool = Executors.newFixedThreadPool(SUBMITTERS);
        List<Future<long[]>> results = new ArrayList<>();
        long start = System.nanoTime();
        for (int s = 0; s < SUBMITTERS; s++) {
            int submitter = s;
            int port = servers.get(s % servers.size()).port();
            // paced submitters start spread over the first second, as people do
            long offset = paceMillis * s / SUBMITTERS;
            results.add(pool.submit(() -> submit(port, sessions.get(submitter), "xa" + submitter, communes.get(submitter), indicator,
                    start + offset * 1_000_000L, paceMillis)));
        }
        long[] latencies = new long[SUBMITTERS * BATCHES_EACH];
        int k = 0;
        for (Future<long[]> result : results) {
            for (long latency : result.get()) latencies[k++] = latency;
        }
        double seconds = (System.nanoTime() - start) / 1e9;
        pool.shutdown();
        Arrays.sort(latencies);
        long stored = count(database, "SELECT COUNT(*) FROM data_values") - storedBefore;
        long audited = count(database, "SELECT COUNT(*) FROM audit WHERE action = 'value.set'") - auditedBefore;
        long values = (long) SUBMITTERS * BATCHES_EACH * PER_BATCH;
        System.out.printf("%s: %,d values in %,d batches of %d from %d submitters: %.1f s, %,.0f values/s | batch p50 %.0f ms, p99 %.0f ms"
                        + " | stored %,d, audited %,d%n", name, values, latencies.length, PER_BATCH, SUBMITTERS, seconds, values / seconds,
                latencies[latencies.length / 2] / 1e6, latencies[(int) (latencies.length * 0.99)] / 1e6, stored, audited);
        if (stored != values || audited != values) throw new IllegalStateException("stored or audited is not " + values);
    }

    /**
     * What the database alone takes on this machine, the floor under the server's figures: the same
     * 100,000 rows, and as many audit rows, written by 50 threads in transactions of 100 with JDBC
     * batches, with no HTTP, reading or checking.
     */
    private static void baseline(Database database) throws Exception {
        database.inTransaction(c -> {
            try (Statement s = c.createStatement()) {
                s.execute("CREATE TABLE load_floor (k VARCHAR(40) PRIMARY KEY, unscaled BIGINT NOT NULL, note VARCHAR(400))");
            }
            return null;
        });
        ExecutorService pool = Executors.newFixedThreadPool(SUBMITTERS);
        List<Future<?>> done = new ArrayList<>();
        long start = System.nanoTime();
        for (int t = 0; t < SUBMITTERS; t++) {
            int thread = t;
            done.add(pool.submit(() -> {
                for (int b = 0; b < BATCHES_EACH; b++) {
                    int batch = b;
                    database.inTransaction(c -> {
                        try (java.sql.PreparedStatement rows = c.prepareStatement("INSERT INTO load_floor (k, unscaled) VALUES (?, ?)");
                             java.sql.PreparedStatement audit = c.prepareStatement("INSERT INTO load_floor (k, unscaled, note) VALUES (?, ?, ?)")) {
                            for (int i = 0; i < PER_BATCH; i++) {
                                rows.setString(1, thread + "/" + batch + "/" + i);
                                rows.setLong(2, i);
                                rows.addBatch();
                                audit.setString(1, "a" + thread + "/" + batch + "/" + i);
                                audit.setLong(2, i);
                                audit.setString(3, "value.set");
                                audit.addBatch();
                            }
                            rows.executeBatch();
                            audit.executeBatch();
                        }
                        return null;
                    });
                }
                return null;
            }));
        }
        for (Future<?> f : done) f.get();
        double seconds = (System.nanoTime() - start) / 1e9;
        pool.shutdown();
        database.inTransaction(c -> {
            try (Statement s = c.createStatement()) {
                s.execute("DROP TABLE load_floor");
            }
            return null;
        });
        long values = (long) SUBMITTERS * BATCHES_EACH * PER_BATCH;
        System.out.printf("  database alone: %,d rows and %,d audit rows in %,d transactions from %d threads: %.1f s, %,.0f values/s%n",
                values, values, SUBMITTERS * BATCHES_EACH, SUBMITTERS, seconds, values / seconds);
    }

    /** Periods from next year on: open for entry whatever day the harness runs. */
    private static final int FIRST_YEAR = java.time.LocalDate.now().getYear() + 1;

    /** One submitter's 20 batches, one after the other; each batch's time from send to answer. */
    private static long[] submit(int port, String[] session, String login, String commune, String indicator, long startAt, long paceMillis)
            throws IOException, InterruptedException {
        long[] latencies = new long[BATCHES_EACH];
        for (int b = 0; b < BATCHES_EACH; b++) {
            if (paceMillis > 0) {
                long due = startAt + b * paceMillis * 1_000_000L;
                long wait = due - System.nanoTime();
                if (wait > 0) Thread.sleep(wait / 1_000_000L, (int) (wait % 1_000_000L));
            }
            StringBuilder json = new StringBuilder("{\"values\": [");
            for (int i = 0; i < PER_BATCH; i++) {
                int month = b * PER_BATCH + i;
                if (i > 0) json.append(',');
                json.append("{").append(indicator).append(", \"unit\": \"").append(commune).append("\", \"period\": \"")
                        .append(FIRST_YEAR + month / 12).append('-').append(String.format("%02d", month % 12 + 1)).append("\", \"value\": ")
                        .append(month % 17).append('}');
            }
            json.append("]}");
            long t0 = System.nanoTime();
            HttpURLConnection c = open(port, "/api/values", session);
            c.setDoOutput(true);
            c.setRequestProperty("Content-Type", "application/json");
            c.setRequestProperty("Idempotency-Key", login + "-" + indicator.hashCode() + "-" + b);
            try (OutputStream out = c.getOutputStream()) {
                out.write(json.toString().getBytes(StandardCharsets.UTF_8));
            }
            int status = c.getResponseCode();
            String body = read(status >= 400 ? c.getErrorStream() : c.getInputStream());
            latencies[b] = System.nanoTime() - t0;
            if (status != 200) throw new IllegalStateException(login + " batch " + b + ": " + status + " " + body);
        }
        return latencies;
    }

    private static String[] login(int port, String login) throws IOException {
        HttpURLConnection c = open(port, "/api/session", null);
        c.setDoOutput(true);
        c.setRequestProperty("Content-Type", "application/json");
        try (OutputStream out = c.getOutputStream()) {
            out.write(("{\"login\": \"" + login + "\", \"password\": \"" + PASSWORD + "\"}").getBytes(StandardCharsets.UTF_8));
        }
        if (c.getResponseCode() != 200) throw new IllegalStateException("login " + login + ": " + c.getResponseCode());
        String cookie = c.getHeaderField("Set-Cookie");
        Matcher m = Pattern.compile("\"csrfToken\":\"([^\"]+)\"").matcher(read(c.getInputStream()));
        if (!m.find()) throw new IllegalStateException("no CSRF token");
        return new String[] {cookie.substring(0, cookie.indexOf(';')), m.group(1)};
    }

    private static HttpURLConnection open(int port, String path, String[] session) throws IOException {
        HttpURLConnection c = (HttpURLConnection) URI.create("http://127.0.0.1:" + port + path).toURL().openConnection();
        c.setRequestMethod("POST");
        c.setConnectTimeout(10_000);
        c.setReadTimeout(120_000);
        if (session != null) {
            c.setRequestProperty("Cookie", session[0]);
            c.setRequestProperty("X-CSRF-Token", session[1]);
        }
        return c;
    }

    private static String read(InputStream in) throws IOException {
        return in == null ? "" : new String(in.readAllBytes(), StandardCharsets.UTF_8);
    }

    /** Fifty communes of Quảng Ngãi in force in 2026. */
    private static List<String> communes(Platform platform) {
        var units = platform.service(vn.baocao.api.service.UnitDirectory.class);
        List<String> codes = units.children("51", java.time.LocalDate.of(2026, 1, 1)).stream().map(u -> u.code()).limit(SUBMITTERS).toList();
        if (codes.size() < SUBMITTERS) throw new IllegalStateException("fewer than " + SUBMITTERS + " communes");
        return codes;
    }

    private static long count(Database database, String sql) {
        return database.inTransaction(c -> {
            try (Statement s = c.createStatement(); ResultSet r = s.executeQuery(sql)) {
                r.next();
                return r.getLong(1);
            }
        });
    }

    private static void empty(ServerSettings settings) throws Exception {
        try (Connection c = DriverManager.getConnection(settings.database(), settings.databaseUser(), settings.databasePassword());
             Statement s = c.createStatement()) {
            s.execute("DROP SCHEMA public CASCADE");
            s.execute("CREATE SCHEMA public");
        }
    }
}
