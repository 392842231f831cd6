package vn.baocao.app.cli;

import java.nio.file.Path;
import java.util.Optional;
import vn.baocao.core.i18n.Messages;
import vn.baocao.server.Database;
import vn.baocao.server.ServerSettings;

/**
 * What {@code serve} and {@code users} share: the server's settings from {@code conf/baocao.properties}
 * and the options, and the database opened (and brought up to date) with its failures said in the
 * user's language rather than the driver's.
 */
final class ServerSetup {
    private ServerSetup() {}

    /** The installation's {@code data/} folder, where the embedded database lives. */
    static Path dataFolder() {
        return Optional.ofNullable(System.getProperty("baocao.home")).map(h -> Path.of(h, "data")).orElse(Path.of("data"));
    }

    static ServerSettings settings(BaocaoCommand root, Optional<Integer> port, Optional<String> database) {
        try {
            return ServerSettings.of(root.settings().server(), System.getenv(), dataFolder(), port, database);
        } catch (IllegalArgumentException e) {
            Messages messages = root.messages();
            throw new UsageException(messages.get("serve.badSetting", e.getMessage()), messages.get("cli.hint", messages.get("serve.badSetting.hint")));
        }
    }

    static Database open(ServerSettings settings, Messages messages, boolean debug) {
        try {
            return Database.open(settings);
        } catch (RuntimeException e) {
            String text = String.valueOf(e.getMessage()) + (e.getCause() == null ? "" : " " + e.getCause().getMessage());
            String key = text.contains("already in use") || text.contains("Database may be already in use") ? "server.databaseInUse"
                    : text.contains("password") || text.contains("authentication") ? "server.databaseLogin"
                    : "server.databaseFailed";
            throw new UsageException(messages.get(key, settings.databaseShown()) + (debug ? "\n  " + text : ""),
                    messages.get("cli.hint", messages.get(key + ".hint", ServerSettings.PASSWORD_VARIABLE)));
        }
    }
}
