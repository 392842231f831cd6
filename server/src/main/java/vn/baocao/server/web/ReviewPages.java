package vn.baocao.server.web;

import io.javalin.http.Context;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import vn.baocao.api.period.Period;
import vn.baocao.api.program.ProgramType;
import vn.baocao.api.unit.AdministrativeUnit;
import vn.baocao.server.ApiProblem;
import vn.baocao.server.Deadlines;
import vn.baocao.server.Grant;
import vn.baocao.server.Role;
import vn.baocao.server.State;
import vn.baocao.server.User;
import vn.baocao.server.Workflow;

/** The reviewer's pages: the units under them × where each stands, one submission to approve or return, and approving many at once. */
public final class ReviewPages {
    private final PageSupport pages;
    private final SubmissionViews views;

    ReviewPages(PageSupport pages, SubmissionViews views) {
        this.pages = pages;
        this.views = views;
    }

    /**
     * One line of the dashboard.
     *
     * @param depth how far under the reviewer's unit, for the indent
     * @param standing not started, draft, submitted, returned, approved or overdue
     */
    /** @param below the dashboard of the units under this one, empty when they are shown already */
    public record Line(String unit, String unitName, int depth, String standing, String standingName, String deadline, String link,
                       boolean approvable, String below) {}

    /** What the dashboard's choices and lines are. */
    public record Dashboard(List<Choice> programs, String program, String period, String under, List<Line> lines, Map<String, Long> counts,
                            List<String> results) {}

    public record Choice(String value, String label) {}

    void dashboard(Context ctx) {
        Optional<PageSupport.Visit> visit = pages.visit(ctx);
        if (visit.isEmpty()) return;
        show(ctx, visit.get(), ctx.queryParam("program"), ctx.queryParam("period"), ctx.queryParam("unit"), List.of());
    }

    /** @param under the unit whose tree is shown; empty for all the person reviews */
    private void show(Context ctx, PageSupport.Visit visit, String program, String period, String under, List<String> results) {
        Text t = visit.t();
        Services s = pages.services;
        List<ProgramType> types = s.registry().programTypes();
        ProgramType type = types.stream().filter(p -> p.id().equals(program)).findFirst().orElse(types.get(0));
        Period chosen;
        try {
            chosen = Period.parse(period == null || period.isBlank() ? FormPages.month(s.deadlines().today().minusMonths(1)) : period.strip());
        } catch (IllegalArgumentException e) {
            pages.problem(ctx, visit, ApiProblem.of(400, "rollup.badPeriod", period));
            return;
        }
        List<String[]> units = new ArrayList<>();
        boolean administrator = s.rights().administrator(visit.user());
        if (under != null && !under.isBlank()) {
            if (!s.rights().mayReview(visit.user(), under.strip(), chosen.end())) {
                pages.problem(ctx, visit, ApiProblem.of(403, "submission.notYourReview", under.strip()));
                return;
            }
            collect(under.strip(), chosen.end(), 0, 6, units);
        } else {
            // an administrator reviews the whole country: the provinces first, each opened on its own
            for (String root : roots(visit.user(), chosen.end())) collect(root, chosen.end(), 0, administrator ? 0 : 6, units);
        }
        boolean closedTree = administrator && (under == null || under.isBlank());
        List<Workflow.Standing> standings = s.workflow().standings(type.id(), units.stream().map(u -> u[0]).toList(), chosen.code());
        List<Line> lines = new ArrayList<>();
        Map<String, Long> counts = new java.util.LinkedHashMap<>();
        for (String state : List.of("NOT_STARTED", "DRAFT", "SUBMITTED", "RETURNED", "APPROVED", "OVERDUE")) counts.put(state, 0L);
        for (int i = 0; i < standings.size(); i++) {
            Workflow.Standing st = standings.get(i);
            Deadlines.Entry entry = s.deadlines().entry(type.id(), st.unit(), chosen);
            State state = st.submission().state();
            String standing = st.submission().version() == 0 && !st.hasValues() ? "NOT_STARTED" : state.name();
            if (state.open() && !entry.open()) standing = "OVERDUE";
            counts.merge(standing, 1L, Long::sum);
            lines.add(new Line(st.unit(), units.get(i)[1], Integer.parseInt(units.get(i)[2]), standing, t.get("web.review.standing." + standing),
                    entry.lastDay().map(LocalDate::toString).orElse(""), "/review/" + type.id() + "/" + st.unit() + "/" + chosen.code(),
                    state == State.SUBMITTED, closedTree && Integer.parseInt(units.get(i)[2]) == 0
                            ? "/review?program=" + type.id() + "&period=" + chosen.code() + "&unit=" + st.unit() : ""));
        }
        List<Choice> programs = types.stream().map(p -> new Choice(p.id(), p.name().in(t.locale()))).toList();
        pages.render(ctx, 200, "review.jte", Map.of("t", t, "chrome", pages.chrome(visit, "review"),
                "board", new Dashboard(programs, type.id(), chosen.code(), under == null ? "" : under.strip(), lines, counts, results)));
    }

