package vn.baocao.core.data;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import vn.baocao.api.indicator.Disaggregation;
import vn.baocao.api.indicator.Indicator;
import vn.baocao.api.indicator.ValueType;
import vn.baocao.api.program.ProgramType;
import vn.baocao.core.i18n.MessageRef;

/**
 * Imports indicator values from CSV: a header naming the columns ({@code indicator}, {@code unit},
 * {@code period}, {@code value}, one column per disaggregation such as {@code sex}, and an optional
 * {@code comment}), then one value a line. Each value is checked as it is read, by lookups in
 * tables compiled from the plugins and the unit data (known indicator, a unit that existed in the
 * period, a valid period, categories of the indicator's disaggregations, a value that suits the
 * indicator). Every problem is reported with its line and column; an import with any problem stores
 * nothing.
 */
public final class CsvValueImporter {
    /** Problems listed in full; beyond these only a count is kept (a wrong file can have millions). */
    public static final int MAX_LISTED = 10_000;
    private static final int BUFFER = 1 << 20;

    private enum Role { INDICATOR, UNIT, PERIOD, VALUE, COMMENT, CATEGORY }

    private final ValueStore store;
    /** The program type the file reports on, or null when any loaded indicator may appear. */
    private final ProgramType program;
    private final boolean[] inProgram;

    public CsvValueImporter(ValueStore store) {
        this(store, null);
    }

    /** An importer that accepts only the indicators of {@code program}; others are errors naming it. */
    public CsvValueImporter(ValueStore store, ProgramType program) {
        this.store = store;
        this.program = program;
        this.inProgram = new boolean[store.indicatorList.size()];
        for (int i = 0; i < inProgram.length; i++) {
            inProgram[i] = program == null || program.indicatorCodes().contains(store.indicatorList.get(i).code());
        }
    }

    public ImportResult importFile(Path file) throws IOException {
        try (InputStream in = Files.newInputStream(file)) {
            return importStream(file.toString(), in, estimateLines(file));
        }
    }

    /**
     * Imports CSV text from another reader (a spreadsheet turned into rows), under the name
     * {@code source}; problems carry the line and field, for the reader to map back to its cells.
     */
    public ImportResult importStream(String source, InputStream in, long expectedLines) throws IOException {
        return importStream(source, in, expectedLines, java.util.function.IntUnaryOperator.identity());
    }

    /**
     * As {@link #importStream(String, InputStream, long)}, recording for each value the line
     * {@code lineOf} gives (the row of the sheet the CSV line was made from) as its provenance.
     */
    public ImportResult importStream(String source, InputStream in, long expectedLines, java.util.function.IntUnaryOperator lineOf)
            throws IOException {
        Batch batch = new Batch(source);
        batch.lineOf = lineOf;
        store.reserve(expectedLines);
        byte[] buffer = new byte[BUFFER];
        int filled = 0;
        int line = 0;
        boolean eof = false;
        while (!eof) {
            int read = in.read(buffer, filled, buffer.length - filled);
            if (read < 0) {
                eof = true;
                if (filled == 0) break;
                buffer = ensure(buffer, filled + 1);
                buffer[filled++] = '\n'; // the last line may lack its newline
            } else {
                filled += read;
            }
            int lineStart = 0;
            while (lineStart < filled) {
                int end = batch.scan(buffer, lineStart, filled, line + 1);
                if (end < 0) break; // the line goes on in the next chunk
                line++;
                lineStart = end + 1;
            }
            if (lineStart == 0 && filled == buffer.length) {
                buffer = ensure(buffer, buffer.length * 2); // a line longer than the buffer
            } else {
                System.arraycopy(buffer, lineStart, buffer, 0, filled - lineStart);
                filled -= lineStart;
            }
        }
        return batch.finish();
    }

    /**
     * A text as one CSV field for {@link #importStream}: quoted when it holds a comma or a quote, line
     * breaks turned into spaces; {@code null} as an empty field. For readers that turn rows into CSV.
     */
    public static String csvField(String text) {
        if (text == null) return "";
        String flat = text.replace('\r', ' ').replace('\n', ' ');
        if (flat.indexOf(',') < 0 && flat.indexOf('"') < 0) return flat;
        return '"' + flat.replace("\"", "\"\"") + '"';
    }

    private static byte[] ensure(byte[] buffer, int size) {
        return size <= buffer.length ? buffer : Arrays.copyOf(buffer, Math.max(size, buffer.length * 2));
    }

