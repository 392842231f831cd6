package vn.baocao.app;

import vn.baocao.app.cli.CommandLines;

/** Entry point of the {@code baocao} command. */
public final class Main {
    private Main() {}

    public static void main(String[] args) {
        System.exit(CommandLines.run(args, System.out, System.err));
    }
}