    /** The units a person reviews: their reviewer grants; for an administrator, every province. */
    private List<String> roots(User user, LocalDate day) {
        if (pages.services.rights().administrator(user)) {
            return pages.services.units().units().stream().filter(u -> u.parentCode().isEmpty() && u.existsOn(day)).map(AdministrativeUnit::code).toList();
        }
        return user.grants().stream().filter(g -> g.role() == Role.REVIEWER).map(Grant::unit).flatMap(Optional::stream).distinct().toList();
    }

    private void collect(String unit, LocalDate day, int depth, int deepest, List<String[]> into) {
        String name = pages.services.units().unit(unit, day).map(AdministrativeUnit::name).orElse(unit);
        into.add(new String[] {unit, name, Integer.toString(depth)});
        if (depth >= deepest) return;
        for (AdministrativeUnit child : pages.services.units().children(unit, day)) collect(child.code(), day, depth + 1, deepest, into);
    }

    void submission(Context ctx) {
        Optional<PageSupport.Visit> visit = pages.visit(ctx);
        if (visit.isEmpty()) return;
        show(ctx, visit.get(), 200, List.of());
    }

    private void show(Context ctx, PageSupport.Visit visit, int status, List<SubmissionView.Problem> problems) {
        try {
            SubmissionViews.Place place = views.place(ctx.pathParam("program"), ctx.pathParam("unit"), ctx.pathParam("period"));
            SubmissionView view = views.view("review", visit, place, problems, false);
            pages.render(ctx, status, "submission.jte", Map.of("t", visit.t(), "chrome", pages.chrome(visit, "review"), "view", view,
                    "title", visit.t().get("web.review.submissionTitle", view.unitName(), view.programName(), visit.t().period(view.period())), "done", ""));
        } catch (ApiProblem e) {
            pages.problem(ctx, visit, e);
        }
    }

    void approve(Context ctx) {
        step(ctx, (visit, program, unit, period) -> pages.services.workflow().approve(visit.user(), visit.actor(), program, unit, period,
                FormPages.version(ctx), visit.t().messages()));
    }

    void giveBack(Context ctx) {
        step(ctx, (visit, program, unit, period) -> pages.services.workflow().giveBack(visit.user(), visit.actor(), program, unit, period,
                FormPages.version(ctx), ctx.formParam("reason"), visit.t().messages()));
    }

    private interface Step {
        void take(PageSupport.Visit visit, String program, String unit, String period);
    }

    private void step(Context ctx, Step step) {
        Optional<PageSupport.Visit> visit = pages.posted(ctx);
        if (visit.isEmpty()) return;
        String program = ctx.pathParam("program");
        String unit = ctx.pathParam("unit");
        String period = ctx.pathParam("period");
        try {
            step.take(visit.get(), program, unit, period);
            PageSupport.seeOther(ctx, "/review/" + program + "/" + unit + "/" + period);
        } catch (ApiProblem e) {
            List<SubmissionView.Problem> problems = new ArrayList<>();
            problems.add(new SubmissionView.Problem(PageSupport.says(visit.get().t(), e), e.message().key().equals("submission.reasonRequired") ? "reason" : ""));
            for (Map<String, Object> detail : e.details()) problems.add(new SubmissionView.Problem(String.valueOf(detail.get("message")), ""));
            show(ctx, visit.get(), 200, problems);
        }
    }

    /** Approves every unit ticked, those lowest in the tree first (a unit is approved after the units under it); each outcome said. */
    void approveMany(Context ctx) {
        Optional<PageSupport.Visit> visit = pages.posted(ctx);
        if (visit.isEmpty()) return;
        Text t = visit.get().t();
        String program = Optional.ofNullable(ctx.formParam("program")).orElse("");
        String period = Optional.ofNullable(ctx.formParam("period")).orElse("");
        List<String> chosen = new ArrayList<>(ctx.formParams("unit"));
        java.util.Collections.reverse(chosen);
        List<String> results = new ArrayList<>();
        int approved = 0;
        for (String unit : chosen) {
            try {
                pages.services.workflow().approve(visit.get().user(), visit.get().actor(), program, unit, period, Optional.empty(), t.messages());
                approved++;
            } catch (ApiProblem e) {
                results.add(t.get("web.review.bulkFailed", unit, PageSupport.says(t, e)));
            }
        }
        results.add(0, chosen.isEmpty() ? t.get("web.review.noneTicked") : t.get("web.review.bulkApproved", approved, chosen.size()));
        show(ctx, visit.get(), program, period, ctx.formParam("under"), results);
    }
}
