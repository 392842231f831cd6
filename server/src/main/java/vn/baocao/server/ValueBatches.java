package vn.baocao.server;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import vn.baocao.core.data.DataProblem;
import vn.baocao.core.data.ImportJob;
import vn.baocao.core.data.ImportOptions;
import vn.baocao.core.data.ValueStore;
import vn.baocao.core.i18n.MessageRef;
import vn.baocao.core.i18n.Messages;

/**
 * A batch of values — a JSON body shaped like the command line's values file, or an uploaded CSV,
 * entry-form XLSX or YAML file — read and checked by the core's import exactly as {@code baocao
 * import} reads a file, then stored all or nothing in one transaction with an audit entry for each
 * value that changed. A dry run checks and counts and stores nothing.
 */
public final class ValueBatches {
    /** The largest upload taken: a province's year of values fits many times over. */
    public static final int MAX_BYTES = 20 << 20;
    private final Database database;
    private final ImportJob imports;
    private final Rights rights;
    private final Path scratch;
    private final Workflow workflow;

    public ValueBatches(Database database, ImportJob imports, Rights rights, Path scratch, Workflow workflow) {
        this.database = database;
        this.imports = imports;
        this.rights = rights;
        this.scratch = scratch;
        this.workflow = workflow;
    }

    /** What a stored (or, in a dry run, checkable) batch came to. */
    public record Outcome(boolean dryRun, long values, long added, long replaced, long unchanged) {}

    /**
     * @param fileName the name the caller gave the file (its extension says how to read it)
     * @param key the caller's idempotency key: a batch retried with it gets the first answer and is
     *            stored once
     * @throws ApiProblem 400 for an unreadable file, 422 with every problem, 403 for a unit the
     *                    caller may not write
     */
    public Idempotency.Answer store(User user, Actor actor, byte[] body, String fileName, boolean dryRun, Optional<String> program,
                                    Optional<String> key, Messages messages) {
        Optional<Idempotency.Key> idempotency = key.filter(k -> !dryRun).map(k -> Idempotency.key(user, k, fileName, body));
        if (idempotency.isPresent()) {
            Optional<Idempotency.Answer> earlier = database.inTransaction(c -> Idempotency.earlier(c, idempotency.get()));
            if (earlier.isPresent()) return earlier.get();
        }
        ValueStore store = read(body, fileName, program, messages);
        List<Map<String, Object>> forbidden = new ArrayList<>();
        List<ValueStore.Entry> entries = new ArrayList<>();
        store.forEach(entry -> {
            entries.add(entry);
            if (!rights.mayWrite(user, entry.unit()) && forbidden.size() < 100) {
                Map<String, Object> place = new LinkedHashMap<>();
                place.put("line", entry.line());
                place.put("unit", entry.unit());
                place.put("message", MessageRef.of("values.notYourUnit", entry.unit()).render(messages));
                forbidden.add(place);
            }
        });
        if (!forbidden.isEmpty()) {
            throw new ApiProblem(403, MessageRef.of("values.forbidden"), MessageRef.of("values.forbidden.hint"), forbidden);
        }
        refuseLongComments(entries, messages);
        // two writers meeting on a new row, or on one key: the later one rolls back and tries again,
        // and then finds the row (or the first answer)
        for (int attempt = 1; ; attempt++) {
            try {
                return database.inTransaction(c -> {
                    if (idempotency.isPresent()) {
                        Optional<Idempotency.Answer> earlier = Idempotency.earlier(c, idempotency.get());
                        if (earlier.isPresent()) return earlier.get();
                    }
                    refuseClosed(c, entries, messages);
                    Counts counts = write(c, entries, actor, dryRun);
                    Idempotency.Answer answer = new Idempotency.Answer(200,
                            Json.write(new Outcome(dryRun, entries.size(), counts.added, counts.replaced, counts.unchanged)));
                    if (dryRun) {
                        c.rollback();
                    } else if (idempotency.isPresent()) {
                        Idempotency.remember(c, idempotency.get(), answer);
                    }
                    return answer;
                });
            } catch (Database.DatabaseException e) {
                if (!e.conflict() || attempt == 3) throw e;
            }
        }
    }

    /** The longest comment a value keeps (the column's width): a longer one is refused with its line, not cut. */
    static final int COMMENT_LENGTH = 2000;

