package vn.baocao.server.web;

import io.javalin.http.Context;
import io.javalin.http.Handler;
import io.javalin.http.HandlerType;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import vn.baocao.server.Rights;
import vn.baocao.server.Role;
import vn.baocao.server.Sessions;
import vn.baocao.server.User;

/**
 * The pages people use in a browser, rendered on the server from the templates of
 * {@code src/main/jte} (compiled with the module) over the same services as the API; their forms
 * post back with the session's CSRF token. Vietnamese unless the person chose English. Each group
 * of pages is its own class; this one lists their routes.
 */
public final class WebPages {
    private final PageSupport support;
    private final LoginPages login;
    private final FormPages forms;
    private final ReviewPages review;
    private final FiguresPage figures;
    private final ReportPages reports;
    private final AuditPage audit;
    private final AdminPages admin;

    public WebPages(Services services) {
        this.support = new PageSupport(services);
        SubmissionViews views = new SubmissionViews(services);
        this.login = new LoginPages(support);
        this.forms = new FormPages(support, views);
        this.review = new ReviewPages(support, views);
        this.figures = new FiguresPage(support);
        this.reports = new ReportPages(support);
        this.audit = new AuditPage(support);
        this.admin = new AdminPages(support);
    }

    /** A page's route. */
    public record Page(HandlerType method, String path, Handler handler) {}

    private static final String FORM = "/forms/{program}/{unit}/{period}";
    private static final String REVIEW = "/review/{program}/{unit}/{period}";

    public List<Page> pages() {
        return List.of(
                new Page(HandlerType.GET, "/", login::home),
                new Page(HandlerType.GET, "/login", login::loginPage),
                new Page(HandlerType.POST, "/login", login::login),
                new Page(HandlerType.POST, "/logout", login::logout),
                new Page(HandlerType.POST, "/language", login::language),
                new Page(HandlerType.GET, "/forms", forms::list),
                new Page(HandlerType.GET, FORM, forms::form),
                new Page(HandlerType.POST, FORM + "/submit", forms::submit),
                new Page(HandlerType.POST, FORM + "/comments", forms::comment),
                new Page(HandlerType.GET, FORM + "/form.xlsx", forms::workbook),
                new Page(HandlerType.GET, FORM + "/checks", forms::checks),
                new Page(HandlerType.POST, FORM + "/upload", forms::upload),
                new Page(HandlerType.GET, "/review", review::dashboard),
                new Page(HandlerType.POST, "/review/approve", review::approveMany),
                new Page(HandlerType.GET, REVIEW, review::submission),
                new Page(HandlerType.POST, REVIEW + "/approve", review::approve),
                new Page(HandlerType.POST, REVIEW + "/return", review::giveBack),
                new Page(HandlerType.POST, REVIEW + "/comments", forms::comment),
                new Page(HandlerType.GET, "/figures", figures::page),
                new Page(HandlerType.GET, "/figures.csv", figures::csv),
                new Page(HandlerType.GET, "/figures.xlsx", figures::xlsx),
                new Page(HandlerType.GET, "/reports", reports::list),
                new Page(HandlerType.POST, "/reports", reports::save),
                new Page(HandlerType.GET, "/reports/{name}", reports::editor),
                new Page(HandlerType.POST, "/reports/{name}", reports::save),
                new Page(HandlerType.POST, "/reports/{name}/preview", reports::preview),
                new Page(HandlerType.GET, "/audit", audit::page),
                new Page(HandlerType.GET, "/admin", admin::page),
                new Page(HandlerType.POST, "/admin/users", admin::addUser),
                new Page(HandlerType.POST, "/admin/users/disable", admin::disable),
                new Page(HandlerType.POST, "/admin/users/reset", admin::reset),
                new Page(HandlerType.POST, "/admin/exceptions", admin::grantException),
                new Page(HandlerType.GET, "/assets/{name}", Assets::serve),
                // what a browser asks for by itself on a page that names no icon (a download, the API's JSON)
                new Page(HandlerType.GET, "/favicon.ico", ctx -> ctx.redirect("/assets/favicon.svg", io.javalin.http.HttpStatus.MOVED_PERMANENTLY)));
    }

    /** Where a person lands after logging in: their forms, the review, or the administration. */
    static String home(User user, Rights rights) {
        if (user.grants().stream().anyMatch(g -> g.role() == Role.SUBMITTER)) return "/forms";
        if (user.grants().stream().anyMatch(g -> g.role() == Role.REVIEWER)) return "/review";
        if (rights.administrator(user)) return "/admin";
        return "/figures";
    }

    /** A page to go back to, from a form's {@code back}: only a path of this site. */
    static String back(String asked, String otherwise) {
        return Optional.ofNullable(asked).filter(b -> b.startsWith("/") && !b.startsWith("//") && !b.contains("\\")).orElse(otherwise);
    }

    /** The page for a path no route has: in the person's language. */
    public void notFound(Context ctx) {
        Optional<Sessions.Found> found = support.session(ctx);
        if (found.isPresent()) {
            PageSupport.Visit visit = new PageSupport.Visit(found.get(), support.text(found.get().user()), null, "");
            support.problem(ctx, visit, 404, visit.t().get("web.error.notFound"));
            return;
        }
        Text t = support.anonymousText(ctx);
        support.render(ctx, 404, "problem.jte", Map.of("t", t, "chrome", Chrome.anonymous(), "message", t.get("web.error.notFound")));
    }
}
