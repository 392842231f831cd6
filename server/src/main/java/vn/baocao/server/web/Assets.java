package vn.baocao.server.web;

import io.javalin.http.Context;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.Map;

/**
 * The pages' style sheet and scripts, served from this module's {@code web-assets/}: a fixed list,
 * so that no path a caller writes reaches anything else. They are kept by the browser for a day.
 */
final class Assets {
    private static final Map<String, String> TYPES = Map.of(
            "baocao.css", "text/css; charset=utf-8",
            "favicon.svg", "image/svg+xml",
            "entry.js", "text/javascript; charset=utf-8",
            "report.js", "text/javascript; charset=utf-8");

    private Assets() {}

    static void serve(Context ctx) {
        String name = ctx.pathParam("name");
        String type = TYPES.get(name);
        if (type == null) {
            ctx.status(404);
            return;
        }
        try (InputStream in = Assets.class.getResourceAsStream("/web-assets/" + name)) {
            if (in == null) throw new IOException("missing " + name);
            ctx.contentType(type).result(in.readAllBytes());
            ctx.header("Cache-Control", "public, max-age=86400");
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
