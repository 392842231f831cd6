package vn.baocao.server.web;

import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import vn.baocao.api.indicator.Indicator;
import vn.baocao.api.period.Period;
import vn.baocao.api.program.ProgramType;
import vn.baocao.api.unit.AdministrativeUnit;
import vn.baocao.core.data.RuleEngine;
import vn.baocao.server.ApiProblem;
import vn.baocao.server.AuditLog;
import vn.baocao.server.Deadlines;
import vn.baocao.server.StoredValue;
import vn.baocao.server.User;
import vn.baocao.server.Workflow;

/** Builds what the entry and the review page show of one program, unit and period, from the same services as the API. */
final class SubmissionViews {
    private static final DateTimeFormatter WHEN = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm");
    private final Services services;

    SubmissionViews(Services services) {
        this.services = services;
    }

    /** The three path parameters, checked: an unknown program or a period that is no period is a 404, not a broken page. */
    record Place(ProgramType type, String unit, Period period) {}

    Place place(String program, String unit, String period) {
        ProgramType type = services.registry().programType(program).orElseThrow(() -> ApiProblem.of(404, "values.unknownProgram", program));
        Period parsed;
        try {
            parsed = Period.parse(period);
        } catch (IllegalArgumentException e) {
            throw ApiProblem.of(404, "rollup.badPeriod", period);
        }
        if (!services.units().isKnown(unit)) throw ApiProblem.of(404, "units.unknownCode", unit);
        return new Place(type, unit, parsed);
    }

    SubmissionView view(String mode, PageSupport.Visit visit, Place place, List<SubmissionView.Problem> problems, boolean noteNeeded) {
        User user = visit.user();
        Text t = visit.t();
        String program = place.type().id();
        String period = place.period().code();
        Workflow.Submission s = services.workflow().get(user, program, place.unit(), period);
        Deadlines.Entry entry = services.deadlines().entry(program, place.unit(), place.period());
        List<Indicator> indicators = services.registry().indicatorsOf(program);
        Period previous = vn.baocao.core.data.PeriodSteps.previous(place.period());
        List<RuleEngine.Violation> violations = services.workflow().violations(program, place.unit(), period);
        List<EntryGrid> grids = EntryGrid.of(indicators, values(program, place.unit(), period), values(program, place.unit(), previous.code()),
                violations, t.messages());
        boolean editable = mode.equals("entry") && services.rights().mayWrite(user, place.unit()) && s.state().open() && entry.open();
        boolean reviewable = mode.equals("review") && services.rights().mayReview(user, place.unit(), services.deadlines().today());
        List<SubmissionView.Problem> shown = new ArrayList<>(problems);
        // the reviewer sees what the rules say now, each linked to its cell
        if (mode.equals("review")) shown.addAll(ruleProblems(violations, indicators, t));
        String unitName = services.units().unit(place.unit(), place.period().end()).map(AdministrativeUnit::name).orElse(place.unit());
        return new SubmissionView(mode, "/" + (mode.equals("review") ? "review" : "forms") + "/" + program + "/" + place.unit() + "/" + period,
                program, place.type().name().in(t.locale()), place.unit(), unitName, period, previous.code(), s.state().name(),
                t.get("state." + s.state()), s.version(), entry.lastDay().map(LocalDate::toString).orElse(""), entry.open(),
                entry.exception().map(g -> g.until().toString()).orElse(""), s.state().name().equals("RETURNED") ? s.reason().orElse("") : "",
                s.state().name().equals("SUBMITTED") ? s.reason().orElse("") : "", editable, reviewable, grids, shown, noteNeeded, comments(user, program, place.unit(), period), history(program, place.unit(), period, t));
    }

    /** What the program's rules say now of a unit's values, each message linked to the first cell its rule reads. */
    List<SubmissionView.Problem> ruleProblems(String program, String unit, String period, Text t) {
        return ruleProblems(services.workflow().violations(program, unit, period), services.registry().indicatorsOf(program), t);
    }

    private static List<SubmissionView.Problem> ruleProblems(List<RuleEngine.Violation> violations, List<Indicator> indicators, Text t) {
        List<SubmissionView.Problem> problems = new ArrayList<>();
        for (RuleEngine.Violation v : violations) {
            problems.add(new SubmissionView.Problem(t.get("web.entry.rule." + v.rule().importance(), v.message(t.messages())),
                    EntryGrid.cellOf(v, indicators)));
        }
        return problems;
    }

    /** What the program's rules say now of each cell of the form, by the cell's id: what the entry script shows after each save. */
    java.util.Map<String, List<String>> cellProblems(Place place, Text t) {
        String program = place.type().id();
        String period = place.period().code();
        List<EntryGrid> grids = EntryGrid.of(services.registry().indicatorsOf(program), values(program, place.unit(), period), List.of(),
                services.workflow().violations(program, place.unit(), period), t.messages());
        java.util.Map<String, List<String>> problems = new java.util.LinkedHashMap<>();
        for (EntryGrid grid : grids) {
            for (EntryGrid.Row row : grid.rows()) {
                for (EntryGrid.Cell cell : row.cells()) problems.put(cell.id(), cell.problems());
            }
        }
        return problems;
    }

    private List<StoredValue> values(String program, String unit, String period) {
        List<String> codes = services.registry().programType(program).map(ProgramType::indicatorCodes).orElse(List.of());
        return services.values().list(Optional.empty(), Optional.of(unit), Optional.of(period), 0, 10_000).stream()
                .filter(v -> codes.contains(v.indicator())).toList();
    }

    private List<SubmissionView.Comment> comments(User user, String program, String unit, String period) {
        return services.workflow().comments(user, program, unit, period).stream()
                .map(c -> new SubmissionView.Comment(c.author(), when(c.at()), c.body())).toList();
    }

    /** What happened to these values, newest first: from the audit, as the audit page shows it. */
    private List<SubmissionView.History> history(String program, String unit, String period, Text t) {
        AuditLog.Filter filter = new AuditLog.Filter(Optional.of(unit), Optional.of(program), Optional.of(period), Optional.empty(),
                Optional.empty(), Optional.empty());
        return services.audit().query(filter, 0, 50).stream().map(e -> new SubmissionView.History(when(e.at()), e.user(),
                AuditPage.action(t, e.action()), AuditPage.detail(t, e, services.registry()))).toList();
    }

    String when(java.time.OffsetDateTime at) {
        return at.atZoneSameInstant(services.deadlines().zone()).format(WHEN);
    }
}
