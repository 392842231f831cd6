package vn.baocao.it;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.HttpURLConnection;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.Set;
import java.util.concurrent.TimeUnit;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;

/**
 * {@code baocao serve} killed with SIGKILL while batches stream in, then started again: every batch
 * the server answered 2xx is stored whole, no batch is stored in part, and batches sent again with
 * their key (those never answered, and some that were) are stored once. On the embedded H2, and on
 * the PostgreSQL of {@code BAOCAO_TEST_POSTGRES} when one is given. Loopback only, bounded.
 */
class ServerDurabilityIT {
    private static final String PASSWORD = "mat khau cua quan tri";
    private static final int BATCHES = 60;
    private static final int PER_BATCH = 10;
    private static final Pattern UNIT = Pattern.compile("\"code\":\"(\\d{5})\"");

    @Test
    void onTheEmbeddedDatabase() throws Exception {
        run("durability-h2", List.of(), Map.of());
    }

    @Test
    void onPostgresql() throws Exception {
        String url = System.getenv().getOrDefault("BAOCAO_TEST_POSTGRES", "");
        org.junit.jupiter.api.Assumptions.assumeFalse(url.isBlank(), "no PostgreSQL given (BAOCAO_TEST_POSTGRES)");
        emptySchema(url);
        run("durability-postgresql", List.of("--db", url), Map.of("BAOCAO_DB_PASSWORD", "baocao"));
    }

    private void run(String name, List<String> database, Map<String, String> environment) throws Exception {
        Path work = ItPaths.work(name);
        Installation installation = new Installation(ItPaths.copy(ItPaths.distribution(""), work.resolve("baocao")), work.resolve("logs"));
        // a fresh installation: no database of an earlier run of the built folder
        ItPaths.delete(installation.home().resolve("data"));
        ServeProcess.addUser(installation, "quantri", "Quản trị", "administrator", PASSWORD, database, environment, work.resolve("logs"));

        int port = ServeProcess.freePort();
        Process server = ServeProcess.start(installation, port, database, environment, work.resolve("logs/serve-1.log"));
        Client client = new Client(port);
        client.login();
        List<String> communes = communes(client);
        assertThat(communes.size()).isGreaterThanOrEqualTo(PER_BATCH);

        Map<Integer, String> bodies = new HashMap<>();
        for (int b = 0; b < BATCHES; b++) bodies.put(b, batch(b, communes));
        Set<Integer> answered = new HashSet<>();
        Random random = new Random();
        int kills = 0;
        int next = 0;
        // three rounds: send until killed at a random moment, start again, go on
        for (int round = 1; round <= 3 && next < BATCHES; round++) {
            long killAt = System.nanoTime() + TimeUnit.MILLISECONDS.toNanos(200 + random.nextInt(800));
            Process running = server;
            Thread killer = new Thread(() -> {
                while (System.nanoTime() < killAt) Thread.onSpinWait();
                running.destroyForcibly();
            });
            killer.start();
            while (next < BATCHES) {
                try {
                    int status = client.post("/api/values", bodies.get(next), "lo-" + next);
                    if (status / 100 == 2) answered.add(next);
                    next++;
                } catch (IOException killedUnderIt) {
                    next++;
                    break;
                }
            }
            killer.join();
            assertThat(running.waitFor(1, TimeUnit.MINUTES)).isTrue();
            kills++;
            server = ServeProcess.start(installation, port, database, environment, work.resolve("logs/serve-" + (round + 1) + ".log"));
            client.login();
        }
        // after the kills, before anything is sent again: each batch whole or absent, and whole when it was answered
        String afterKills = client.get("/api/values?indicator=CM_COUPLES&limit=10000");
        for (int b = 0; b < BATCHES; b++) {
            int found = found(afterKills, b, communes);
            assertThat(found).as("batch " + b + " after the kills").isIn(0, PER_BATCH);
            if (answered.contains(b)) assertThat(found).as("batch " + b + " was answered 2xx").isEqualTo(PER_BATCH);
        }
        // every batch not answered is sent again with its key, and a few that were, which must change nothing
        for (int b = 0; b < BATCHES; b++) {
            if (!answered.contains(b) || b % 7 == 0) {
                int status = client.post("/api/values", bodies.get(b), "lo-" + b);
                assertThat(status).as("batch " + b + " sent again").isEqualTo(200);
            }
        }
        String stored = client.get("/api/values?indicator=CM_COUPLES&limit=10000");
        String audit = client.get("/api/audit?limit=1000");
        server.destroy();
        server.waitFor(1, TimeUnit.MINUTES);
        for (int b = 0; b < BATCHES; b++) {
            assertThat(found(stored, b, communes)).as("batch " + b + ": values stored").isEqualTo(PER_BATCH);
        }
        int entries = countOf(audit, "\"action\":\"value.set\"");
        System.out.printf("ServerDurabilityIT %s: %d batches, %d answered before a kill, %d kills, %d audit entries of values%n",
                name, BATCHES, answered.size(), kills, entries);
        // each value stored once: one audit entry each, however often its batch was sent
        assertThat(entries).isEqualTo(BATCHES * PER_BATCH);
    }

