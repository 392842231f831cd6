package vn.baocao.server;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.HttpURLConnection;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import tools.jackson.databind.JsonNode;
import vn.baocao.core.Platform;
import vn.baocao.core.PlatformOptions;

/**
 * A real server on a loopback port, on the embedded H2 in a temporary folder or on the PostgreSQL
 * named by {@code baocao.test.postgres} (a JDBC address; {@code .ci/run} starts one), emptied first.
 */
final class TestServer implements AutoCloseable {
    static final String POSTGRES = System.getProperty("baocao.test.postgres", System.getenv().getOrDefault("BAOCAO_TEST_POSTGRES", ""));
    private static Platform platform;
    final BaocaoServer server;
    final Database database;
    final List<String> log;
    private ServerSettings settings;

    /** The databases every API test runs on: H2 always, PostgreSQL where one is given. */
    static List<String> databases() {
        return POSTGRES.isBlank() ? List.of("h2") : List.of("h2", "postgresql");
    }

    private TestServer(BaocaoServer server, Database database, List<String> log) {
        this.server = server;
        this.database = database;
        this.log = log;
    }

    /** 10 January 2026, in Vietnam's morning: entry for January 2026 is open until the end of the 20th. */
    static final java.time.Instant DURING_ENTRY = java.time.Instant.parse("2026-01-10T02:00:00Z");
    /** The day it moves to when a test tries a deadline. */
    TestClock clock;

    static synchronized Platform platform() {
        // with an installation's rule file, as conf/rules/ gives one: a warning for submissions to explain
        if (platform == null) platform = Platform.start(PlatformOptions.defaults().withData(new vn.baocao.core.data.DataSettings(
                List.of(Path.of("src/test/rules/mot-thang.yaml")), null, java.util.Optional.empty())));
        return platform;
    }

    static TestServer start(String kind, Path folder) throws SQLException {
        return start(kind, folder, java.util.Set.of());
    }

    /** @param proxies the addresses taken as the installation's own proxies */
    static TestServer start(String kind, Path folder, java.util.Set<String> proxies) throws SQLException {
        // first, as the command does: the libraries' logging is settled by the platform's start
        Platform platform = platform();
        ServerSettings settings;
        if (kind.equals("postgresql")) {
            settings = new ServerSettings("127.0.0.1", 0, POSTGRES, System.getProperty("baocao.test.postgres.user", "baocao"),
                    System.getProperty("baocao.test.postgres.password", "baocao"), 4, folder, EntryDeadlines.defaults(), proxies);
            try (Connection c = DriverManager.getConnection(POSTGRES, settings.databaseUser(), settings.databasePassword());
                 Statement s = c.createStatement()) {
                s.execute("DROP SCHEMA public CASCADE");
                s.execute("CREATE SCHEMA public");
            }
        } else {
            settings = new ServerSettings("127.0.0.1", 0, ServerSettings.embeddedDatabase(folder), "sa", "", 4, folder, EntryDeadlines.defaults(),
                    proxies);
        }
        Database database = Database.open(settings);
        List<String> log = java.util.Collections.synchronizedList(new ArrayList<>());
        TestClock clock = new TestClock(DURING_ENTRY);
        BaocaoServer server = new BaocaoServer(platform, database, settings, log::add, false, clock).start("127.0.0.1", 0);
        TestServer test = new TestServer(server, database, log);
        test.settings = settings;
        test.clock = clock;
        return test;
    }

    /** Another node on the same database, sharing nothing else with this one. */
    TestServer secondNode() {
        Database other = Database.open(settings);
        List<String> log = java.util.Collections.synchronizedList(new ArrayList<>());
        TestServer node = new TestServer(new BaocaoServer(platform(), other, settings, log::add, false, clock).start("127.0.0.1", 0), other, log);
        node.settings = settings;
        node.clock = clock;
        return node;
    }

    @Override
    public void close() {
        server.close();
        database.close();
    }

    User addUser(String login, String password, String... grants) {
        return server.users().add(login, login.toUpperCase(), password, "vi", java.util.Arrays.stream(grants).map(Grant::parse).toList(),
                new Actor("test", "local"));
    }

    /** A new user with these roles, logged in from a browser of their own. */
    Client loggedIn(String login, String password, String... grants) throws IOException {
        addUser(login, password, grants);
        Client client = client();
        client.login(login, password);
        return client;
    }

    /** A client with its own cookie and CSRF token, as one browser. */
    Client client() {
        return new Client(server.port());
    }

    record Answer(int status, String body, Map<String, String> headers) {
        JsonNode json() {
            return Json.MAPPER.readTree(body);
        }
    }

    static final class Client {
        private final int port;
        private String cookie;
        private String csrf;
        Optional<String> bearer = Optional.empty();
        boolean sendCsrf = true;

        Client(int port) {
            this.port = port;
        }

