package vn.baocao.server.web;

import io.javalin.http.Context;
import java.util.Map;
import java.util.Optional;
import vn.baocao.server.ApiProblem;
import vn.baocao.server.Logins;
import vn.baocao.server.SessionCookie;
import vn.baocao.server.Sessions;

/** Logging in and out, and the English switch. */
final class LoginPages {
    private final PageSupport pages;

    LoginPages(PageSupport pages) {
        this.pages = pages;
    }

    void home(Context ctx) {
        Optional<Sessions.Found> found = pages.session(ctx);
        ctx.redirect(found.isEmpty() ? "/login" : WebPages.home(found.get().user(), pages.services.rights()));
    }

    void loginPage(Context ctx) {
        if (pages.session(ctx).isPresent()) {
            home(ctx);
            return;
        }
        Text t = pages.anonymousText(ctx);
        pages.render(ctx, 200, "login.jte", Map.of("t", t, "chrome", Chrome.anonymous(), "login", "", "error", "", "hint", ""));
    }

    void login(Context ctx) {
        String login = Optional.ofNullable(ctx.formParam("login")).orElse("").strip();
        String password = Optional.ofNullable(ctx.formParam("password")).orElse("");
        try {
            Logins.LoggedIn in = pages.services.logins().logIn(login, password, pages.services.addresses().of(ctx));
            SessionCookie.set(ctx, in.session());
            PageSupport.seeOther(ctx, WebPages.home(in.user(), pages.services.rights()));
        } catch (ApiProblem e) {
            Text t = pages.anonymousText(ctx);
            // the form again with its problem beside the fields: a page, not a failed request, for the browser
            pages.render(ctx, 200, "login.jte", Map.of("t", t, "chrome", Chrome.anonymous(), "login", login,
                    "error", e.message().render(t.messages()), "hint", t.messages().find(e.hint().key()).orElse("")));
        }
    }

    void logout(Context ctx) {
        Optional<Sessions.Found> found = pages.session(ctx);
        if (found.isPresent() && found.get().sentBack(ctx.formParam("csrf"))) pages.services.sessions().close(SessionCookie.of(ctx));
        SessionCookie.clear(ctx);
        PageSupport.seeOther(ctx, "/login");
    }

    /** The English switch: kept for the person (every page, next time) once logged in, in a cookie before. */
    void language(Context ctx) {
        // the two languages of the pages; anything else is Vietnamese
        String lang = "en".equals(ctx.formParam("lang")) ? "en" : "vi";
        if (pages.session(ctx).isEmpty()) {
            PageSupport.seeOther(ctx, "/login?lang=" + lang);
            return;
        }
        Optional<PageSupport.Visit> visit = pages.posted(ctx);
        if (visit.isEmpty()) return;
        pages.services.users().setLanguage(visit.get().user(), lang, visit.get().actor());
        PageSupport.seeOther(ctx, WebPages.back(ctx.formParam("back"), WebPages.home(visit.get().user(), pages.services.rights())));
    }
}
