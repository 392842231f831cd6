package vn.baocao.server;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import vn.baocao.api.period.Period;
import vn.baocao.api.program.ProgramType;
import vn.baocao.api.service.UnitDirectory;
import vn.baocao.api.spi.Importance;
import vn.baocao.core.data.ImportJob;
import vn.baocao.core.data.ImportOptions;
import vn.baocao.core.data.RuleEngine;
import vn.baocao.core.data.RuleSets;
import vn.baocao.core.data.ValueStore;
import vn.baocao.core.i18n.MessageRef;
import vn.baocao.core.i18n.Messages;
import vn.baocao.core.plugin.Registry;

/**
 * The review of a unit's values for a program and a period: a submitter submits them (the rules
 * checked: errors block, warnings need a note), a reviewer of the unit or of a unit above approves
 * them (locked) or returns them with a reason (open again); each step carries the version it
 * replaces, so that two reviewers cannot both act on one state, and is audited with its reason.
 */
public final class Workflow {
    private final Database database;
    private final Rights rights;
    private final ImportJob imports;
    private final Registry registry;
    private final Deadlines deadlines;
    private final UnitDirectory units;

    public Workflow(Database database, Rights rights, ImportJob imports, Registry registry, Deadlines deadlines, UnitDirectory units) {
        this.database = database;
        this.rights = rights;
        this.imports = imports;
        this.registry = registry;
        this.deadlines = deadlines;
        this.units = units;
    }

    /** A program's values for a unit and a period, and where they stand. */
    public record Submission(String program, String unit, String period, State state, long version, Optional<String> reason,
                             Optional<String> updatedBy, Optional<OffsetDateTime> updatedAt) {}

    public Submission get(String program, String unit, String period) {
        programType(program);
        period(period);
        if (!units.isKnown(unit)) throw ApiProblem.of(404, "units.unknownCode", unit);
        return database.inTransaction(c -> find(c, program, unit, period, false));
    }

    /** The same, for a person who may read the unit. */
    public Submission get(User user, String program, String unit, String period) {
        Submission found = get(program, unit, period);
        if (!rights.mayRead(user, unit, deadlines.today())) throw ApiProblem.of(403, "submission.notYours", unit);
        return found;
    }

    public Submission submit(User user, Actor actor, String program, String unit, String period, Optional<Long> expected,
                             Optional<String> note, Messages messages) {
        ProgramType type = programType(program);
        if (!rights.mayWrite(user, unit)) throw ApiProblem.of(403, "submission.notYourUnit", unit);
        return database.inTransaction(c -> {
            Submission now = find(c, program, unit, period, true);
            checkVersion(now, expected);
            if (!now.state().open()) throw ApiProblem.of(409, "submission.notOpen", messages.get("state." + now.state()));
            Deadlines.Entry entry = deadlines.entry(c, program, unit, period(period));
            if (!entry.open()) throw ApiProblem.of(409, "submission.pastDeadline", entry.lastDay().orElseThrow().toString());
            List<StoredValue> values = StoredValue.list(c, type.indicatorCodes(), unit, period);
            if (values.isEmpty()) throw ApiProblem.of(422, "submission.empty", unit, period);
            List<Map<String, Object>> errors = new ArrayList<>();
            List<Map<String, Object>> warnings = new ArrayList<>();
            for (RuleEngine.Violation v : violations(values)) {
                Map<String, Object> place = new LinkedHashMap<>();
                place.put("rule", v.rule().id());
                place.put("unit", v.unitCode());
                place.put("period", v.period());
                v.category().ifPresent(cat -> place.put("category", cat));
                place.put("importance", v.rule().importance().name());
                place.put("message", v.message(messages));
                (v.rule().importance() == Importance.ERROR ? errors : warnings).add(place);
            }
            if (!errors.isEmpty()) {
                throw new ApiProblem(422, MessageRef.of("submission.ruleErrors", errors.size()), MessageRef.of("submission.ruleErrors.hint"), errors);
            }
            if (!warnings.isEmpty() && note.filter(n -> !n.isBlank()).isEmpty()) {
                throw new ApiProblem(422, MessageRef.of("submission.warningsNeedNote", warnings.size()),
                        MessageRef.of("submission.warningsNeedNote.hint"), warnings);
            }
            return move(c, now, State.SUBMITTED, note.filter(n -> !n.isBlank()), actor, "submission.submit");
        });
    }

