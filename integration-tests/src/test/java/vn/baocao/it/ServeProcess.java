package vn.baocao.it;

import java.io.IOException;
import java.net.HttpURLConnection;
import java.net.ServerSocket;
import java.net.URI;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;

/** {@code baocao serve} of an installed distribution as a process, and its users added as an administrator adds them. */
final class ServeProcess {
    private ServeProcess() {}

    /** Started and answering {@code /api/ready}, or an error with its log. */
    static Process start(Installation installation, int port, List<String> database, Map<String, String> environment, Path log)
            throws Exception {
        List<String> command = new ArrayList<>(List.of(installation.home().resolve("bin/baocao").toString(), "serve", "--port", Integer.toString(port)));
        command.addAll(database);
        Files.createDirectories(log.getParent());
        ProcessBuilder builder = new ProcessBuilder(command).redirectErrorStream(true).redirectOutput(log.toFile());
        builder.environment().put("JAVA_HOME", System.getProperty("java.home"));
        builder.environment().putAll(environment);
        Process process = builder.start();
        long until = System.nanoTime() + TimeUnit.SECONDS.toNanos(60);
        while (System.nanoTime() < until) {
            if (ready(port)) return process;
            if (!process.isAlive()) throw new AssertionError("the server stopped: " + Files.readString(log));
            Thread.sleep(100);
        }
        throw new AssertionError("the server was not ready within 60 s: " + Files.readString(log));
    }

    private static boolean ready(int port) {
        try {
            HttpURLConnection c = (HttpURLConnection) URI.create("http://127.0.0.1:" + port + "/api/ready").toURL().openConnection();
            c.setConnectTimeout(500);
            return c.getResponseCode() == 200;
        } catch (IOException notYet) {
            return false;
        }
    }

    /** {@code baocao users add LOGIN --name NAME --role ROLE --password-stdin}, which must succeed. */
    static void addUser(Installation installation, String login, String name, String role, String password, List<String> database,
                        Map<String, String> environment, Path logs) throws Exception {
        Files.createDirectories(logs);
        Path input = Files.writeString(logs.resolve(login + ".password"), password + "\n");
        List<String> add = new ArrayList<>(List.of(installation.home().resolve("bin/baocao").toString(), "users", "add", login,
                "--name", name, "--role", role, "--password-stdin"));
        add.addAll(database);
        Path log = logs.resolve("users-add-" + login + ".log");
        ProcessBuilder adding = new ProcessBuilder(add).redirectInput(input.toFile()).redirectErrorStream(true).redirectOutput(log.toFile());
        adding.environment().put("JAVA_HOME", System.getProperty("java.home"));
        adding.environment().putAll(environment);
        Process added = adding.start();
        if (!added.waitFor(2, TimeUnit.MINUTES) || added.exitValue() != 0) throw new AssertionError("users add: " + Files.readString(log));
        Files.delete(input);
    }

    static int freePort() throws IOException {
        try (ServerSocket socket = new ServerSocket(0)) {
            return socket.getLocalPort();
        }
    }
}
