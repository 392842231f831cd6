package vn.baocao.app.cli;

import java.time.Duration;
import java.time.Instant;
import java.util.Optional;
import java.util.concurrent.Callable;
import java.util.concurrent.CountDownLatch;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParentCommand;
import picocli.CommandLine.Spec;
import picocli.CommandLine.Model.CommandSpec;
import vn.baocao.core.Platform;
import vn.baocao.core.i18n.Messages;
import vn.baocao.server.BaocaoServer;
import vn.baocao.server.Database;
import vn.baocao.server.ServerSettings;

/**
 * {@code baocao serve}: the reporting server on the installation's embedded database, or on the
 * PostgreSQL of {@code --db}; runs until stopped (Ctrl+C or a TERM signal), closing cleanly.
 */
@Command(name = "serve", mixinStandardHelpOptions = true)
final class ServeCommand implements Callable<Integer> {
    @ParentCommand
    BaocaoCommand root;

    @Spec
    CommandSpec spec;

    @Option(names = "--port", paramLabel = "PORT", descriptionKey = "serve.port")
    Integer port;

    @Option(names = "--db", paramLabel = "JDBC", descriptionKey = "serve.db")
    String database;

    @Override
    public Integer call() throws InterruptedException {
        Messages messages = root.messages();
        if (port != null && (port < 0 || port > 65535)) {
            throw new UsageException(messages.get("serve.badPort", port), messages.get("cli.hint", messages.get("serve.badPort.hint")));
        }
        Platform platform = root.platform();
        Messages serverMessages = platform.messagesIn(messages.locale()).with(BaocaoServer.class.getModule(), BaocaoServer.BUNDLE);
        ServerSettings settings = ServerSetup.settings(root, Optional.ofNullable(port), Optional.ofNullable(database));
        // a deadline of a program no plugin gives would silently apply to nothing
        java.util.Set<String> programs = new java.util.TreeSet<>(settings.deadlines().programDays().keySet());
        programs.addAll(settings.deadlines().regimes().keySet());
        for (String program : programs) {
            if (platform.registry().programType(program).isEmpty()) {
                throw new UsageException(messages.get("serve.unknownDeadlineProgram", program, String.join(", ",
                        platform.registry().programTypes().stream().map(t -> t.id()).toList())),
                        messages.get("cli.hint", messages.get("serve.unknownDeadlineProgram.hint")));
            }
        }
        Database db = ServerSetup.open(settings, messages, root.debug);
        java.io.PrintWriter err = spec.commandLine().getErr();
        BaocaoServer server;
        try {
            server = new BaocaoServer(platform, db, settings, line -> { err.println(line); err.flush(); }, root.debug)
                    .start(settings.host(), settings.port());
        } catch (RuntimeException e) {
            db.close();
            throw new UsageException(messages.get("serve.cannotListen", settings.host(), settings.port()) + (root.debug ? "\n  " + e : ""),
                    messages.get("cli.hint", messages.get("serve.cannotListen.hint")));
        }
        double seconds = ProcessHandle.current().info().startInstant().map(start -> Duration.between(start, Instant.now()).toMillis() / 1000.0)
                .orElse(0.0);
        java.io.PrintWriter out = spec.commandLine().getOut();
        out.println(serverMessages.get("server.log.started", Platform.version(), settings.host(), server.port(), settings.databaseShown(),
                String.format(messages.locale(), "%.1f", seconds)));
        out.flush();
        CountDownLatch stopped = new CountDownLatch(1);
        Runtime.getRuntime().addShutdownHook(new Thread(() -> {
            server.close();
            db.close();
            out.println(serverMessages.get("server.log.stopped"));
            out.flush();
            stopped.countDown();
        }, "baocao-stop"));
        stopped.await();
        return ExitCodes.OK;
    }
}
