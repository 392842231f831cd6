package vn.baocao.core.data;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import vn.baocao.api.indicator.Disaggregation;
import vn.baocao.api.indicator.Indicator;
import vn.baocao.api.indicator.ValueType;
import vn.baocao.api.program.ProgramType;
import vn.baocao.core.i18n.MessageRef;

/**
 * Where every reader (CSV, spreadsheet, YAML/JSON, a report source's own figures) hands its rows:
 * one set of checks for all of them. Each row's fields are byte ranges of the reader's buffer, so
 * the CSV reader hands over its line as it is and nothing is turned into text to be parsed again.
 * Each value is checked by lookups in tables compiled from the plugins and the unit data (known
 * indicator, a unit that existed in the period, a valid period, the categories of the indicator's
 * disaggregations, a number that is exact and suits the indicator, given once), staged in the store,
 * and stored only when the whole file is right. Problems are placed by the reader, which knows
 * where each field was (line:column, JSON pointer, or sheet!cell).
 */
public final class ValueSink {
    /** Problems listed in full; beyond these only a count is kept (a wrong file can have millions). */
    public static final int MAX_LISTED = 10_000;

    /** The fields of a row, as the reader hands them over. */
    public static final int INDICATOR = 0, UNIT = 1, PERIOD = 2, VALUE = 3, COMMENT = 4, FIRST_CATEGORY = 5;

    /**
     * The field a column or a member of this name fills ({@code indicator}, {@code unit},
     * {@code period}, {@code value}, {@code comment}), or -1: the names every reader takes.
     */
    public static int fieldNamed(String name) {
        return switch (name) {
            case "indicator" -> INDICATOR;
            case "unit" -> UNIT;
            case "period" -> PERIOD;
            case "value" -> VALUE;
            case "comment" -> COMMENT;
            default -> -1;
        };
    }

    /** A row as a reader holds it: where each field's bytes are, and how to place a problem in it. */
    public interface Row {
        byte[] bytes();

        /** Where a field starts in {@link #bytes()}; {@code start == end} for an empty or absent field. */
        int start(int field);

        int end(int field);

        /** The line (or sheet row) the value's provenance records. */
        int line();

        /**
         * Whether the value was given as a number rather than text (a spreadsheet's numeric cell);
         * then {@link #unscaled()} and {@link #scale()} hold it.
         */
        default boolean numeric() {
            return false;
        }

        default long unscaled() {
            return 0;
        }

        default int scale() {
            return 0;
        }

        /** The problem placed at a field ({@code field} -1 for the whole row). */
        DataProblem at(int field, String code, MessageRef message, MessageRef hint);

        /**
         * For a row of a spreadsheet: the reference of the value's column without the row
         * ({@code 'Số liệu'!D}), the same text for every row of that column, so that a rule's
         * violation is placed at the value's cell; null for a row of text.
         */
        default String valueCells() {
            return null;
        }
    }

    private final ValueStore store;
    private final String file;
    private final int source;
    private NumberStyle style;
    private final boolean[] inProgram;
    private final ProgramType program;
    private final boolean totalsAllowed;
    private final List<DataProblem> problems = new ArrayList<>();
    private long unlisted;
    private long count;
    /** The comments of this import, by (series, period), stored only when the import is. */
    private final java.util.Map<Long, String> comments = new java.util.HashMap<>();
    /** The disaggregation code of each category column the reader declared. */
    private final List<String> columnCodes = new ArrayList<>();
    /** For each indicator, the category column of each of its disaggregations (-1 when absent). */
    private int[][] categoryColumns;
    /** Totals given beside values by category for the same indicator, unit and period: (series key) of each kind seen. */
    private final LongIntMap totalSeen;
    private final LongIntMap categorySeen;

    private final ImportOptions.Progress progress;

