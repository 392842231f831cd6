package vn.baocao.server.web;

import gg.jte.ContentType;
import gg.jte.TemplateEngine;
import gg.jte.output.StringOutput;
import io.javalin.http.Context;
import io.javalin.http.Handler;
import io.javalin.http.HandlerType;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.Function;
import vn.baocao.api.period.Period;
import vn.baocao.api.program.ProgramType;
import vn.baocao.api.service.UnitDirectory;
import vn.baocao.api.unit.AdministrativeUnit;
import vn.baocao.core.i18n.Messages;
import vn.baocao.core.plugin.Registry;
import vn.baocao.server.Actor;
import vn.baocao.server.ApiProblem;
import vn.baocao.server.Deadlines;
import vn.baocao.server.Logins;
import vn.baocao.server.Role;
import vn.baocao.server.SessionCookie;
import vn.baocao.server.Sessions;
import vn.baocao.server.User;
import vn.baocao.server.Users;
import vn.baocao.server.Workflow;

/**
 * The pages people use in a browser, rendered on the server from the templates of
 * {@code src/main/jte} (compiled with the module) over the same services as the API; their forms
 * post back with the session's CSRF token. Vietnamese unless the person chose English.
 */
public final class WebPages {
    /** The language chosen before logging in, kept for the login page. */
    static final String LANGUAGE_COOKIE = "baocao_lang";
    private static final Locale VIETNAMESE = Locale.forLanguageTag("vi");

    private final Registry registry;
    private final Logins logins;
    private final Sessions sessions;
    private final Users users;
    private final Workflow workflow;
    private final Deadlines deadlines;
    private final UnitDirectory units;
    private final Function<Locale, Messages> messages;
    private final vn.baocao.server.ClientAddress addresses;
    private final TemplateEngine templates = TemplateEngine.createPrecompiled(null, ContentType.Html, WebPages.class.getClassLoader(),
            "vn.baocao.server.web.pages");

    public WebPages(Registry registry, Logins logins, Sessions sessions, Users users, Workflow workflow, Deadlines deadlines,
                    UnitDirectory units, vn.baocao.server.ClientAddress addresses, Function<Locale, Messages> messages) {
        this.addresses = addresses;
        this.registry = registry;
        this.logins = logins;
        this.sessions = sessions;
        this.users = users;
        this.workflow = workflow;
        this.deadlines = deadlines;
        this.units = units;
        this.messages = messages;
    }

    /** A page's route. */
    public record Page(HandlerType method, String path, Handler handler) {}

    public List<Page> pages() {
        return List.of(
                new Page(HandlerType.GET, "/", ctx -> ctx.redirect(session(ctx).isPresent() ? "/forms" : "/login")),
                new Page(HandlerType.GET, "/login", this::loginPage),
                new Page(HandlerType.POST, "/login", this::login),
                new Page(HandlerType.POST, "/logout", this::logout),
                new Page(HandlerType.POST, "/language", this::language),
                new Page(HandlerType.GET, "/forms", this::forms),
                new Page(HandlerType.GET, "/assets/{name}", Assets::serve));
    }

    // ----- logging in and out

    private void loginPage(Context ctx) {
        if (session(ctx).isPresent()) {
            ctx.redirect("/forms");
            return;
        }
        Text t = anonymousText(ctx);
        render(ctx, 200, "login.jte", Map.of("t", t, "chrome", Chrome.anonymous(), "login", "", "error", "", "hint", ""));
    }

    private void login(Context ctx) {
        String login = Optional.ofNullable(ctx.formParam("login")).orElse("").strip();
        String password = Optional.ofNullable(ctx.formParam("password")).orElse("");
        try {
            Logins.LoggedIn in = logins.logIn(login, password, addresses.of(ctx));
            SessionCookie.set(ctx, in.session());
            ctx.redirect("/forms", io.javalin.http.HttpStatus.SEE_OTHER);
        } catch (ApiProblem e) {
            Text t = anonymousText(ctx);
            // the form again with its problem beside the fields: a page, not a failed request, for the browser
            render(ctx, 200, "login.jte", Map.of("t", t, "chrome", Chrome.anonymous(), "login", login,
                    "error", e.message().render(t.messages()), "hint", t.messages().find(e.hint().key()).orElse("")));
        }
    }

    private void logout(Context ctx) {
        Optional<Sessions.Found> found = session(ctx);
        if (found.isPresent() && checkCsrf(ctx, found.get())) sessions.close(SessionCookie.of(ctx));
        SessionCookie.clear(ctx);
        ctx.redirect("/login", io.javalin.http.HttpStatus.SEE_OTHER);
    }

    /** The English switch: kept for the person (every page, next time) once logged in, in a cookie before. */
    private void language(Context ctx) {
        String lang = "en".equals(ctx.formParam("lang")) ? "en" : "vi";
        Optional<Sessions.Found> found = session(ctx);
        if (found.isEmpty()) {
            ctx.redirect("/login?lang=" + lang, io.javalin.http.HttpStatus.SEE_OTHER);
            return;
        }
        if (!checkCsrf(ctx, found.get())) return;
        users.setLanguage(found.get().user(), lang, new Actor(found.get().user().login(), addresses.of(ctx)));
        String back = Optional.ofNullable(ctx.formParam("back")).filter(b -> b.startsWith("/") && !b.startsWith("//")).orElse("/forms");
        ctx.redirect(back, io.javalin.http.HttpStatus.SEE_OTHER);
    }

