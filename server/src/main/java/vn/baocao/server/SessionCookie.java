package vn.baocao.server;

import io.javalin.http.Context;

/**
 * The browser's session cookie, the same for the API and the pages: HttpOnly (no script reads it),
 * SameSite=Strict (no other site's page sends it), Secure behind HTTPS, for a working day.
 */
public final class SessionCookie {
    public static final String NAME = "baocao_session";

    private SessionCookie() {}

    public static void set(Context ctx, Sessions.Opened opened) {
        ctx.header("Set-Cookie", NAME + "=" + opened.secret() + "; Path=/; HttpOnly; SameSite=Strict; Max-Age="
                + Sessions.LIFETIME.toSeconds() + (ctx.scheme().equals("https") ? "; Secure" : ""));
    }

    public static void clear(Context ctx) {
        ctx.header("Set-Cookie", NAME + "=; Path=/; HttpOnly; SameSite=Strict; Max-Age=0");
    }

    public static String of(Context ctx) {
        return ctx.cookie(NAME);
    }
}
