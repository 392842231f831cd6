package vn.baocao.app.cli;

/** The command's exit codes, which scripts rely on. */
public final class ExitCodes {
    /** Everything checked is valid (warnings allowed). */
    public static final int OK = 0;
    /** An input is invalid; the problems were listed. */
    public static final int INVALID = 1;
    /** The command was used wrongly, or a file could not be read. */
    public static final int USAGE = 2;
    /** A fault of the platform itself; run with --debug and report it. */
    public static final int INTERNAL = 3;

    private ExitCodes() {}
}