    /** Lines in a file, from the length of its first lines: enough to size the columns once. */
    private static long estimateLines(Path file) throws IOException {
        long size = Files.size(file);
        byte[] head = new byte[(int) Math.min(size, 64 * 1024)];
        int read;
        try (InputStream in = Files.newInputStream(file)) {
            read = in.readNBytes(head, 0, head.length);
        }
        long newlines = 0;
        for (int i = 0; i < read; i++) if (head[i] == '\n') newlines++;
        return newlines == 0 ? 1 : size * newlines / Math.max(1, read) * 21 / 20 + 16;
    }

    /** One import: the rows read so far, the problems, and the column roles from the header. */
    private final class Batch {
        private final String file;
        private final int source;
        private final List<DataProblem> problems = new ArrayList<>();
        private long unlisted;
        private Role[] roles;
        private final LastField lastIndicator = new LastField();
        private final LastField lastPeriod = new LastField();
        private final LastField lastUnit = new LastField();
        private int indicatorField;
        private int unitField;
        private int periodField;
        private int valueField;
        private int commentField = -1;
        /** The comments of this import, by (series, period), stored only when the import is. */
        private final java.util.Map<Long, String> comments = new java.util.HashMap<>();
        /** The line a value's provenance records: the line itself, or the row of the sheet it came from. */
        private java.util.function.IntUnaryOperator lineOf = java.util.function.IntUnaryOperator.identity();
        /** For a CATEGORY column, the disaggregation code it carries. */
        private String[] columnCodes;
        /** For each indicator, the column of each of its disaggregations (-1 when absent). */
        private int[][] categoryColumns;
        private final int[] starts = new int[64];
        private final int[] ends = new int[64];

        private long count;

        Batch(String file) {
            this.file = file;
            this.source = store.source(file);
        }

        /**
         * Splits the line starting at {@code from} into fields in one pass, and handles it.
         *
         * @return the index of its newline, or -1 when the buffer ends before the line does
         */
        int scan(byte[] b, int from, int limit, int line) {
            int[] starts = this.starts;
            int[] ends = this.ends;
            int fields = 0;
            int fieldStart = from;
            boolean tooMany = false;
            for (int i = from; i < limit; i++) {
                byte c = b[i];
                if (c == ',' || c == '\n') {
                    int end = c == '\n' && i > fieldStart && b[i - 1] == '\r' ? i - 1 : i;
                    if (fields < starts.length) {
                        starts[fields] = fieldStart;
                        ends[fields] = end;
                        fields++;
                    } else {
                        tooMany = true;
                    }
                    if (c == '\n') {
                        handle(b, from, end, fields, tooMany, line);
                        return i;
                    }
                    fieldStart = i + 1;
                } else if (c == '"' && i == fieldStart) {
                    int close = i + 1;
                    while (close < limit && b[close] != '\n' && !(b[close] == '"' && (close + 1 >= limit || b[close + 1] != '"'))) {
                        close += b[close] == '"' ? 2 : 1;
                    }
                    if (close >= limit) return -1;
                    if (b[close] == '\n') {
                        problem("data.unclosedQuote", line, -1, i - from + 1, MessageRef.of("data.unclosedQuote"), MessageRef.of("data.unclosedQuote.hint"));
                        return close;
                    }
                    if (fields < starts.length) {
                        starts[fields] = i + 1;
                        ends[fields] = close;
                        fields++;
                    } else {
                        tooMany = true;
                    }
                    i = close + 1; // the comma or newline after the closing quote
                    if (i >= limit) return -1;
                    if (b[i] == '\n') {
                        handle(b, from, i, fields, tooMany, line);
                        return i;
                    }
                    fieldStart = i + 1;
                }
            }
            return -1;
        }

        private boolean first = true;

        private void handle(byte[] b, int from, int to, int fields, boolean tooMany, int line) {
            if (first) {
                first = false;
                if (to - from >= 3 && (b[from] & 0xFF) == 0xEF && (b[from + 1] & 0xFF) == 0xBB && (b[from + 2] & 0xFF) == 0xBF) {
                    starts[0] += 3;
                    from += 3;
                }
                if (to == from) {
                    problem("data.noHeader", line, -1, 1, MessageRef.of("data.noHeader"), MessageRef.of("data.header.hint"));
                    return;
                }
                header(b, from, fields, line);
                return;
            }
            if (roles == null || to == from) {
                return; // no usable header (already reported), or a blank line
            }
            if (tooMany) {
                problem("data.tooManyFields", line, -1, 1, MessageRef.of("data.tooManyFields", starts.length), MessageRef.of("data.fieldCount.hint"));
                return;
            }
            if (fields != roles.length) {
                problem("data.fieldCount", line, -1, 1, MessageRef.of("data.fieldCount", fields, roles.length), MessageRef.of("data.fieldCount.hint"));
                return;
            }
            row(b, from, line);
        }