    public Submission approve(User user, Actor actor, String program, String unit, String period, Optional<Long> expected, Messages messages) {
        ProgramType type = programType(program);
        if (!rights.mayReview(user, unit, deadlines.today())) throw ApiProblem.of(403, "submission.notYourReview", unit);
        return database.inTransaction(c -> {
            Submission now = find(c, program, unit, period, true);
            checkVersion(now, expected);
            if (now.state() != State.SUBMITTED) throw ApiProblem.of(409, "submission.notSubmitted", messages.get("state." + now.state()));
            refuseBeforeUnitsBelow(c, type, unit, period, messages);
            return move(c, now, State.APPROVED, Optional.empty(), actor, "submission.approve");
        });
    }

    /** Back to the submitter, with the reason they will read: required. */
    public Submission giveBack(User user, Actor actor, String program, String unit, String period, Optional<Long> expected,
                               String reason, Messages messages) {
        programType(program);
        if (!rights.mayReview(user, unit, deadlines.today())) throw ApiProblem.of(403, "submission.notYourReview", unit);
        if (reason == null || reason.isBlank()) throw ApiProblem.of(422, "submission.reasonRequired");
        return database.inTransaction(c -> {
            Submission now = find(c, program, unit, period, true);
            checkVersion(now, expected);
            if (now.state().open()) throw ApiProblem.of(409, "submission.notSubmitted", messages.get("state." + now.state()));
            return move(c, now, State.RETURNED, Optional.of(reason.strip()), actor, "submission.return");
        });
    }

    /** Where each unit stands for a program and a period, and whether it has values: a reviewer's dashboard. */
    public record Standing(String unit, Submission submission, boolean hasValues) {}

    public List<Standing> standings(String program, List<String> units, String period) {
        ProgramType type = programType(program);
        return database.inTransaction(c -> {
            java.util.Set<String> withValues = units.isEmpty() ? java.util.Set.of() : StoredValue.unitsWithValues(c, type.indicatorCodes(), units, period);
            List<Standing> all = new ArrayList<>();
            for (String unit : units) all.add(new Standing(unit, find(c, program, unit, period, false), withValues.contains(unit)));
            return all;
        });
    }

    /** The periods in which a unit has values or a submission, newest first: what its list of forms shows besides the current ones. */
    public List<String> periodsWithWork(String unit) {
        return database.inTransaction(c -> {
            java.util.Set<String> periods = new java.util.TreeSet<>(java.util.Comparator.reverseOrder());
            for (String sql : List.of("SELECT DISTINCT period FROM data_values WHERE unit_code = ?",
                    "SELECT DISTINCT period FROM submissions WHERE unit_code = ?")) {
                try (PreparedStatement s = c.prepareStatement(sql)) {
                    s.setString(1, unit);
                    try (ResultSet r = s.executeQuery()) {
                        while (r.next()) periods.add(r.getString(1));
                    }
                }
            }
            return new ArrayList<>(periods).subList(0, Math.min(periods.size(), 60));
        });
    }

    /** A comment is what a person writes on the thread of a submission they may see. */
    public record Comment(long id, String author, OffsetDateTime at, String body) {}

    public Comment comment(User user, Actor actor, String program, String unit, String period, String body) {
        programType(program);
        if (!rights.mayRead(user, unit, deadlines.today())) throw ApiProblem.of(403, "submission.notYours", unit);
        if (body == null || body.isBlank()) throw ApiProblem.of(422, "comment.empty");
        if (body.length() > 4000) throw ApiProblem.of(422, "comment.tooLong", 4000);
        String text = java.text.Normalizer.normalize(body.strip(), java.text.Normalizer.Form.NFC);
        return database.inTransaction(c -> {
            OffsetDateTime at = Users.now();
            long id;
            try (PreparedStatement s = c.prepareStatement("INSERT INTO comments (program, unit_code, period, author, at, body) VALUES (?, ?, ?, ?, ?, ?)",
                    new String[] {"id"})) {
                s.setString(1, program);
                s.setString(2, unit);
                s.setString(3, period);
                s.setString(4, actor.login());
                s.setObject(5, at);
                s.setString(6, text);
                s.executeUpdate();
                try (ResultSet keys = s.getGeneratedKeys()) {
                    keys.next();
                    id = keys.getLong(1);
                }
            }
            Audit.record(c, actor, "comment.add", program, unit, period, null, null, text, null);
            return new Comment(id, actor.login(), at, text);
        });
    }

