package vn.baocao.server.web;

import io.javalin.http.Context;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import vn.baocao.api.period.Period;
import vn.baocao.api.program.ProgramType;
import vn.baocao.api.unit.AdministrativeUnit;
import vn.baocao.server.ApiProblem;
import vn.baocao.server.Deadlines;
import vn.baocao.server.Role;
import vn.baocao.server.User;
import vn.baocao.server.Workflow;

/**
 * The submitter's pages: the list of their forms, and a form to enter, save cell by cell (the
 * script {@code entry.js} puts each cell through the API), submit and discuss.
 */
final class FormPages {
    private final PageSupport pages;
    private final SubmissionViews views;

    FormPages(PageSupport pages, SubmissionViews views) {
        this.pages = pages;
        this.views = views;
    }

    void list(Context ctx) {
        Optional<PageSupport.Visit> visit = pages.visit(ctx);
        if (visit.isEmpty()) return;
        pages.render(ctx, 200, "forms.jte", Map.of("t", visit.get().t(), "chrome", pages.chrome(visit.get(), "forms"),
                "rows", rows(visit.get().user(), visit.get().t())));
    }

    /**
     * Each program's form for each unit the person submits for, in the current and the previous
     * month and every period with values or a submission: overdue first, then by deadline.
     */
    List<FormRow> rows(User user, Text t) {
        Services s = pages.services;
        LocalDate today = s.deadlines().today();
        List<FormRow> rows = new ArrayList<>();
        for (String unit : user.grants().stream().filter(g -> g.role() == Role.SUBMITTER).flatMap(g -> g.unit().stream()).distinct().toList()) {
            Set<String> periods = new LinkedHashSet<>();
            periods.add(month(today));
            periods.add(month(today.minusMonths(1)));
            periods.addAll(s.workflow().periodsWithWork(unit));
            String unitName = s.units().unit(unit, today).map(AdministrativeUnit::name).orElse(unit);
            for (ProgramType type : s.registry().programTypes()) {
                for (String period : periods) {
                    Workflow.Submission sub = s.workflow().get(type.id(), unit, period);
                    Deadlines.Entry entry = s.deadlines().entry(type.id(), unit, Period.parse(period));
                    rows.add(new FormRow(type.id(), type.name().in(t.locale()), unit, unitName, period, sub.state().name(),
                            t.get("state." + sub.state()), entry.lastDay().map(LocalDate::toString).orElse(""),
                            !entry.open() && sub.state().open(), entry.exception().map(g -> g.until().toString()).orElse(""),
                            sub.state().name().equals("RETURNED") ? sub.reason().orElse("") : ""));
                }
            }
        }
        rows.sort(Comparator.comparing((FormRow r) -> !r.overdue())
                .thenComparing(r -> r.deadline().isEmpty() ? "9999" : r.deadline())
                .thenComparing(FormRow::programName).thenComparing(FormRow::unit));
        return rows;
    }

    static String month(LocalDate day) {
        return String.format("%d-%02d", day.getYear(), day.getMonthValue());
    }

    void form(Context ctx) {
        Optional<PageSupport.Visit> visit = pages.visit(ctx);
        if (visit.isEmpty()) return;
        show(ctx, visit.get(), 200, List.of(), false);
    }

    private void show(Context ctx, PageSupport.Visit visit, int status, List<SubmissionView.Problem> problems, boolean noteNeeded) {
        try {
            SubmissionViews.Place place = views.place(ctx.pathParam("program"), ctx.pathParam("unit"), ctx.pathParam("period"));
            SubmissionView view = views.view("entry", visit, place, problems, noteNeeded);
            String done = Optional.ofNullable(ctx.queryParam("done")).filter(d -> d.matches("[a-z]{1,20}"))
                    .flatMap(d -> visit.t().messages().find("web.entry.done." + d)).orElse("");
            pages.render(ctx, status, "submission.jte", Map.of("t", visit.t(), "chrome", pages.chrome(visit, "forms"), "view", view,
                    "title", visit.t().get("web.entry.title", view.programName(), visit.t().period(view.period())), "done", done));
        } catch (ApiProblem e) {
            pages.problem(ctx, visit, e);
        }
    }

    /** The form's program, unit and period from the path, for a person who may read the unit. */
    private SubmissionViews.Place readable(Context ctx, PageSupport.Visit visit) {
        SubmissionViews.Place place = views.place(ctx.pathParam("program"), ctx.pathParam("unit"), ctx.pathParam("period"));
        if (!pages.services.rights().mayRead(visit.user(), place.unit(), pages.services.deadlines().today())) {
            throw ApiProblem.of(403, "submission.notYours", place.unit());
        }
        return place;
    }

    /** The rules' verdict on the form as it now is, cell by cell, as JSON: the entry script asks after each save. */
    void checks(Context ctx) {
        Optional<PageSupport.Visit> visit = pages.visit(ctx);
        if (visit.isEmpty()) return;
        try {
            SubmissionViews.Place place = readable(ctx, visit.get());
            ctx.contentType("application/json").result(vn.baocao.server.Json.write(Map.of("cells", views.cellProblems(place, visit.get().t()))));
        } catch (ApiProblem e) {
            pages.problem(ctx, visit.get(), e);
        }
    }

