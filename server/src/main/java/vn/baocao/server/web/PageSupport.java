package vn.baocao.server.web;

import gg.jte.ContentType;
import gg.jte.TemplateEngine;
import gg.jte.output.StringOutput;
import io.javalin.http.Context;
import io.javalin.http.HttpStatus;
import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import vn.baocao.server.Actor;
import vn.baocao.server.ApiProblem;
import vn.baocao.server.BaocaoServer;
import vn.baocao.server.Role;
import vn.baocao.server.SessionCookie;
import vn.baocao.server.Sessions;
import vn.baocao.server.User;

/**
 * What every page does the same way: find who is asking and in which language, refuse a form
 * without the session's token, and render a template with the page's headers.
 */
final class PageSupport {
    /** The language chosen before logging in, kept for the login page. */
    static final String LANGUAGE_COOKIE = "baocao_lang";
    private static final Locale VIETNAMESE = Locale.forLanguageTag("vi");

    final Services services;
    private final TemplateEngine templates = TemplateEngine.createPrecompiled(null, ContentType.Html, PageSupport.class.getClassLoader(),
            "vn.baocao.server.web.pages");

    PageSupport(Services services) {
        this.services = services;
    }

    /** A logged-in person asking for a page: who, their session, and the words of their language. */
    /** @param page the page asked for (path and query), where the language switch comes back to; empty after a form was posted */
    record Visit(Sessions.Found found, Text t, Actor actor, String page) {
        User user() {
            return found.user();
        }
    }

    Optional<Sessions.Found> session(Context ctx) {
        return services.sessions().session(SessionCookie.of(ctx));
    }

    /** The person asking, or the login page for someone who has none. */
    Optional<Visit> visit(Context ctx) {
        Optional<Sessions.Found> found = session(ctx);
        if (found.isEmpty()) {
            ctx.redirect("/login");
            return Optional.empty();
        }
        String page = ctx.method() == io.javalin.http.HandlerType.GET ? ctx.path() + (ctx.queryString() == null ? "" : "?" + ctx.queryString()) : "";
        return Optional.of(new Visit(found.get(), text(found.get().user()), new Actor(found.get().user().login(), services.addresses().of(ctx)),
                page));
    }

    /** The same for a form posted: it must come with this session's token, or another site's page could post for the person. */
    Optional<Visit> posted(Context ctx) {
        Optional<Visit> visit = visit(ctx);
        if (visit.isEmpty()) return visit;
        if (!visit.get().found().sentBack(ctx.formParam("csrf"))) {
            problem(ctx, visit.get(), 403, visit.get().t().get("web.error.csrf"));
            return Optional.empty();
        }
        return visit;
    }

    /** The page saying what is wrong, in the person's words, with the hint the command line would give. */
    void problem(Context ctx, Visit visit, int status, String message) {
        render(ctx, status, "problem.jte", Map.of("t", visit.t(), "chrome", chrome(visit, ""), "message", message));
    }

    void problem(Context ctx, Visit visit, ApiProblem e) {
        problem(ctx, visit, e.status() >= 500 ? 500 : e.status() == 401 ? 403 : e.status(), says(visit.t(), e));
    }

    /** An API problem's message and hint, as a page prints them: the page's own hint where the API's names a request. */
    static String says(Text t, ApiProblem e) {
        String hint = hint(t, e.message().key(), e.hint().key(), e.hint().arguments().toArray());
        return e.message().render(t.messages()) + (hint.isEmpty() ? "" : " " + hint);
    }

    /** The hint for a person on a page: {@code web.hint.KEY} when there is one, the API's or the command line's otherwise. */
    static String hint(Text t, String messageKey, String hintKey, Object... arguments) {
        return t.messages().find("web.hint." + messageKey, arguments).or(() -> t.messages().find(hintKey, arguments)).orElse("");
    }

    Chrome chrome(Visit visit, String current) {
        User user = visit.user();
        boolean reviews = services.rights().administrator(user) || user.grants().stream().anyMatch(g -> g.role() == Role.REVIEWER);
        boolean submits = user.grants().stream().anyMatch(g -> g.role() == Role.SUBMITTER);
        return new Chrome(true, user.fullName(), visit.found().csrfToken(), current, submits, reviews,
                services.rights().administrator(user), visit.page().isEmpty() ? WebPages.home(user, services.rights()) : visit.page());
    }

    Text text(User user) {
        return new Text(services.messages().apply("en".equals(user.language()) ? Locale.ENGLISH : VIETNAMESE));
    }

    /** Before login: {@code ?lang=} (then kept in a cookie), the cookie, else Vietnamese: the pages' language whatever the browser's. */
    Text anonymousText(Context ctx) {
        String asked = ctx.queryParam("lang");
        if (asked != null) {
            asked = asked.equals("en") ? "en" : "vi";
            ctx.header("Set-Cookie", LANGUAGE_COOKIE + "=" + asked + "; Path=/; SameSite=Lax; Max-Age=31536000");
        } else {
            asked = ctx.cookie(LANGUAGE_COOKIE);
        }
        if (asked == null) asked = "vi";
        return new Text(services.messages().apply(asked.equals("en") ? Locale.ENGLISH : VIETNAMESE));
    }

    static void seeOther(Context ctx, String path) {
        ctx.redirect(path, HttpStatus.SEE_OTHER);
    }

    void render(Context ctx, int status, String template, Map<String, Object> parameters) {
        StringOutput out = new StringOutput(16 * 1024);
        templates.render(template, new LinkedHashMap<>(parameters), out);
        ctx.status(status).contentType("text/html; charset=utf-8").result(out.toString());
        ctx.attribute(BaocaoServer.ANSWERED, true);
        // the pages load nothing from elsewhere and run no inline script: an injected one would not run
        ctx.header("Content-Security-Policy", "default-src 'self'; img-src 'self' data:; frame-ancestors 'self'; form-action 'self'; base-uri 'none'");
        ctx.header("Referrer-Policy", "same-origin");
    }
}