    ValueSink(ValueStore store, String file, ImportOptions options) {
        this.progress = options.progress();
        this.store = store;
        this.file = file;
        this.source = store.source(file);
        this.style = options.numberStyle();
        this.program = options.program().orElse(null);
        this.totalsAllowed = options.totalsOfDisaggregatedIndicators();
        this.inProgram = new boolean[store.indicatorList.size()];
        for (int i = 0; i < inProgram.length; i++) {
            inProgram[i] = program == null || program.indicatorCodes().contains(store.indicatorList.get(i).code());
        }
        this.totalSeen = totalsAllowed ? new LongIntMap(64) : null;
        this.categorySeen = totalsAllowed ? new LongIntMap(64) : null;
        this.categoryColumns = new int[store.indicatorList.size()][];
        this.foreignColumns = new int[store.indicatorList.size()][];
        remap();
        this.resolver = new Resolver(problems);
    }

    /** The number style the file itself declares, which wins over the command's and the installation's. */
    public void numberStyle(NumberStyle declared) {
        this.style = declared;
        resolver.style = declared;
    }

    /** Where the readers report how far they have read. */
    ImportOptions.Progress progress() {
        return progress;
    }

    /** The file as the user named it. */
    public String file() {
        return file;
    }

    /**
     * Declares a column of categories for a disaggregation ({@code SEX}); rows then carry its
     * category in field {@code FIRST_CATEGORY + } the index returned.
     *
     * @return the column's index, or -1 when no loaded indicator has that disaggregation
     */
    public int categoryColumn(String disaggregation) {
        String code = disaggregation.strip().toUpperCase(Locale.ROOT);
        int existing = columnCodes.indexOf(code);
        if (existing >= 0) return existing;
        boolean known = store.indicatorList.stream().flatMap(i -> i.disaggregations().stream()).anyMatch(d -> d.code().equals(code));
        if (!known) return -1;
        columnCodes.add(code);
        remap();
        return columnCodes.size() - 1;
    }

    /** The disaggregations the loaded indicators have, for a hint. */
    public String knownDisaggregations() {
        return String.join(", ", store.indicatorList.stream().flatMap(i -> i.disaggregations().stream()).map(Disaggregation::code).distinct().toList());
    }

    private void remap() {
        for (int i = 0; i < categoryColumns.length; i++) {
            List<Disaggregation> ds = store.indicatorList.get(i).disaggregations();
            categoryColumns[i] = new int[ds.size()];
            for (int d = 0; d < ds.size(); d++) {
                categoryColumns[i][d] = columnCodes.indexOf(ds.get(d).code());
            }
            List<Integer> foreign = new ArrayList<>();
            for (int c = 0; c < columnCodes.size(); c++) {
                String code = columnCodes.get(c);
                if (ds.stream().noneMatch(d -> d.code().equals(code))) foreign.add(c);
            }
            foreignColumns[i] = foreign.stream().mapToInt(Integer::intValue).toArray();
        }
    }

    /** For each indicator, the category columns of disaggregations it does not have: they must stay empty. */
    private int[][] foreignColumns = new int[0][];

    /** A problem with the file itself or a row, found by the reader (a missing column, a bad quote). */
    public void problem(DataProblem problem) {
        if (problems.size() < MAX_LISTED) {
            problems.add(problem);
        } else {
            unlisted++;
        }
    }

    /** Whether any problem has been found so far. */
    public boolean hasProblems() {
        return !problems.isEmpty() || unlisted > 0;
    }

    /** The rows read so far. */
    public long rows() {
        return count;
    }

    /** Checks one row and stages its value. */
    public void row(Row row) {
        if (resolver.resolve(row, scratch)) {
            scratch.source = sourceOf(row);
            stage(scratch, row);
        }
    }

    private String lastCells;
    private int lastCellsSource;
    private final java.util.Map<String, Integer> cellSources = new java.util.HashMap<>();

    /** The store's source for a row: the file, or for a spreadsheet the file's column of the value. */
    private int sourceOf(Row row) {
        String cells = row.valueCells();
        if (cells == null) return source;
        if (!cells.equals(lastCells)) {
            lastCells = cells;
            lastCellsSource = cellSources.computeIfAbsent(cells, c -> store.source(file, c));
        }
        return lastCellsSource;
    }

    /** A row's values once its codes are looked up and its number read: what the store takes. */
    static final class Resolved {
        int indicator;
        int unit;
        int period;
        int category;
        int line;
        /** The store's source of the value; -1 for the file's own. */
        int source = -1;
        long unscaled;
        int scale;
        /** The comment, or null. */
        String comment;
    }