    /** Submit: the rules' errors come back to the form at their cells; warnings come back asking for a note. */
    void submit(Context ctx) {
        Optional<PageSupport.Visit> visit = pages.posted(ctx);
        if (visit.isEmpty()) return;
        Text t = visit.get().t();
        String program = ctx.pathParam("program");
        String unit = ctx.pathParam("unit");
        String period = ctx.pathParam("period");
        try {
            pages.services.workflow().submit(visit.get().user(), visit.get().actor(), program, unit, period, version(ctx),
                    Optional.ofNullable(ctx.formParam("note")), t.messages());
            PageSupport.seeOther(ctx, "/forms/" + program + "/" + unit + "/" + period + "?done=submitted");
        } catch (ApiProblem e) {
            List<SubmissionView.Problem> problems = new ArrayList<>();
            problems.add(new SubmissionView.Problem(PageSupport.says(t, e), ""));
            boolean warnings = e.message().key().equals("submission.warningsNeedNote");
            if (e.message().key().equals("submission.ruleErrors") || warnings) {
                // each rule's message again beside the first cell it reads, so that the person sees where to look
                problems.addAll(views.ruleProblems(program, unit, period, t));
            }
            // the form again with its problems at their cells: a page, not a failed request, for the browser
            show(ctx, visit.get(), 200, problems, warnings);
        }
    }

    /** The same form as the Excel entry form of {@code baocao template}: one row, this unit; filled in and uploaded back. */
    void workbook(Context ctx) {
        Optional<PageSupport.Visit> visit = pages.visit(ctx);
        if (visit.isEmpty()) return;
        try {
            SubmissionViews.Place place = readable(ctx, visit.get());
            AdministrativeUnit unit = pages.services.units().unit(place.unit(), place.period().end())
                    .orElseThrow(() -> ApiProblem.of(404, "units.unknownCode", place.unit()));
            java.nio.file.Path file = java.nio.file.Files.createTempFile("entry-form-", ".xlsx");
            try {
                new vn.baocao.excel.EntryFormWriter(visit.get().t().messages()).write(place.type(), pages.services.registry().indicatorsOf(place.type().id()),
                        unit, List.of(unit), place.period(), file);
                String name = place.type().id() + "-" + place.unit() + "-" + place.period().code() + ".xlsx";
                ctx.header("Content-Disposition", "attachment; filename=\"" + name + "\"");
                ctx.contentType("application/vnd.openxmlformats-officedocument.spreadsheetml.sheet").result(java.nio.file.Files.readAllBytes(file));
            } finally {
                java.nio.file.Files.deleteIfExists(file);
            }
        } catch (ApiProblem e) {
            pages.problem(ctx, visit.get(), e);
        } catch (java.io.IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
    }

    /**
     * A filled Excel form (or a CSV) uploaded back: stored as the API stores a batch, all or nothing;
     * what is refused comes back to the form with each problem's sheet and cell.
     */
    void upload(Context ctx) {
        Optional<PageSupport.Visit> visit = pages.posted(ctx);
        if (visit.isEmpty()) return;
        Text t = visit.get().t();
        String path = "/forms/" + ctx.pathParam("program") + "/" + ctx.pathParam("unit") + "/" + ctx.pathParam("period");
        io.javalin.http.UploadedFile file = ctx.uploadedFile("file");
        try {
            if (file == null || file.size() == 0) throw ApiProblem.of(400, "values.noFile");
            byte[] body;
            try (java.io.InputStream in = file.content()) {
                body = in.readAllBytes();
            }
            pages.services.values().store(visit.get().user(), visit.get().actor(), body, file.filename(), false,
                    Optional.of(ctx.pathParam("program")), Optional.empty(), t.messages());
            PageSupport.seeOther(ctx, path + "?done=uploaded");
        } catch (ApiProblem e) {
            List<SubmissionView.Problem> problems = new ArrayList<>();
            problems.add(new SubmissionView.Problem(PageSupport.says(t, e), "upload-file"));
            for (Map<String, Object> detail : e.details()) {
                Object where = detail.getOrDefault("cell", detail.getOrDefault("line", ""));
                problems.add(new SubmissionView.Problem((where.toString().isEmpty() ? "" : where + ": ") + detail.get("message"), ""));
            }
            show(ctx, visit.get(), 200, problems, false);
        } catch (java.io.IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
    }

    void comment(Context ctx) {
        Optional<PageSupport.Visit> visit = pages.posted(ctx);
        if (visit.isEmpty()) return;
        String back = WebPages.back(ctx.formParam("back"), "/forms");
        try {
            pages.services.workflow().comment(visit.get().user(), visit.get().actor(), ctx.pathParam("program"), ctx.pathParam("unit"),
                    ctx.pathParam("period"), Optional.ofNullable(ctx.formParam("body")).orElse(""));
            PageSupport.seeOther(ctx, back + "#thread");
        } catch (ApiProblem e) {
            pages.problem(ctx, visit.get(), e);
        }
    }

    /** The version of the submission the page showed, so that a step on a stale page is refused, not applied to what changed since. */
    static Optional<Long> version(Context ctx) {
        try {
            return Optional.ofNullable(ctx.formParam("version")).filter(v -> !v.isBlank()).map(Long::parseLong);
        } catch (NumberFormatException e) {
            return Optional.empty();
        }
    }
}
