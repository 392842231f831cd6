package vn.baocao.server;

/** Who made a change and from where, as the audit records it; the command line is "local". */
public record Actor(String login, String address) {
    public static Actor commandLine() {
        return new Actor(System.getProperty("user.name", "local"), "local");
    }
}