    private final Resolver resolver;
    private final Resolved scratch = new Resolved();

    /** A resolver of this sink's rows for another thread, with problems of its own. */
    Resolver resolver(List<DataProblem> into) {
        return new Resolver(into);
    }

    /**
     * Looks up a row's codes and reads its number: every check that needs nothing but the platform's
     * tables, so that two threads can resolve rows of one file while one stages them. Each resolver
     * keeps its own grammar and its own references to the tables: the sink and the store are written
     * by the staging thread on every value, and reading the tables through them would make the other
     * thread's cache lose those lines on every write.
     */
    final class Resolver {
        private final List<DataProblem> found;
        private final NumberGrammar numbers = new NumberGrammar();
        private final CodeTable indicators = store.indicators;
        private final PeriodTable periods = store.periods;
        private final UnitIndex units = store.units;
        private final boolean[] inProgram = ValueSink.this.inProgram;
        private final int[][] categoryColumns = ValueSink.this.categoryColumns;
        private final int[][] foreignColumns = ValueSink.this.foreignColumns;
        private final CodeTable[][] categoryTables;
        private final ValueType[] types;
        private final boolean totalsAllowed = ValueSink.this.totalsAllowed;
        private NumberStyle style = ValueSink.this.style;
        long unlisted;

        Resolver(List<DataProblem> found) {
            this.found = found;
            int n = store.indicatorList.size();
            this.categoryTables = new CodeTable[n][];
            this.types = new ValueType[n];
            for (int i = 0; i < n; i++) {
                categoryTables[i] = store.categoryCodes.get(i).toArray(new CodeTable[0]);
                types[i] = store.valueType(i);
            }
        }

        private void problem(DataProblem p) {
            if (found == problems) {
                ValueSink.this.problem(p);
            } else if (found.size() < MAX_LISTED) {
                found.add(p);
            } else {
                unlisted++;
            }
        }

