package vn.baocao.server;

import java.nio.file.Path;
import java.util.Map;
import java.util.Optional;
import java.util.Properties;

/**
 * Where the server listens and which database it keeps: from {@code conf/baocao.properties}, the
 * command's options over them, and the database password from the environment only
 * ({@code BAOCAO_DB_PASSWORD}), never from a file that is copied around.
 *
 * @param host the address listened on; loopback unless the installation says otherwise
 * @param database the JDBC address; by default an H2 file in the installation's {@code data/}
 * @param deadlines when entry for a period closes
 * @param proxies the addresses of the installation's own proxies (load balancers), whose
 *                {@code X-Forwarded-For} says where a request came from
 */
public record ServerSettings(String host, int port, String database, String databaseUser, String databasePassword,
                             int poolSize, Path dataFolder, EntryDeadlines deadlines, java.util.Set<String> proxies) {
    public ServerSettings {
        proxies = java.util.Set.copyOf(proxies);
    }

    public static final String PASSWORD_VARIABLE = "BAOCAO_DB_PASSWORD";
    public static final int DEFAULT_PORT = 8080;

    /** Settings with the deadlines of the reporting regime as they come. */
    public ServerSettings(String host, int port, String database, String databaseUser, String databasePassword, int poolSize, Path dataFolder) {
        this(host, port, database, databaseUser, databasePassword, poolSize, dataFolder, EntryDeadlines.defaults(), java.util.Set.of());
    }

    /** The embedded database of an installation whose data lives in {@code dataFolder}. */
    public static String embeddedDatabase(Path dataFolder) {
        // a file database whose commits are written out at once (H2 would otherwise wait up to half
        // a second, and a killed server would lose what it had confirmed)
        return "jdbc:h2:file:" + dataFolder.toAbsolutePath().resolve("baocao") + ";WRITE_DELAY=0;DB_CLOSE_ON_EXIT=FALSE";
    }

    /**
     * @throws IllegalArgumentException with the setting as written ({@code server.port=80a}) when one
     *                                  cannot be read
     */
    public static ServerSettings of(Properties file, Map<String, String> environment, Path dataFolder,
                                    Optional<Integer> port, Optional<String> database) {
        String url = database.orElse(file.getProperty("server.database", "")).strip();
        if (url.isEmpty()) url = embeddedDatabase(dataFolder);
        int listen = port.orElseGet(() -> number(file, "server.port", DEFAULT_PORT, 0, 65535));
        return new ServerSettings(file.getProperty("server.host", "127.0.0.1").strip(), listen, url,
                file.getProperty("server.database.user", url.startsWith("jdbc:h2:") ? "sa" : "baocao").strip(),
                environment.getOrDefault(PASSWORD_VARIABLE, ""),
                number(file, "server.database.pool", 10, 1, 1000), dataFolder, EntryDeadlines.of(file), proxies(file));
    }

    /** {@code server.proxies=10.0.0.5, 10.0.0.6}: addresses only. */
    static java.util.Set<String> proxies(Properties file) {
        java.util.Set<String> proxies = new java.util.TreeSet<>();
        for (String part : file.getProperty("server.proxies", "").split(",")) {
            String address = part.strip();
            if (address.isEmpty()) continue;
            if (!address.matches("[0-9A-Fa-f.:]{2,45}")) throw new IllegalArgumentException("server.proxies=" + file.getProperty("server.proxies"));
            proxies.add(address);
        }
        return proxies;
    }

    private static int number(Properties file, String name, int otherwise, int min, int max) {
        String text = file.getProperty(name, Integer.toString(otherwise)).strip();
        try {
            int n = Integer.parseInt(text);
            if (n >= min && n <= max) return n;
        } catch (NumberFormatException e) {
            // said below with the setting's name
        }
        throw new IllegalArgumentException(name + "=" + text);
    }

    public boolean embedded() {
        return database.startsWith("jdbc:h2:");
    }

    /** The database address without its password or options, to be shown. */
    public String databaseShown() {
        int options = database.indexOf(';');
        String shown = options < 0 ? database : database.substring(0, options);
        int query = shown.indexOf('?');
        return query < 0 ? shown : shown.substring(0, query);
    }

    @Override
    public String toString() {
        return "ServerSettings[" + host + ":" + port + ", " + databaseShown() + "]";
    }
}
