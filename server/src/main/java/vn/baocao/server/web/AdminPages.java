package vn.baocao.server.web;

import io.javalin.http.Context;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import vn.baocao.api.program.ProgramType;
import vn.baocao.server.ApiProblem;
import vn.baocao.server.Deadlines;
import vn.baocao.server.Grant;
import vn.baocao.server.User;
import vn.baocao.server.Users;

/**
 * The administrator's page: people, their roles and units (added, disabled, given a new password,
 * on the running server whatever its database), and the exceptions to entry deadlines.
 */
public final class AdminPages {
    private final PageSupport pages;

    AdminPages(PageSupport pages) {
        this.pages = pages;
    }

    public record Person(String login, String name, String roles, boolean disabled, String language) {}

    /** What the administrator typed, kept when a form comes back with a problem, and where the problem is. */
    public record Typed(String form, Map<String, String> fields, String field, String message) {
        public String get(String name) {
            return fields.getOrDefault(name, "");
        }

        public boolean at(String form, String name) {
            return this.form.equals(form) && field.equals(name);
        }

        public boolean in(String form) {
            return this.form.equals(form) && !message.isEmpty();
        }
    }

    public record Admin(List<Person> people, List<Deadlines.Grant> exceptions, List<ReviewPages.Choice> programs, Typed typed, String done) {}

    void page(Context ctx) {
        Optional<PageSupport.Visit> visit = administrator(ctx, false);
        if (visit.isEmpty()) return;
        show(ctx, visit.get(), 200, new Typed("", Map.of(), "", ""), Optional.ofNullable(ctx.queryParam("done")).orElse(""));
    }

    private Optional<PageSupport.Visit> administrator(Context ctx, boolean posted) {
        Optional<PageSupport.Visit> visit = posted ? pages.posted(ctx) : pages.visit(ctx);
        if (visit.isPresent() && !pages.services.rights().administrator(visit.get().user())) {
            pages.problem(ctx, visit.get(), 403, visit.get().t().get("web.admin.notAdministrator"));
            return Optional.empty();
        }
        return visit;
    }

    private void show(Context ctx, PageSupport.Visit visit, int status, Typed typed, String done) {
        Text t = visit.t();
        List<Person> people = new ArrayList<>();
        for (User u : pages.services.users().list()) {
            people.add(new Person(u.login(), u.fullName(), String.join("; ", u.grants().stream().map(g -> role(t, g)).toList()), u.disabled(),
                    u.language()));
        }
        List<ReviewPages.Choice> programs = new ArrayList<>();
        for (ProgramType type : pages.services.registry().programTypes()) programs.add(new ReviewPages.Choice(type.id(), type.name().in(t.locale())));
        String said = done.isEmpty() ? "" : t.messages().find("web.admin.done." + done.replaceAll("[^a-z]", "")).orElse("");
        pages.render(ctx, status, "admin.jte", Map.of("t", t, "chrome", pages.chrome(visit, "admin"), "a",
                new Admin(people, pages.services.deadlines().list(Optional.empty(), Optional.empty(), Optional.empty()), programs, typed, said)));
    }

    /** "Người nhập: Phường Nghĩa Lộ (21028)": a role in the reader's words, with its unit's name. */
    private String role(Text t, Grant g) {
        String name = t.get("web.role." + g.role().name().toLowerCase(java.util.Locale.ROOT));
        if (g.unit().isEmpty()) return name;
        String unit = g.unit().get();
        String unitName = pages.services.units().unit(unit, pages.services.deadlines().today()).map(vn.baocao.api.unit.AdministrativeUnit::name)
                .orElse("");
        return name + ": " + (unitName.isEmpty() ? unit : unitName + " (" + unit + ")");
    }