        /** Resolves a row into {@code out}; false, with its problem recorded, when the row is wrong. */
        boolean resolve(Row row, Resolved out) {
            byte[] b = row.bytes();
            int is = trimStart(b, row.start(INDICATOR), row.end(INDICATOR)), ie = trimEnd(b, is, row.end(INDICATOR));
            if (is == ie) return empty(row, INDICATOR, "indicator");
            int indicator = indicators.find(b, is, ie);
            if (indicator < 0) {
                fieldProblem(row, INDICATOR, "data.unknownIndicator", "data.unknownIndicator.hint");
                return false;
            }
            if (!inProgram[indicator]) {
                problem(row.at(INDICATOR, "data.notInProgram", MessageRef.of("data.notInProgram", text(row, INDICATOR), program.id()),
                        MessageRef.of("data.notInProgram.hint", String.join(", ", program.indicatorCodes()))));
                return false;
            }
            int ps = trimStart(b, row.start(PERIOD), row.end(PERIOD)), pe = trimEnd(b, ps, row.end(PERIOD));
            if (ps == pe) return empty(row, PERIOD, "period");
            int p = periods.find(b, ps, pe);
            if (p < 0) {
                fieldProblem(row, PERIOD, "data.badPeriod", "period.hint");
                return false;
            }
            int us = trimStart(b, row.start(UNIT), row.end(UNIT)), ue = trimEnd(b, us, row.end(UNIT));
            if (us == ue) return empty(row, UNIT, "unit");
            int unit = units.find(b, us, ue, periods.firstMonth(p), periods.lastMonth(p));
            if (unit == UnitIndex.UNKNOWN) {
                fieldProblem(row, UNIT, "data.unknownUnit", "hint.constraint.KnownUnit");
                return false;
            }
            if (unit == UnitIndex.NOT_IN_FORCE) {
                problem(row.at(UNIT, "data.unitNotInForce", MessageRef.of("data.unitNotInForce", text(row, UNIT), store.periods.period(p).code()),
                        MessageRef.of("data.unitNotInForce.hint", units.whenInForce(b, us, ue, periods.firstMonth(p)))));
                return false;
            }
            int category = Categories.TOTAL;
            int[] columns = categoryColumns[indicator];
            boolean total = false;
            for (int d = 0; d < columns.length; d++) {
                int column = columns[d];
                int field = FIRST_CATEGORY + column;
                if (column < 0 || row.start(field) == row.end(field)) {
                    if (totalsAllowed && (d == 0 || total)) {
                        total = true;
                        continue;
                    }
                    Indicator ind = store.indicatorList.get(indicator);
                    problem(row.at(column < 0 ? -1 : field, "data.missingCategory",
                            MessageRef.of("data.missingCategory", ind.disaggregations().get(d).code(), ind.code()),
                            MessageRef.of("data.category.hint", categoriesOf(indicator, d))));
                    return false;
                }
                if (total) {
                    problem(row.at(field, "data.partialCategories", MessageRef.of("data.partialCategories", store.indicatorList.get(indicator).code()),
                            MessageRef.of("data.category.hint", categoriesOf(indicator, d))));
                    return false;
                }
                int cs = trimStart(b, row.start(field), row.end(field));
                int c = categoryTables[indicator][d].find(b, cs, trimEnd(b, cs, row.end(field)));
                if (c < 0) {
                    problem(row.at(field, "data.unknownCategory", MessageRef.of("data.unknownCategory", text(row, field),
                            store.indicatorList.get(indicator).disaggregations().get(d).code()), MessageRef.of("data.category.hint", categoriesOf(indicator, d))));
                    return false;
                }
                category = category * 64 + c + 1;
            }
            for (int column : foreignColumns[indicator]) {
                int field = FIRST_CATEGORY + column;
                if (trimStart(b, row.start(field), row.end(field)) < row.end(field)) {
                    String code = columnCodes.get(column);
                    Indicator ind = store.indicatorList.get(indicator);
                    problem(row.at(field, "data.categoryNotOfIndicator", MessageRef.of("data.categoryNotOfIndicator", code, ind.code()),
                            MessageRef.of("data.categoryNotOfIndicator.hint", ind.code(), ind.disaggregations().isEmpty() ? "—"
                                    : String.join(", ", ind.disaggregations().stream().map(Disaggregation::code).toList()))));
                    return false;
                }
            }
            long unscaled;
            int scale;
            if (row.numeric()) {
                unscaled = row.unscaled();
                scale = row.scale();
            } else if (numbers.parse(b, row.start(VALUE), row.end(VALUE), style)) {
                unscaled = numbers.unscaled();
                scale = numbers.scale();
            } else {
                problem(row.at(VALUE, numbers.problem().key(), numbers.problem(), numbers.hint()));
                return false;
            }
            ValueType type = types[indicator];
            if (!fits(type, unscaled, scale)) {
                String shown = java.math.BigDecimal.valueOf(unscaled, scale).toPlainString();
                problem(row.at(VALUE, "data.badValue", MessageRef.of("data.badValue." + type.name(), shown, store.indicatorList.get(indicator).code()),
                        MessageRef.of("hint.constraint.ValueFitsIndicator")));
                return false;
            }
            out.indicator = indicator;
            out.unit = unit;
            out.period = p;
            out.category = category;
            out.unscaled = unscaled;
            out.scale = scale;
            out.line = row.line();
            int cs = row.start(COMMENT), ce = row.end(COMMENT);
            out.comment = cs < ce ? new String(b, cs, ce - cs, java.nio.charset.StandardCharsets.UTF_8) : null;
            return true;
        }

        private void fieldProblem(Row row, int field, String code, String hint) {
            problem(row.at(field, code, MessageRef.of(code, text(row, field)), MessageRef.of(hint)));
        }

        /** A code left empty: said as missing rather than as an unknown code "". */
        private boolean empty(Row row, int field, String name) {
            problem(row.at(field, "data.emptyField", MessageRef.of("data.emptyField", name), MessageRef.of("data.values.hint")));
            return false;
        }
    }

    /** Codes are read without the spaces around them (a hand-edited file often has some). */
    private static int trimStart(byte[] b, int from, int to) {
        while (from < to && b[from] == ' ') from++;
        return from;
    }