        private void header(byte[] b, int from, int fields, int line) {
            Role[] r = new Role[fields];
            String[] codes = new String[fields];
            boolean ok = true;
            for (int f = 0; f < fields; f++) {
                String name = new String(b, starts[f], ends[f] - starts[f], StandardCharsets.UTF_8).strip().toLowerCase(Locale.ROOT);
                switch (name) {
                    case "indicator" -> r[f] = Role.INDICATOR;
                    case "unit" -> r[f] = Role.UNIT;
                    case "period" -> r[f] = Role.PERIOD;
                    case "value" -> r[f] = Role.VALUE;
                    case "comment" -> r[f] = Role.COMMENT;
                    default -> {
                        if (isDisaggregation(name)) {
                            r[f] = Role.CATEGORY;
                            codes[f] = name.toUpperCase(Locale.ROOT);
                        } else {
                            problem("data.unknownColumn", line, f, starts[f] - from + 1, MessageRef.of("data.unknownColumn", name),
                                    MessageRef.of("data.header.hint"));
                            ok = false;
                        }
                    }
                }
            }
            for (Role required : new Role[] {Role.INDICATOR, Role.UNIT, Role.PERIOD, Role.VALUE}) {
                if (Arrays.stream(r).noneMatch(x -> x == required)) {
                    problem("data.missingColumn", line, -1, 1, MessageRef.of("data.missingColumn", required.name().toLowerCase(Locale.ROOT)),
                            MessageRef.of("data.header.hint"));
                    ok = false;
                }
            }
            if (!ok) return;
            roles = r;
            indicatorField = Arrays.asList(r).indexOf(Role.INDICATOR);
            unitField = Arrays.asList(r).indexOf(Role.UNIT);
            periodField = Arrays.asList(r).indexOf(Role.PERIOD);
            valueField = Arrays.asList(r).indexOf(Role.VALUE);
            commentField = Arrays.asList(r).indexOf(Role.COMMENT);
            columnCodes = codes;
            categoryColumns = new int[store.indicatorList.size()][];
            for (int i = 0; i < categoryColumns.length; i++) {
                List<Disaggregation> ds = store.indicatorList.get(i).disaggregations();
                categoryColumns[i] = new int[ds.size()];
                for (int d = 0; d < ds.size(); d++) {
                    categoryColumns[i][d] = Arrays.asList(codes).indexOf(ds.get(d).code());
                }
            }
        }

        private boolean isDisaggregation(String name) {
            return store.indicatorList.stream().flatMap(i -> i.disaggregations().stream())
                    .anyMatch(d -> d.code().equalsIgnoreCase(name));
        }