    void addUser(Context ctx) {
        Optional<PageSupport.Visit> visit = administrator(ctx, true);
        if (visit.isEmpty()) return;
        Map<String, String> fields = fields(ctx, "login", "name", "role", "unit", "language");
        try {
            String role = fields.get("role") + (fields.get("unit").isEmpty() ? "" : ":" + fields.get("unit"));
            Grant grant;
            try {
                grant = Grant.parse(role);
            } catch (IllegalArgumentException e) {
                throw new Users.Refused("users.badRole", role);
            }
            if (fields.get("name").isEmpty()) throw new Users.Refused("web.admin.nameRequired");
            String name = fields.get("name");
            pages.services.users().add(fields.get("login"), name, Optional.ofNullable(ctx.formParam("password")).orElse(""),
                    fields.get("language").equals("en") ? "en" : "vi", List.of(grant), visit.get().actor());
            PageSupport.seeOther(ctx, "/admin?done=added");
        } catch (Users.Refused e) {
            refused(ctx, visit.get(), "add", fields, e);
        }
    }

    void disable(Context ctx) {
        Optional<PageSupport.Visit> visit = administrator(ctx, true);
        if (visit.isEmpty()) return;
        Map<String, String> fields = fields(ctx, "login");
        try {
            pages.services.users().disable(fields.get("login"), visit.get().actor());
            PageSupport.seeOther(ctx, "/admin?done=disabled");
        } catch (Users.Refused e) {
            refused(ctx, visit.get(), "disable", fields, e);
        }
    }

    void reset(Context ctx) {
        Optional<PageSupport.Visit> visit = administrator(ctx, true);
        if (visit.isEmpty()) return;
        Map<String, String> fields = fields(ctx, "login");
        try {
            pages.services.users().resetPassword(fields.get("login"), Optional.ofNullable(ctx.formParam("password")).orElse(""), visit.get().actor());
            PageSupport.seeOther(ctx, "/admin?done=reset");
        } catch (Users.Refused e) {
            refused(ctx, visit.get(), "reset", fields, e);
        }
    }

    void grantException(Context ctx) {
        Optional<PageSupport.Visit> visit = administrator(ctx, true);
        if (visit.isEmpty()) return;
        Map<String, String> fields = fields(ctx, "program", "unit", "period", "until", "reason");
        try {
            pages.services.exceptions().grant(visit.get().user(), visit.get().actor(), fields.get("program"), fields.get("unit"),
                    fields.get("period"), fields.get("until"), fields.get("reason"));
            PageSupport.seeOther(ctx, "/admin?done=exception#exceptions");
        } catch (ApiProblem e) {
            String key = e.message().key();
            String field = key.startsWith("units.") ? "unit" : key.contains("Period") || key.startsWith("rollup.") ? "period"
                    : key.equals("server.badDate") || key.startsWith("deadline.until") || key.equals("deadline.notLater") ? "until"
                    : key.equals("deadline.reasonRequired") || key.equals("comment.tooLong") ? "reason" : key.startsWith("values.") ? "program" : "program";
            show(ctx, visit.get(), 200, new Typed("exception", fields, field, PageSupport.says(visit.get().t(), e)), "");
        }
    }

    private void refused(Context ctx, PageSupport.Visit visit, String form, Map<String, String> fields, Users.Refused e) {
        Text t = visit.t();
        String hint = PageSupport.hint(t, e.key, e.key + ".hint", e.arguments);
        String message = t.get(e.key, e.arguments) + (hint.isEmpty() ? "" : " " + hint);
        String field = switch (e.key) {
            case "users.badLogin", "users.exists", "users.unknown" -> "login";
            case "web.admin.nameRequired" -> "name";
            case "users.shortPassword", "users.longPassword" -> "password";
            case "users.unknownUnit", "users.roleNeedsUnit", "users.roleTakesNoUnit" -> "unit";
            default -> "role";
        };
        show(ctx, visit, 200, new Typed(form, fields, field, message), "");
    }

    private static Map<String, String> fields(Context ctx, String... names) {
        Map<String, String> fields = new java.util.LinkedHashMap<>();
        for (String name : names) fields.put(name, Optional.ofNullable(ctx.formParam(name)).orElse("").strip());
        return fields;
    }
}