    private static int trimEnd(byte[] b, int from, int to) {
        while (to > from && b[to - 1] == ' ') to--;
        return to;
    }

    /**
     * Stages a resolved value in the store: single-threaded, in the caller's thread. {@code row}
     * places a problem; without it (a row resolved on another thread) the problem is placed at its line.
     */
    void stage(Resolved r, Row row) {
        count++;
        int series = store.series(r.indicator, r.category, r.unit);
        if (totalsAllowed && categoryColumns[r.indicator].length > 0 && mixesTotalsAndCategories(r.indicator, r.unit, r.period, r.category == Categories.TOTAL)) {
            MessageRef message = MessageRef.of("data.totalAndCategories", store.indicatorList.get(r.indicator).code(), store.periods.period(r.period).code());
            MessageRef hint = MessageRef.of("data.totalAndCategories.hint");
            problem(row != null ? row.at(-1, "data.totalAndCategories", message, hint) : new DataProblem("data.totalAndCategories", r.line, -1, 1, message, hint));
            return;
        }
        int earlier = store.stage(series, r.period, r.unscaled, r.scale, r.source >= 0 ? r.source : source, r.line);
        if (r.comment != null) {
            String comment = java.text.Normalizer.normalize(r.comment.strip(), java.text.Normalizer.Form.NFC);
            if (!comment.isEmpty()) comments.put(ValueStore.commentKey(series, r.period), comment);
        }
        if (earlier != 0) {
            MessageRef message = MessageRef.of("data.duplicate", earlier);
            MessageRef hint = MessageRef.of("data.duplicate.hint");
            problem(row != null ? row.at(-1, "data.duplicate", message, hint) : new DataProblem("data.duplicate", r.line, -1, 1, message, hint));
        }
    }

    /** Problems found on other threads, added in line order with this sink's own. */
    void merge(List<DataProblem> more, long moreUnlisted) {
        List<DataProblem> all = new ArrayList<>(problems);
        all.addAll(more);
        all.sort(java.util.Comparator.comparingInt(DataProblem::line));
        problems.clear();
        unlisted += moreUnlisted;
        for (DataProblem p : all) problem(p);
    }

    /**
     * A report source may give a disaggregated indicator's total, or its categories, but not both
     * for the same unit and period: the total would be counted twice.
     */
    private boolean mixesTotalsAndCategories(int indicator, int unit, int period, boolean isTotal) {
        long key = ((long) indicator << 40) | ((long) unit << 16) | period;
        (isTotal ? totalSeen : categorySeen).put(key, 1);
        return (isTotal ? categorySeen : totalSeen).get(key) >= 0;
    }

    /** What the import did: stored whole, or refused with every problem; the store is unchanged when refused. */
    public ImportResult finish() {
        if (!problems.isEmpty() || unlisted > 0) {
            store.abort();
            return new ImportResult(file, count, 0, 0, 0, problems, unlisted);
        }
        ValueStore.Committed done = store.commit();
        store.comments.putAll(comments);
        return new ImportResult(file, count, done.added(), done.replaced(), done.unchanged(), List.of(), 0);
    }

    /** Drops what was staged: the file is refused as a whole (a reader that could not go on). */
    public ImportResult refuse(DataProblem problem) {
        problem(problem);
        return finish();
    }

    private static String text(Row row, int field) {
        return NumberGrammar.quote(row.bytes(), row.start(field), row.end(field));
    }

    private String categoriesOf(int indicator, int d) {
        Indicator i = store.indicatorList.get(indicator);
        return String.join(", ", i.disaggregations().get(d).categories().stream().map(c -> c.code()).toList());
    }

    /** Whether an exact value suits the indicator's type. */
    static boolean fits(ValueType type, long unscaled, int scale) {
        boolean whole = scale == 0;
        return switch (type) {
            case COUNT, MONEY -> whole && unscaled >= 0;
            case INTEGER -> whole;
            case NUMBER -> true;
            case PERCENTAGE -> unscaled >= 0 && java.math.BigDecimal.valueOf(unscaled, scale).compareTo(java.math.BigDecimal.valueOf(100)) <= 0;
            case BOOLEAN -> whole && (unscaled == 0 || unscaled == 1);
        };
    }
}