        private void row(byte[] b, int lineStart, int line) {
            int ind = indicatorField, unitField = this.unitField, periodField = this.periodField, valueField = this.valueField;
            int indicator = lastIndicator.matches(b, starts[ind], ends[ind], 0) ? lastIndicator.id()
                    : lastIndicator.remember(b, starts[ind], ends[ind], 0, store.indicators.find(b, starts[ind], ends[ind]));
            if (indicator < 0) {
                fieldProblem("data.unknownIndicator", line, ind, lineStart, b, "data.unknownIndicator.hint");
                return;
            }
            if (!inProgram[indicator]) {
                problem("data.notInProgram", line, ind, starts[ind] - lineStart + 1, MessageRef.of("data.notInProgram", text(b, ind), program.id()),
                        MessageRef.of("data.notInProgram.hint", String.join(", ", program.indicatorCodes())));
                return;
            }
            int p = lastPeriod.matches(b, starts[periodField], ends[periodField], 0) ? lastPeriod.id()
                    : lastPeriod.remember(b, starts[periodField], ends[periodField], 0, store.periods.find(b, starts[periodField], ends[periodField]));
            if (p < 0) {
                fieldProblem("data.badPeriod", line, periodField, lineStart, b, "period.hint");
                return;
            }
            int unit = lastUnit.matches(b, starts[unitField], ends[unitField], p) ? lastUnit.id()
                    : lastUnit.remember(b, starts[unitField], ends[unitField], p,
                            store.units.find(b, starts[unitField], ends[unitField], store.periods.firstMonth(p), store.periods.lastMonth(p)));
            if (unit == UnitIndex.UNKNOWN) {
                fieldProblem("data.unknownUnit", line, unitField, lineStart, b, "hint.constraint.KnownUnit");
                return;
            }
            if (unit == UnitIndex.NOT_IN_FORCE) {
                problem("data.unitNotInForce", line, unitField, starts[unitField] - lineStart + 1,
                        MessageRef.of("data.unitNotInForce", text(b, unitField), store.periods.period(p).code()),
                        MessageRef.of("data.unitNotInForce.hint"));
                return;
            }
            int category = Categories.TOTAL;
            int[] columns = categoryColumns[indicator];
            for (int d = 0; d < columns.length; d++) {
                int column = columns[d];
                if (column < 0 || starts[column] == ends[column]) {
                    problem("data.missingCategory", line, column, column < 0 ? 1 : starts[column] - lineStart + 1,
                            MessageRef.of("data.missingCategory", store.indicatorList.get(indicator).disaggregations().get(d).code(),
                                    store.indicatorList.get(indicator).code()), MessageRef.of("data.category.hint", categoriesOf(indicator, d)));
                    return;
                }
                int c = store.categoryCodes.get(indicator).get(d).find(b, starts[column], ends[column]);
                if (c < 0) {
                    problem("data.unknownCategory", line, column, starts[column] - lineStart + 1, MessageRef.of("data.unknownCategory", text(b, column),
                            store.indicatorList.get(indicator).disaggregations().get(d).code()), MessageRef.of("data.category.hint", categoriesOf(indicator, d)));
                    return;
                }
                category = category * 64 + c + 1;
            }
            double v = Numbers.parse(b, starts[valueField], ends[valueField]);
            ValueType type = store.valueType(indicator);
            if (Double.isNaN(v) || !fits(type, v)) {
                problem("data.badValue", line, valueField, starts[valueField] - lineStart + 1,
                        MessageRef.of("data.badValue." + type.name(), text(b, valueField), store.indicatorList.get(indicator).code()),
                        MessageRef.of("hint.constraint.ValueFitsIndicator"));
                return;
            }
            count++;
            int series = store.series(indicator, category, unit);
            int earlier = store.stage(series, p, v, source, lineOf.applyAsInt(line));
            if (commentField >= 0 && starts[commentField] < ends[commentField]) {
                String comment = java.text.Normalizer.normalize(text(b, commentField).replace("\"\"", "\"").strip(), java.text.Normalizer.Form.NFC);
                if (!comment.isEmpty()) comments.put(ValueStore.commentKey(series, p), comment);
            }
            if (earlier != 0) {
                problem("data.duplicate", line, -1, 1, MessageRef.of("data.duplicate", earlier), MessageRef.of("data.duplicate.hint"));
            }
        }

        private String categoriesOf(int indicator, int d) {
            Indicator i = store.indicatorList.get(indicator);
            return String.join(", ", i.disaggregations().get(d).categories().stream().map(c -> c.code()).toList());
        }

        ImportResult finish() {
            if (roles == null && problems.isEmpty()) {
                problem("data.noHeader", 1, -1, 1, MessageRef.of("data.noHeader"), MessageRef.of("data.header.hint"));
            }
            if (!problems.isEmpty() || unlisted > 0) {
                store.abort();
                return new ImportResult(file, count, 0, 0, 0, problems, unlisted);
            }
            ValueStore.Committed done = store.commit();
            store.comments.putAll(comments);
            return new ImportResult(file, count, done.added(), done.replaced(), done.unchanged(), List.of(), 0);
        }

        private void fieldProblem(String code, int line, int field, int lineStart, byte[] b, String hint) {
            problem(code, line, field, starts[field] - lineStart + 1, MessageRef.of(code, text(b, field)), MessageRef.of(hint));
        }

        private String text(byte[] b, int field) {
            return new String(b, starts[field], ends[field] - starts[field], StandardCharsets.UTF_8);
        }

        private void problem(String code, int line, int field, int column, MessageRef message, MessageRef hint) {
            if (problems.size() < MAX_LISTED) {
                problems.add(new DataProblem(code, line, field, column, message, hint));
            } else {
                unlisted++;
            }
        }

        private boolean fits(ValueType type, double v) {
            return switch (type) {
                case COUNT, MONEY -> v >= 0 && v == Math.rint(v);
                case INTEGER -> v == Math.rint(v);
                case NUMBER -> true;
                case PERCENTAGE -> v >= 0 && v <= 100;
                case BOOLEAN -> v == 0 || v == 1;
            };
        }
    }
}
