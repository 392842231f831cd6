package vn.baocao.server.web;

import io.javalin.http.Context;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import vn.baocao.server.ApiProblem;
import vn.baocao.server.AuditLog;

/** What happened, with the API's filters: a person sees the units they may read, the administrator everything. */
public final class AuditPage {
    public static final int PAGE = 100;
    private final PageSupport pages;

    AuditPage(PageSupport pages) {
        this.pages = pages;
    }

    public record Line(String at, String user, String address, String action, String program, String unit, String period, String detail) {}

    public record Filters(String unit, String program, String period, String user, String from, String to, int offset) {}

    void page(Context ctx) {
        Optional<PageSupport.Visit> visit = pages.visit(ctx);
        if (visit.isEmpty()) return;
        Text t = visit.get().t();
        Filters filters = new Filters(param(ctx, "unit"), param(ctx, "program"), param(ctx, "period"), param(ctx, "user"), param(ctx, "from"),
                param(ctx, "to"), Math.max(0, parseOffset(param(ctx, "offset"))));
        try {
            AuditLog.Filter filter = new AuditLog.Filter(given(filters.unit()), given(filters.program()), given(filters.period()),
                    given(filters.user()), given(filters.from()).map(AuditPage::instant), given(filters.to()).map(d -> instant(d).plusDays(1)));
            boolean administrator = pages.services.rights().administrator(visit.get().user());
            LocalDate today = pages.services.deadlines().today();
            SubmissionViews views = new SubmissionViews(pages.services);
            List<Line> lines = new ArrayList<>();
            List<AuditLog.Entry> entries = pages.services.audit().query(filter, filters.offset(), PAGE);
            for (AuditLog.Entry e : entries) {
                if (!administrator && (e.unit().isEmpty() || !pages.services.rights().mayRead(visit.get().user(), e.unit().get(), today))) continue;
                lines.add(new Line(views.when(e.at()), e.user(), e.address(), action(t, e.action()), e.program().orElse(""), e.unit().orElse(""),
                        e.period().orElse(""), detail(t, e, pages.services.registry())));
            }
            pages.render(ctx, 200, "audit.jte", Map.of("t", t, "chrome", pages.chrome(visit.get(), "audit"), "filters", filters, "lines", lines,
                    "more", entries.size() == PAGE, "error", "", "programs", programs(t)));
        } catch (ApiProblem e) {
            pages.render(ctx, 400, "audit.jte", Map.of("t", t, "chrome", pages.chrome(visit.get(), "audit"), "filters", filters,
                    "lines", List.of(), "more", false, "error", PageSupport.says(t, e), "programs", programs(t)));
        }
    }

    private List<ReviewPages.Choice> programs(Text t) {
        return pages.services.registry().programTypes().stream().map(p -> new ReviewPages.Choice(p.id(), p.name().in(t.locale()))).toList();
    }

    /** The action in the reader's words; an action the bundles do not name yet shows its code rather than nothing. */
    static String action(Text t, String action) {
        return t.messages().find("web.action." + action).orElse(action);
    }

    /** What changed in the reader's words: the subject (an indicator by its name), old → new (a state by its name), and why. */
    static String detail(Text t, AuditLog.Entry e, vn.baocao.core.plugin.Registry registry) {
        String subject = e.subject().orElse("");
        String[] words = subject.split(" ", 2);
        Optional<vn.baocao.api.indicator.Indicator> indicator = e.action().startsWith("value.") ? registry.indicator(words[0]) : Optional.empty();
        if (indicator.isPresent()) subject = indicator.get().name().in(t.locale()) + (words.length > 1 ? " (" + words[1] + ")" : "");
        StringBuilder s = new StringBuilder(subject);
        boolean states = e.action().startsWith("submission.");
        if (e.oldValue().isPresent() || e.newValue().isPresent()) {
            if (s.length() > 0) s.append(": ");
            s.append(e.oldValue().map(v -> states ? state(t, v) : v).orElse("–")).append(" → ").append(e.newValue().map(v -> states ? state(t, v) : v).orElse("–"));
        }
        e.reason().ifPresent(r -> s.append(s.length() > 0 ? " — " : "").append(r));
        return s.toString();
    }

    private static String state(Text t, String state) {
        return t.messages().find("state." + state).orElse(state);
    }

    private static String param(Context ctx, String name) {
        return Optional.ofNullable(ctx.queryParam(name)).orElse("").strip();
    }

    private static Optional<String> given(String text) {
        return text.isEmpty() ? Optional.empty() : Optional.of(text);
    }

    private static int parseOffset(String text) {
        try {
            return text.isEmpty() ? 0 : Integer.parseInt(text);
        } catch (NumberFormatException e) {
            return 0;
        }
    }

    private static OffsetDateTime instant(String day) {
        try {
            return LocalDate.parse(day).atStartOfDay().atOffset(java.time.ZoneOffset.ofHours(7));
        } catch (DateTimeParseException e) {
            throw ApiProblem.of(400, "server.badDate", day);
        }
    }
}