    private static void refuseLongComments(List<ValueStore.Entry> entries, Messages messages) {
        List<Map<String, Object>> long_ = new ArrayList<>();
        for (ValueStore.Entry entry : entries) {
            if (entry.comment().isPresent() && entry.comment().get().length() > COMMENT_LENGTH && long_.size() < 100) {
                Map<String, Object> place = new LinkedHashMap<>();
                place.put("line", entry.line());
                place.put("unit", entry.unit());
                place.put("period", entry.period().code());
                place.put("message", MessageRef.of("values.commentTooLong", entry.indicator(), entry.comment().get().length(), COMMENT_LENGTH)
                        .render(messages));
                long_.add(place);
            }
        }
        if (!long_.isEmpty()) throw new ApiProblem(422, MessageRef.of("values.refused", long_.size()), MessageRef.of("values.commentTooLong.hint"), long_);
    }

    /**
     * Values of a submitted or approved program, unit and period are not changed, nor those past
     * their deadline without an exception: the whole batch is refused, each closed value named.
     */
    private void refuseClosed(Connection c, List<ValueStore.Entry> entries, Messages messages) throws SQLException {
        List<Map<String, Object>> locked = new ArrayList<>();
        List<Map<String, Object>> late = new ArrayList<>();
        Map<String, Workflow.Closed> all = workflow.closed(c, entries);
        if (all.isEmpty()) return;
        // every value refused is named, each with its line: two categories of one indicator are two lines
        for (ValueStore.Entry entry : entries) {
            String key = entry.indicator() + "|" + entry.unit() + "|" + entry.period().code();
            Optional<Workflow.Closed> closed = Optional.ofNullable(all.get(key));
            if (closed.isEmpty()) continue;
            Map<String, Object> place = new LinkedHashMap<>();
            place.put("line", entry.line());
            place.put("unit", entry.unit());
            place.put("period", entry.period().code());
            place.put("program", closed.get().program());
            if (closed.get().state().isPresent() && locked.size() < 100) {
                place.put("message", MessageRef.of("values.lockedValue", entry.indicator(), entry.unit(), entry.period().code(),
                        messages.get("state." + closed.get().state().get())).render(messages));
                locked.add(place);
            } else if (closed.get().deadline().isPresent() && late.size() < 100) {
                place.put("deadline", closed.get().deadline().get().toString());
                place.put("message", MessageRef.of("values.lateValue", entry.indicator(), entry.unit(), entry.period().code(),
                        closed.get().deadline().get().toString()).render(messages));
                late.add(place);
            }
        }
        if (!locked.isEmpty()) throw new ApiProblem(409, MessageRef.of("values.locked"), MessageRef.of("values.locked.hint"), locked);
        if (!late.isEmpty()) throw new ApiProblem(409, MessageRef.of("values.pastDeadline"), MessageRef.of("values.pastDeadline.hint"), late);
    }

    /**
     * One value changed in place, as a form's cell is saved: it carries the version it replaces
     * ({@code If-Match}); a stale one is refused with the value as it now is, so nothing is lost.
     */
    public StoredValue edit(User user, Actor actor, String indicator, String unit, String period, Map<String, String> categories,
                            String value, Optional<String> comment, Optional<Long> expected, Messages messages) {
        if (!rights.mayWrite(user, unit)) {
            throw ApiProblem.of(403, "values.notYourUnit", unit);
        }
        ValueStore.Entry entry = entry(indicator, unit, period, categories, value, comment, messages);
        List<ValueStore.Entry> entries = List.of(entry);
        refuseLongComments(entries, messages);
        String key = StoredValue.categories(entry.categories());
        return database.inTransaction(c -> {
            Optional<StoredValue> before = StoredValue.find(c, entry.indicator(), entry.unit(), entry.period().code(), key, true);
            checkVersion(before, expected);
            refuseClosed(c, entries, messages);
            write(c, entries, actor, false);
            return StoredValue.find(c, entry.indicator(), entry.unit(), entry.period().code(), key, false).orElseThrow();
        });
    }

    /**
     * One value taken away, as a form's cell is emptied: with the version it removes, under the same
     * locks and deadlines as a change, audited with the value it had. Nothing stored: nothing to do.
     *
     * @return the value removed, if there was one
     */
    public Optional<StoredValue> clear(User user, Actor actor, String indicator, String unit, String period, Map<String, String> categories,
                                       Optional<Long> expected, Messages messages) {
        if (!rights.mayWrite(user, unit)) {
            throw ApiProblem.of(403, "values.notYourUnit", unit);
        }
        // read as a value would be, so that an unknown indicator, unit, period or category is said the same way
        ValueStore.Entry entry = entry(indicator, unit, period, categories, "0", Optional.empty(), messages);
        String key = StoredValue.categories(entry.categories());
        return database.inTransaction(c -> {
            Optional<StoredValue> before = StoredValue.find(c, entry.indicator(), entry.unit(), entry.period().code(), key, true);
            if (before.isEmpty()) return before;
            checkVersion(before, expected);
            refuseClosed(c, List.of(entry), messages);
            try (java.sql.PreparedStatement s = c.prepareStatement(
                    "DELETE FROM data_values WHERE indicator = ? AND unit_code = ? AND period = ? AND categories = ?")) {
                s.setString(1, entry.indicator());
                s.setString(2, entry.unit());
                s.setString(3, entry.period().code());
                s.setString(4, key);
                s.executeUpdate();
            }
            Audit.record(c, actor, "value.clear", workflow.programOf(entry.indicator()).orElse(null), entry.unit(), entry.period().code(),
                    entry.indicator() + (key.isEmpty() ? "" : " " + key), before.get().value().toPlainString(), null, null);
            return before;
        });
    }