        /** The same browser (its cookie and token) talking to another node. */
        Client on(TestServer node) {
            Client moved = new Client(node.server.port());
            moved.cookie = cookie;
            moved.csrf = csrf;
            moved.bearer = bearer;
            return moved;
        }

        Answer login(String login, String password) throws IOException {
            Answer answer = send("POST", "/api/session", "application/json",
                    ("{\"login\": \"" + login + "\", \"password\": \"" + password + "\"}").getBytes(StandardCharsets.UTF_8), Map.of());
            if (answer.status() == 200) {
                String setCookie = answer.headers().get("set-cookie");
                cookie = setCookie.substring(0, setCookie.indexOf(';'));
                csrf = answer.json().get("csrfToken").asString();
            }
            return answer;
        }

        /** The session's token, as a page's form sends it back in its {@code csrf} field. */
        String csrf() {
            return csrf;
        }

        /** A page's form, posted as a browser posts it. */
        Answer form(String path, String... pairs) throws IOException {
            StringBuilder body = new StringBuilder("csrf=" + java.net.URLEncoder.encode(csrf, StandardCharsets.UTF_8));
            for (int i = 0; i < pairs.length; i += 2) {
                body.append('&').append(pairs[i]).append('=').append(java.net.URLEncoder.encode(pairs[i + 1], StandardCharsets.UTF_8));
            }
            return post(path, "application/x-www-form-urlencoded", body.toString(), Map.of());
        }

        /** A file sent from a page's form, as a browser sends it (multipart, with the session's token). */
        Answer multipart(String path, String fileName, byte[] content) throws IOException {
            String boundary = "----baocao" + System.nanoTime();
            java.io.ByteArrayOutputStream body = new java.io.ByteArrayOutputStream();
            body.write(("--" + boundary + "\r\nContent-Disposition: form-data; name=\"csrf\"\r\n\r\n" + csrf + "\r\n").getBytes(StandardCharsets.UTF_8));
            body.write(("--" + boundary + "\r\nContent-Disposition: form-data; name=\"file\"; filename=\"" + fileName
                    + "\"\r\nContent-Type: application/octet-stream\r\n\r\n").getBytes(StandardCharsets.UTF_8));
            body.write(content);
            body.write(("\r\n--" + boundary + "--\r\n").getBytes(StandardCharsets.UTF_8));
            return send("POST", path, "multipart/form-data; boundary=" + boundary, body.toByteArray(), Map.of());
        }

        /** A download's bytes, as they came. */
        byte[] bytes(String path) throws IOException {
            HttpURLConnection c = (HttpURLConnection) URI.create("http://127.0.0.1:" + port + path).toURL().openConnection();
            if (cookie != null) c.setRequestProperty("Cookie", cookie);
            try (InputStream in = c.getInputStream()) {
                return in.readAllBytes();
            }
        }

        /** The session cookie a page's login set, kept as a browser keeps it. */
        void takeCookie(Answer answer) {
            String setCookie = answer.headers().get("set-cookie");
            cookie = setCookie.substring(0, setCookie.indexOf(';'));
        }

        Answer get(String path) throws IOException {
            return send("GET", path, null, null, Map.of());
        }

        Answer post(String path, String contentType, String body, Map<String, String> headers) throws IOException {
            return send("POST", path, contentType, body.getBytes(StandardCharsets.UTF_8), headers);
        }

        Answer send(String method, String path, String contentType, byte[] body, Map<String, String> headers) throws IOException {
            HttpURLConnection c = (HttpURLConnection) URI.create("http://127.0.0.1:" + port + path).toURL().openConnection();
            c.setRequestMethod(method);
            // a page's redirect is looked at, not followed
            c.setInstanceFollowRedirects(false);
            if (cookie != null) c.setRequestProperty("Cookie", cookie);
            if (csrf != null && sendCsrf) c.setRequestProperty(BaocaoServer.CSRF_HEADER, csrf);
            bearer.ifPresent(b -> c.setRequestProperty("Authorization", "Bearer " + b));
            headers.forEach(c::setRequestProperty);
            if (body != null) {
                c.setDoOutput(true);
                c.setRequestProperty("Content-Type", contentType);
                try (OutputStream out = c.getOutputStream()) {
                    out.write(body);
                }
            }
            int status = c.getResponseCode();
            Map<String, String> answerHeaders = new LinkedHashMap<>();
            c.getHeaderFields().forEach((k, v) -> {
                if (k != null) answerHeaders.put(k.toLowerCase(java.util.Locale.ROOT), String.join(", ", v));
            });
            InputStream in = status >= 400 ? c.getErrorStream() : c.getInputStream();
            String text = in == null ? "" : new String(in.readAllBytes(), StandardCharsets.UTF_8);
            return new Answer(status, text, answerHeaders);
        }
    }
}