    public List<Comment> comments(User user, String program, String unit, String period) {
        programType(program);
        if (!rights.mayRead(user, unit, deadlines.today())) throw ApiProblem.of(403, "submission.notYours", unit);
        return database.inTransaction(c -> {
            List<Comment> all = new ArrayList<>();
            try (PreparedStatement s = c.prepareStatement("SELECT id, author, at, body FROM comments WHERE program = ? AND unit_code = ? AND period = ? ORDER BY id")) {
                s.setString(1, program);
                s.setString(2, unit);
                s.setString(3, period);
                try (ResultSet r = s.executeQuery()) {
                    while (r.next()) all.add(new Comment(r.getLong(1), r.getString(2), r.getObject(3, OffsetDateTime.class), r.getString(4)));
                }
            }
            return all;
        });
    }

    /**
     * Bottom-up: a unit's values are approved after those of every unit under it that has values or
     * a submission for the program and period; the units not yet approved are named.
     */
    private void refuseBeforeUnitsBelow(Connection c, ProgramType type, String unit, String period, Messages messages) throws SQLException {
        LocalDate day = period(period).end();
        List<Map<String, Object>> waiting = new ArrayList<>();
        List<String> below = new ArrayList<>();
        collectBelow(unit, day, below, 0);
        if (below.isEmpty()) return;
        java.util.Set<String> withValues = StoredValue.unitsWithValues(c, type.indicatorCodes(), below, period);
        for (String child : below) {
            Submission s = find(c, type.id(), child, period, false);
            if (s.state() == State.APPROVED || (s.version() == 0 && !withValues.contains(child))) continue;
            if (waiting.size() < 100) {
                Map<String, Object> place = new LinkedHashMap<>();
                place.put("unit", child);
                place.put("state", s.state().name());
                place.put("message", MessageRef.of("submission.belowNotApproved.unit", child, messages.get("state." + s.state())).render(messages));
                waiting.add(place);
            }
        }
        if (!waiting.isEmpty()) {
            throw new ApiProblem(409, MessageRef.of("submission.belowNotApproved", waiting.size()), MessageRef.of("submission.belowNotApproved.hint"),
                    waiting);
        }
    }

    private void collectBelow(String unit, LocalDate day, List<String> below, int depth) {
        if (depth > 6) return;
        for (var child : units.children(unit, day)) {
            below.add(child.code());
            collectBelow(child.code(), day, below, depth + 1);
        }
    }

    /** Why values of this indicator, unit and period may not be changed now: submitted or approved, or past the deadline. */
    public record Closed(String program, Optional<State> state, Optional<LocalDate> deadline) {}

    /**
     * Which of these (indicator, unit, period) may not be changed now, by {@code indicator|unit|period}:
     * the submissions of all of them read in one statement, in the batch's transaction.
     */
    Map<String, Closed> closed(Connection c, java.util.Collection<ValueStore.Entry> entries) throws SQLException {
        Map<String, Closed> closed = new java.util.HashMap<>();
        java.util.Set<String> units = new java.util.TreeSet<>();
        java.util.Set<String> periods = new java.util.TreeSet<>();
        for (ValueStore.Entry entry : entries) {
            units.add(entry.unit());
            periods.add(entry.period().code());
        }
        Map<String, State> states = states(c, units, periods);
        Map<String, List<String>> programsOf = new java.util.HashMap<>();
        for (ProgramType type : registry.programTypes()) {
            for (String indicator : type.indicatorCodes()) programsOf.computeIfAbsent(indicator, k -> new ArrayList<>()).add(type.id());
        }
        for (ValueStore.Entry entry : entries) {
            String key = entry.indicator() + '|' + entry.unit() + '|' + entry.period().code();
            if (closed.containsKey(key)) continue;
            for (String program : programsOf.getOrDefault(entry.indicator(), List.of())) {
                State state = states.get(program + '|' + entry.unit() + '|' + entry.period().code());
                if (state != null && !state.open()) {
                    closed.put(key, new Closed(program, Optional.of(state), Optional.empty()));
                    break;
                }
                Deadlines.Entry window = deadlines.entry(c, program, entry.unit(), entry.period());
                if (!window.open()) {
                    closed.put(key, new Closed(program, Optional.empty(), window.lastDay()));
                    break;
                }
            }
        }
        return closed;
    }