    private static void checkVersion(Optional<StoredValue> before, Optional<Long> expected) {
        long version = before.map(StoredValue::version).orElse(0L);
        if (expected.isEmpty() && before.isPresent()) {
            throw new Stale(before.get(), ApiProblem.of(428, "values.versionRequired", version));
        }
        if (expected.isPresent() && expected.get() != version) {
            throw new Stale(before.orElse(null), ApiProblem.of(409, "values.stale", expected.get(), version));
        }
    }

    /** One value read through the core's import as a line of CSV: checked exactly as a file's line is. */
    private ValueStore.Entry entry(String indicator, String unit, String period, Map<String, String> categories, String value,
                                   Optional<String> comment, Messages messages) {
        StringBuilder csv = new StringBuilder("indicator,unit,period");
        categories.keySet().forEach(d -> csv.append(',').append(d.toLowerCase(Locale.ROOT)));
        csv.append(",value,comment\n").append(indicator).append(',').append(unit).append(',').append(period);
        categories.values().forEach(v -> csv.append(',').append(v));
        // quoted: a value typed with a comma ("1,5") is read as the number it says, not as two fields
        csv.append(",\"").append(value == null ? "" : value.replace("\"", "\"\"")).append("\",");
        comment.ifPresent(text -> csv.append('"').append(text.replace("\"", "\"\"")).append('"'));
        ValueStore store = read(csv.append('\n').toString().getBytes(java.nio.charset.StandardCharsets.UTF_8), "value.csv", Optional.empty(), messages);
        List<ValueStore.Entry> entries = new ArrayList<>();
        store.forEach(entries::add);
        return entries.get(0);
    }

    /** A refused edit, with the value as it stands now for the caller to show. */
    public static final class Stale extends RuntimeException {
        private static final long serialVersionUID = 1L;
        final transient StoredValue current;
        final ApiProblem problem;

        Stale(StoredValue current, ApiProblem problem) {
            super(problem.getMessage());
            this.current = current;
            this.problem = problem;
        }
    }

