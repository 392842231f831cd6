package vn.baocao.app.cli;

import java.io.BufferedReader;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.ParentCommand;
import picocli.CommandLine.Spec;
import picocli.CommandLine.Model.CommandSpec;
import vn.baocao.core.i18n.Messages;
import vn.baocao.server.Actor;
import vn.baocao.server.BaocaoServer;
import vn.baocao.server.Database;
import vn.baocao.server.Grant;
import vn.baocao.server.User;
import vn.baocao.server.Users;

/**
 * {@code baocao users add|list|disable|reset}: the people of the server, managed on its database
 * directly (the first administrator is made this way). A password is never an argument, which
 * other users of the machine could read: it is asked for on the terminal, or read from standard
 * input with {@code --password-stdin}.
 */
@Command(name = "users", mixinStandardHelpOptions = true,
        subcommands = {UsersCommand.Add.class, UsersCommand.ListUsers.class, UsersCommand.Disable.class, UsersCommand.Reset.class})
final class UsersCommand implements Callable<Integer> {
    @ParentCommand
    BaocaoCommand root;

    @Spec
    CommandSpec spec;

    @Option(names = "--db", paramLabel = "JDBC", scope = picocli.CommandLine.ScopeType.INHERIT, descriptionKey = "serve.db")
    String database;

    @Override
    public Integer call() {
        spec.commandLine().usage(spec.commandLine().getErr());
        return ExitCodes.USAGE;
    }

    /** Runs one change on the server's database, its refusal said as a usage error. */
    private <T> T onDatabase(java.util.function.Function<Users, T> work) {
        Messages messages = root.messages();
        Database db = ServerSetup.open(ServerSetup.settings(root, Optional.empty(), Optional.ofNullable(database)), messages, root.debug);
        try {
            var units = root.platform().service(vn.baocao.api.service.UnitDirectory.class);
            return work.apply(new Users(db, units::isKnown));
        } catch (Users.Refused e) {
            Messages server = serverMessages();
            throw new UsageException(server.get(e.key, e.arguments), messages.get("cli.hint", server.get(e.key + ".hint")));
        } finally {
            db.close();
        }
    }

    private Messages serverMessages() {
        return root.platform().messagesIn(root.messages().locale()).with(BaocaoServer.class.getModule(), BaocaoServer.BUNDLE);
    }

    private String password(boolean fromStandardInput) {
        Messages messages = root.messages();
        if (fromStandardInput) {
            try {
                String line = new BufferedReader(new InputStreamReader(System.in, StandardCharsets.UTF_8)).readLine();
                if (line == null) throw new UsageException(messages.get("users.noPassword"), messages.get("cli.hint", messages.get("users.noPassword.hint")));
                return line;
            } catch (java.io.IOException e) {
                throw new UsageException(messages.get("users.noPassword"), messages.get("cli.hint", messages.get("users.noPassword.hint")));
            }
        }
        java.io.Console console = System.console();
        if (console == null) throw new UsageException(messages.get("users.noTerminal"), messages.get("cli.hint", messages.get("users.noTerminal.hint")));
        char[] first = console.readPassword("%s", messages.get("users.askPassword"));
        char[] again = console.readPassword("%s", messages.get("users.askPasswordAgain"));
        if (first == null || again == null || !java.util.Arrays.equals(first, again)) {
            throw new UsageException(messages.get("users.passwordsDiffer"), messages.get("cli.hint", messages.get("users.passwordsDiffer.hint")));
        }
        return new String(first);
    }

    @Command(name = "add", mixinStandardHelpOptions = true)
    static final class Add implements Callable<Integer> {
        @ParentCommand
        UsersCommand users;

        @Parameters(paramLabel = "LOGIN", descriptionKey = "users.login")
        String login;

        @Option(names = "--name", paramLabel = "NAME", required = true, descriptionKey = "users.name")
        String name;

        @Option(names = "--role", paramLabel = "ROLE[:UNIT]", required = true, descriptionKey = "users.role")
        List<String> roles = new ArrayList<>();

        @Option(names = "--user-lang", paramLabel = "vi|en", descriptionKey = "users.userLang")
        String language = "vi";

        @Option(names = "--password-stdin", descriptionKey = "users.passwordStdin")
        boolean passwordFromStandardInput;

        @Override
        public Integer call() {
            Messages messages = users.root.messages();
            List<Grant> grants = new ArrayList<>();
            for (String role : roles) {
                try {
                    grants.add(Grant.parse(role));
                } catch (IllegalArgumentException e) {
                    throw new UsageException(messages.get("users.badRole", role), messages.get("cli.hint", messages.get("users.badRole.hint")));
                }
            }
            if (!language.equals("vi") && !language.equals("en")) {
                throw new UsageException(messages.get("users.badLanguage", language), messages.get("cli.hint", messages.get("users.badLanguage.hint")));
            }
            String password = users.password(passwordFromStandardInput);
            User added = users.onDatabase(u -> u.add(login, name, password, language, grants, Actor.commandLine()));
            users.spec.commandLine().getOut().println(messages.get("users.added", added.login(), added.grants().toString()));
            return ExitCodes.OK;
        }
    }

    @Command(name = "list", mixinStandardHelpOptions = true)
    static final class ListUsers implements Callable<Integer> {
        @ParentCommand
        UsersCommand users;

        @Override
        public Integer call() {
            Messages messages = users.root.messages();
            List<User> all = users.onDatabase(Users::list);
            java.io.PrintWriter out = users.spec.commandLine().getOut();
            if (all.isEmpty()) {
                out.println(messages.get("users.none"));
                return ExitCodes.OK;
            }
            for (User user : all) {
                out.println(messages.get(user.disabled() ? "users.lineDisabled" : "users.line", user.login(), user.fullName(),
                        String.join(", ", user.grants().stream().map(Grant::toString).toList())));
            }
            return ExitCodes.OK;
        }
    }

    @Command(name = "disable", mixinStandardHelpOptions = true)
    static final class Disable implements Callable<Integer> {
        @ParentCommand
        UsersCommand users;

        @Parameters(paramLabel = "LOGIN", descriptionKey = "users.login")
        String login;

        @Override
        public Integer call() {
            users.onDatabase(u -> {
                u.disable(login, Actor.commandLine());
                return null;
            });
            users.spec.commandLine().getOut().println(users.root.messages().get("users.disabled", login));
            return ExitCodes.OK;
        }
    }

    @Command(name = "reset", mixinStandardHelpOptions = true)
    static final class Reset implements Callable<Integer> {
        @ParentCommand
        UsersCommand users;

        @Parameters(paramLabel = "LOGIN", descriptionKey = "users.login")
        String login;

        @Option(names = "--password-stdin", descriptionKey = "users.passwordStdin")
        boolean passwordFromStandardInput;

        @Override
        public Integer call() {
            String password = users.password(passwordFromStandardInput);
            users.onDatabase(u -> {
                u.resetPassword(login, password, Actor.commandLine());
                return null;
            });
            users.spec.commandLine().getOut().println(users.root.messages().get("users.reset", login));
            return ExitCodes.OK;
        }
    }
}