    private static Map<String, State> states(Connection c, java.util.Set<String> units, java.util.Set<String> periods) throws SQLException {
        Map<String, State> states = new java.util.HashMap<>();
        List<String> unitList = new ArrayList<>(units);
        for (int from = 0; from < unitList.size(); from += StoredValue.CHUNK) {
            List<String> chunk = unitList.subList(from, Math.min(unitList.size(), from + StoredValue.CHUNK));
            try (PreparedStatement s = c.prepareStatement("SELECT program, unit_code, period, state FROM submissions WHERE unit_code IN ("
                    + StoredValue.marks(chunk.size()) + ") AND period IN (" + StoredValue.marks(periods.size()) + ")")) {
                int i = 1;
                for (String unit : chunk) s.setString(i++, unit);
                for (String period : periods) s.setString(i++, period);
                try (ResultSet r = s.executeQuery()) {
                    while (r.next()) states.put(r.getString(1) + '|' + r.getString(2) + '|' + r.getString(3), State.valueOf(r.getString(4)));
                }
            }
        }
        return states;
    }

    /** The program an indicator is measured for, when only one is: what the audit files a value's change under. */
    Optional<String> programOf(String indicator) {
        List<String> found = registry.programTypes().stream().filter(t -> t.indicatorCodes().contains(indicator)).map(ProgramType::id).toList();
        return found.size() == 1 ? Optional.of(found.get(0)) : Optional.empty();
    }

    static Period period(String code) {
        try {
            return Period.parse(code);
        } catch (IllegalArgumentException e) {
            throw ApiProblem.of(400, "rollup.badPeriod", code);
        }
    }

    /** What the program's rules say of a unit's values for a period now: what a reviewer sees beside them. */
    public List<RuleEngine.Violation> violations(String program, String unit, String period) {
        ProgramType type = programType(program);
        List<StoredValue> values = database.inTransaction(c -> StoredValue.list(c, type.indicatorCodes(), unit, period));
        return values.isEmpty() ? List.of() : violations(values);
    }

    private List<RuleEngine.Violation> violations(List<StoredValue> values) {
        ValueStore store = ValuesAsCsv.store(imports, values, "submission", ImportOptions.defaults());
        RuleSets.Loaded rules = imports.rules(store, List.of());
        return imports.check(store, rules).violations();
    }

    private ProgramType programType(String program) {
        return registry.programType(program).orElseThrow(() -> ApiProblem.of(404, "values.unknownProgram", program));
    }

    private static void checkVersion(Submission now, Optional<Long> expected) {
        if (expected.isPresent() && expected.get() != now.version()) {
            throw ApiProblem.of(409, "submission.stale", expected.get(), now.version());
        }
    }

    private static Submission find(Connection c, String program, String unit, String period, boolean forUpdate) throws SQLException {
        try (PreparedStatement s = c.prepareStatement("SELECT state, version, reason, updated_by, updated_at FROM submissions"
                + " WHERE program = ? AND unit_code = ? AND period = ?" + (forUpdate ? " FOR UPDATE" : ""))) {
            s.setString(1, program);
            s.setString(2, unit);
            s.setString(3, period);
            try (ResultSet r = s.executeQuery()) {
                if (!r.next()) return new Submission(program, unit, period, State.DRAFT, 0, Optional.empty(), Optional.empty(), Optional.empty());
                return new Submission(program, unit, period, State.valueOf(r.getString(1)), r.getLong(2), Optional.ofNullable(r.getString(3)),
                        Optional.of(r.getString(4)), Optional.of(r.getObject(5, OffsetDateTime.class)));
            }
        }
    }

    private static Submission move(Connection c, Submission from, State to, Optional<String> reason, Actor actor, String action) throws SQLException {
        OffsetDateTime at = Users.now();
        String sql = from.version() == 0
                ? "INSERT INTO submissions (state, version, reason, updated_by, updated_at, program, unit_code, period) VALUES (?, ?, ?, ?, ?, ?, ?, ?)"
                : "UPDATE submissions SET state = ?, version = ?, reason = ?, updated_by = ?, updated_at = ? WHERE program = ? AND unit_code = ? AND period = ?";
        try (PreparedStatement s = c.prepareStatement(sql)) {
            s.setString(1, to.name());
            s.setLong(2, from.version() + 1);
            s.setString(3, reason.orElse(null));
            s.setString(4, actor.login());
            s.setObject(5, at);
            s.setString(6, from.program());
            s.setString(7, from.unit());
            s.setString(8, from.period());
            s.executeUpdate();
        }
        Audit.record(c, actor, action, from.program(), from.unit(), from.period(), null, from.state().name(), to.name(), reason.orElse(null));
        return new Submission(from.program(), from.unit(), from.period(), to, from.version() + 1, reason, Optional.of(actor.login()), Optional.of(at));
    }
}