    /** How many of batch b's values the listing holds. */
    private static int found(String listing, int b, List<String> communes) {
        int found = 0;
        for (int i = 0; i < PER_BATCH; i++) {
            if (listing.contains("\"unit\":\"" + communes.get(i) + "\",\"period\":\"" + period(b) + "\",\"categories\":\"\",\"value\":\"" + (b + 1) + "\"")) found++;
        }
        return found;
    }

    /** Batch b: one value for each of ten communes, in a month of its own. */
    private static String batch(int b, List<String> communes) {
        StringBuilder json = new StringBuilder("{\"values\": [");
        for (int i = 0; i < PER_BATCH; i++) {
            if (i > 0) json.append(',');
            json.append("{\"indicator\": \"CM_COUPLES\", \"unit\": \"").append(communes.get(i)).append("\", \"period\": \"").append(period(b))
                    .append("\", \"value\": ").append(b + 1).append('}');
        }
        return json.append("]}").toString();
    }

    /** Periods from next year on: open for entry whatever day the test runs. */
    private static String period(int b) {
        return (java.time.LocalDate.now().getYear() + 1 + b / 12) + "-" + String.format("%02d", b % 12 + 1);
    }

    private static List<String> communes(Client client) throws IOException {
        List<String> found = new ArrayList<>();
        Matcher m = UNIT.matcher(client.get("/api/units?under=51&on=2026-01-01"));
        while (m.find()) found.add(m.group(1));
        return found;
    }

    private static int countOf(String text, String part) {
        int count = 0;
        for (int at = text.indexOf(part); at >= 0; at = text.indexOf(part, at + 1)) count++;
        return count;
    }

    private static void emptySchema(String url) throws Exception {
        // the test database is the CI's own, emptied with psql as its owner
        ProcessBuilder psql = new ProcessBuilder("psql", url.replace("jdbc:", "").replace("://", "://baocao:baocao@"), "-qc",
                "DROP SCHEMA public CASCADE; CREATE SCHEMA public;").redirectErrorStream(true);
        Process p = psql.start();
        String out = new String(p.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        assertThat(p.waitFor(1, TimeUnit.MINUTES)).isTrue();
        assertThat(p.exitValue()).as(out).isZero();
    }

    /** One HTTP client with its session cookie and CSRF token. */
    private static final class Client {
        private final int port;
        private String cookie;
        private String csrf;

        Client(int port) {
            this.port = port;
        }

        void login() throws IOException {
            HttpURLConnection c = open("/api/session", "POST");
            c.setDoOutput(true);
            c.setRequestProperty("Content-Type", "application/json");
            try (OutputStream out = c.getOutputStream()) {
                out.write(("{\"login\": \"quantri\", \"password\": \"" + PASSWORD + "\"}").getBytes(StandardCharsets.UTF_8));
            }
            assertThat(c.getResponseCode()).isEqualTo(200);
            String setCookie = c.getHeaderField("Set-Cookie");
            cookie = setCookie.substring(0, setCookie.indexOf(';'));
            String body = read(c.getInputStream());
            Matcher m = Pattern.compile("\"csrfToken\":\"([^\"]+)\"").matcher(body);
            assertThat(m.find()).isTrue();
            csrf = m.group(1);
        }

        int post(String path, String json, String key) throws IOException {
            HttpURLConnection c = open(path, "POST");
            c.setDoOutput(true);
            c.setRequestProperty("Content-Type", "application/json");
            c.setRequestProperty("Idempotency-Key", key);
            try (OutputStream out = c.getOutputStream()) {
                out.write(json.getBytes(StandardCharsets.UTF_8));
            }
            int status = c.getResponseCode();
            read(status >= 400 ? c.getErrorStream() : c.getInputStream());
            return status;
        }

        String get(String path) throws IOException {
            HttpURLConnection c = open(path, "GET");
            assertThat(c.getResponseCode()).isEqualTo(200);
            return read(c.getInputStream());
        }

        int status(String path) throws IOException {
            HttpURLConnection c = open(path, "GET");
            int status = c.getResponseCode();
            read(status >= 400 ? c.getErrorStream() : c.getInputStream());
            return status;
        }

        private HttpURLConnection open(String path, String method) throws IOException {
            HttpURLConnection c = (HttpURLConnection) URI.create("http://127.0.0.1:" + port + path).toURL().openConnection();
            c.setRequestMethod(method);
            c.setConnectTimeout(5000);
            c.setReadTimeout(30000);
            if (cookie != null) c.setRequestProperty("Cookie", cookie);
            if (csrf != null) c.setRequestProperty("X-CSRF-Token", csrf);
            return c;
        }

        private static String read(InputStream in) throws IOException {
            return in == null ? "" : new String(in.readAllBytes(), StandardCharsets.UTF_8);
        }
    }
}