    // ----- the submitter's forms

    private void forms(Context ctx) {
        Optional<Sessions.Found> found = requireSession(ctx);
        if (found.isEmpty()) return;
        User user = found.get().user();
        Text t = text(user);
        render(ctx, 200, "forms.jte", Map.of("t", t, "chrome", chrome(found.get(), "forms"), "rows", formRows(user, t)));
    }

    /**
     * Each program's form for each unit the person submits for, in the current and the previous
     * month and every period with values or a submission: overdue first, then by deadline.
     */
    List<FormRow> formRows(User user, Text t) {
        LocalDate today = deadlines.today();
        List<FormRow> rows = new ArrayList<>();
        for (String unit : user.grants().stream().filter(g -> g.role() == Role.SUBMITTER).flatMap(g -> g.unit().stream()).distinct().toList()) {
            Set<String> periods = new LinkedHashSet<>();
            periods.add(month(today));
            periods.add(month(today.minusMonths(1)));
            periods.addAll(workflow.periodsWithWork(unit));
            String unitName = units.unit(unit, today).map(AdministrativeUnit::name).orElse(unit);
            for (ProgramType type : registry.programTypes()) {
                for (String period : periods) {
                    Workflow.Submission s = workflow.get(type.id(), unit, period);
                    Deadlines.Entry entry = deadlines.entry(type.id(), unit, Period.parse(period));
                    rows.add(new FormRow(type.id(), type.name().in(t.locale()), unit, unitName, period, s.state().name(),
                            t.get("state." + s.state()), entry.lastDay().map(LocalDate::toString).orElse(""),
                            !entry.open() && s.state().open(), entry.exception().map(g -> g.until().toString()).orElse(""),
                            s.state().name().equals("RETURNED") ? s.reason().orElse("") : ""));
                }
            }
        }
        rows.sort(Comparator.comparing((FormRow r) -> !r.overdue())
                .thenComparing(r -> r.deadline().isEmpty() ? "9999" : r.deadline())
                .thenComparing(FormRow::programName).thenComparing(FormRow::unit));
        return rows;
    }

    private static String month(LocalDate day) {
        return String.format("%d-%02d", day.getYear(), day.getMonthValue());
    }

    // ----- who is asking, in which language

    private Optional<Sessions.Found> session(Context ctx) {
        return sessions.session(SessionCookie.of(ctx));
    }

    /** The session, or the login page for someone who has none (their page asked again after login). */
    private Optional<Sessions.Found> requireSession(Context ctx) {
        Optional<Sessions.Found> found = session(ctx);
        if (found.isEmpty()) ctx.redirect("/login");
        return found;
    }

    /** A page's form came with this session's token, or it is refused: another site's page cannot post for the person. */
    private boolean checkCsrf(Context ctx, Sessions.Found found) {
        if (found.sentBack(ctx.formParam("csrf"))) return true;
        Text t = text(found.user());
        render(ctx, 403, "problem.jte", Map.of("t", t, "chrome", chrome(found, ""), "message", t.get("web.error.csrf")));
        return false;
    }

    private Chrome chrome(Sessions.Found found, String current) {
        return new Chrome(true, found.user().fullName(), found.csrfToken(), current);
    }

    private Text text(User user) {
        return new Text(messages.apply("en".equals(user.language()) ? Locale.ENGLISH : VIETNAMESE));
    }

    /** Before login: {@code ?lang=} (then kept in a cookie), the cookie, the browser's language, Vietnamese. */
    private Text anonymousText(Context ctx) {
        String asked = ctx.queryParam("lang");
        if (asked != null) {
            asked = asked.equals("en") ? "en" : "vi";
            ctx.header("Set-Cookie", LANGUAGE_COOKIE + "=" + asked + "; Path=/; SameSite=Lax; Max-Age=31536000");
        } else {
            asked = ctx.cookie(LANGUAGE_COOKIE);
        }
        if (asked == null) {
            String accept = ctx.header("Accept-Language");
            asked = accept != null && accept.strip().toLowerCase(Locale.ROOT).startsWith("en") ? "en" : "vi";
        }
        return new Text(messages.apply(asked.equals("en") ? Locale.ENGLISH : VIETNAMESE));
    }

    /** The page for a path no route has: in the person's language. */
    public void notFound(Context ctx) {
        Optional<Sessions.Found> found = session(ctx);
        Text t = found.map(f -> text(f.user())).orElseGet(() -> anonymousText(ctx));
        render(ctx, 404, "problem.jte", Map.of("t", t, "chrome", found.map(f -> chrome(f, "")).orElse(Chrome.anonymous()),
                "message", t.get("web.error.notFound")));
    }

    private void render(Context ctx, int status, String template, Map<String, Object> parameters) {
        StringOutput out = new StringOutput(16 * 1024);
        templates.render(template, new LinkedHashMap<>(parameters), out);
        ctx.status(status).contentType("text/html; charset=utf-8").result(out.toString());
        ctx.attribute(vn.baocao.server.BaocaoServer.ANSWERED, true);
        // the pages load nothing from elsewhere and run no inline script: an injected one would not run
        ctx.header("Content-Security-Policy", "default-src 'self'; img-src 'self' data:; frame-ancestors 'none'; form-action 'self'; base-uri 'none'");
        ctx.header("Referrer-Policy", "same-origin");
    }
}