    private ValueStore read(byte[] body, String fileName, Optional<String> program, Messages messages) {
        String extension = extension(fileName);
        Path file;
        try {
            Files.createDirectories(scratch);
            file = Files.createTempFile(scratch, "batch-", "." + extension);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        try {
            Files.write(file, body);
            ValueStore store = imports.newStore();
            ImportOptions options = ImportOptions.defaults();
            if (program.isPresent()) {
                options = options.withProgram(Optional.of(imports.programType(program.get())
                        .orElseThrow(() -> ApiProblem.of(422, "values.unknownProgram", program.get()))));
            }
            ImportJob.FileResult result = imports.importFile(store, file, fileName, options);
            if (result.unreadable().isPresent()) {
                throw new ApiProblem(400, result.unreadable().get(), result.hint().orElse(MessageRef.of("values.unreadable.hint")));
            }
            List<DataProblem> problems = result.imported().orElseThrow().problems();
            if (!problems.isEmpty()) {
                List<Map<String, Object>> conflicts = new ArrayList<>();
                for (DataProblem problem : problems) conflicts.add(place(problem, messages));
                throw new ApiProblem(422, MessageRef.of("values.refused", problems.size() + result.imported().get().unlisted()),
                        MessageRef.of("values.refused.hint"), conflicts);
            }
            return store;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } finally {
            try {
                Files.deleteIfExists(file);
            } catch (IOException ignored) {
                // the scratch folder is emptied when the server starts
            }
        }
    }

    /** A problem as the API gives it: its code, its place (line and column, pointer or cell) and its words. */
    private static Map<String, Object> place(DataProblem p, Messages messages) {
        Map<String, Object> place = new LinkedHashMap<>();
        place.put("code", p.code());
        if (p.line() > 0) place.put("line", p.line());
        if (p.column() > 0) place.put("column", p.column());
        p.pointer().filter(s -> !s.isEmpty()).ifPresent(s -> place.put("pointer", s));
        p.cell().ifPresent(s -> place.put("cell", s));
        place.put("message", p.message().render(messages));
        place.put("hint", p.hint().render(messages));
        return place;
    }

    private static String extension(String fileName) {
        String lower = fileName == null ? "" : fileName.toLowerCase(Locale.ROOT);
        int dot = lower.lastIndexOf('.');
        String extension = dot < 0 ? "" : lower.substring(dot + 1);
        return switch (extension) {
            case "csv", "xlsx", "xlsm", "yaml", "yml", "json" -> extension;
            default -> throw ApiProblem.of(415, "values.unknownKind", fileName == null ? "" : fileName);
        };
    }

    private static final class Counts {
        long added, replaced, unchanged;
    }

    private static final String INSERT = "INSERT INTO data_values (indicator, unit_code, period, categories, unscaled, scale,"
            + " comment, version, updated_by, updated_at) VALUES (?, ?, ?, ?, ?, ?, ?, 1, ?, ?)";
    private static final String UPDATE = "UPDATE data_values SET unscaled = ?, scale = ?, comment = ?, version = version + 1,"
            + " updated_by = ?, updated_at = ? WHERE indicator = ? AND unit_code = ? AND period = ? AND categories = ?";

    /**
     * The entries written over what is stored, with an audit entry for each that changed: the stored
     * rows read and locked in one statement, the new, changed and audit rows each sent as one JDBC
     * batch. A dry run counts and writes nothing.
     */
    private Counts write(Connection c, List<ValueStore.Entry> entries, Actor actor, boolean dryRun) throws SQLException {
        java.util.Set<String> indicators = new java.util.TreeSet<>();
        java.util.Set<String> units = new java.util.TreeSet<>();
        java.util.Set<String> periods = new java.util.TreeSet<>();
        for (ValueStore.Entry entry : entries) {
            indicators.add(entry.indicator());
            units.add(entry.unit());
            periods.add(entry.period().code());
        }
        Map<String, StoredValue> stored = StoredValue.lockAll(c, indicators, units, periods);
        Counts counts = new Counts();
        java.time.OffsetDateTime at = Users.now();
        try (PreparedStatement insert = c.prepareStatement(INSERT); PreparedStatement update = c.prepareStatement(UPDATE);
             Audit.Rows audit = new Audit.Rows(c, actor)) {
            int inserts = 0, updates = 0;
            for (ValueStore.Entry entry : entries) {
                String categories = StoredValue.categories(entry.categories());
                StoredValue before = stored.get(StoredValue.key(entry.indicator(), entry.unit(), entry.period().code(), categories));
                if (before != null && before.value().compareTo(entry.value()) == 0 && before.comment().equals(entry.comment())) {
                    counts.unchanged++;
                    continue;
                }
                if (before == null) counts.added++;
                else counts.replaced++;
                if (dryRun) continue;
                long unscaled = entry.value().unscaledValue().longValueExact();
                int scale = entry.value().scale();
                if (before == null) {
                    insert.setString(1, entry.indicator());
                    insert.setString(2, entry.unit());
                    insert.setString(3, entry.period().code());
                    insert.setString(4, categories);
                    insert.setLong(5, unscaled);
                    insert.setInt(6, scale);
                    insert.setString(7, entry.comment().orElse(null));
                    insert.setString(8, actor.login());
                    insert.setObject(9, at);
                    insert.addBatch();
                    inserts++;
                } else {
                    update.setLong(1, unscaled);
                    update.setInt(2, scale);
                    update.setString(3, entry.comment().orElse(null));
                    update.setString(4, actor.login());
                    update.setObject(5, at);
                    update.setString(6, entry.indicator());
                    update.setString(7, entry.unit());
                    update.setString(8, entry.period().code());
                    update.setString(9, categories);
                    update.addBatch();
                    updates++;
                }
                audit.add("value.set", workflow.programOf(entry.indicator()).orElse(null), entry.unit(), entry.period().code(), entry.indicator() + (categories.isEmpty() ? "" : " " + categories),
                        before == null ? null : before.value().toPlainString(), entry.value().toPlainString(), entry.comment().orElse(null));
            }
            if (inserts > 0) insert.executeBatch();
            if (updates > 0) update.executeBatch();
            audit.flush();
        } catch (java.sql.BatchUpdateException e) {
            // the first failure of the batch, as a single statement would have failed: a key met twice is a conflict to retry
            throw e.getNextException() != null ? e.getNextException() : e;
        }
        return counts;
    }

    /** Read back through a query with filters, as the API lists them. */
    public List<StoredValue> list(Optional<String> indicator, Optional<String> unit, Optional<String> period, int offset, int limit) {
        return database.inTransaction(c -> StoredValue.list(c, indicator, unit, period, offset, limit));
    }

}
