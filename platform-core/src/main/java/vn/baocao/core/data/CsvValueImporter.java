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

    public CsvValueImporter(ValueStore store) {
        this.store = store;
    }

    public ImportResult importFile(Path file) throws IOException {
        Batch batch = new Batch(file.toString());
        try (InputStream in = Files.newInputStream(file)) {
            byte[] buffer = new byte[BUFFER];
            int filled = 0;
            int line = 0;
            boolean first = true;
            while (true) {
                int read = in.read(buffer, filled, buffer.length - filled);
                if (read < 0) {
                    if (filled > 0) {
                        line++;
                        batch.line(buffer, 0, filled, line, first);
                    }
                    break;
                }
                filled += read;
                int start = 0;
                for (int i = 0; i < filled; i++) {
                    if (buffer[i] == '\n') {
                        int end = i > start && buffer[i - 1] == '\r' ? i - 1 : i;
                        line++;
                        batch.line(buffer, start, end, line, first);
                        first = false;
                        start = i + 1;
                    }
                }
                if (start == 0 && filled == buffer.length) {
                    buffer = Arrays.copyOf(buffer, buffer.length * 2); // a line longer than the buffer
                } else {
                    System.arraycopy(buffer, start, buffer, 0, filled - start);
                    filled -= start;
                }
            }
        }
        return batch.finish();
    }

    /** One import: the rows read so far, the problems, and the column roles from the header. */
    private final class Batch {
        private final String file;
        private final int source;
        private final List<DataProblem> problems = new ArrayList<>();
        private long unlisted;
        private Role[] roles;
        /** For a CATEGORY column, the disaggregation code it carries. */
        private String[] columnCodes;
        /** For each indicator, the column of each of its disaggregations (-1 when absent). */
        private int[][] categoryColumns;
        private final int[] starts = new int[64];
        private final int[] ends = new int[64];

        private int count;
        private int[] series = new int[1 << 16];
        private int[] period = new int[1 << 16];
        private double[] value = new double[1 << 16];
        private int[] lines = new int[1 << 16];

        Batch(String file) {
            this.file = file;
            this.source = store.source(file);
        }

        void line(byte[] b, int from, int to, int line, boolean header) {
            if (header) {
                if (to - from >= 3 && (b[from] & 0xFF) == 0xEF && (b[from + 1] & 0xFF) == 0xBB && (b[from + 2] & 0xFF) == 0xBF) {
                    from += 3;
                }
                header(b, from, to, line);
                return;
            }
            if (roles == null || to == from) {
                return; // no usable header (already reported), or a blank line
            }
            int fields = split(b, from, to, line);
            if (fields < 0) return;
            if (fields != roles.length) {
                problem("data.fieldCount", line, 1, MessageRef.of("data.fieldCount", fields, roles.length), MessageRef.of("data.fieldCount.hint"));
                return;
            }
            row(b, from, line);
        }

        private void header(byte[] b, int from, int to, int line) {
            int fields = split(b, from, to, line);
            if (fields <= 0) {
                problem("data.noHeader", line, 1, MessageRef.of("data.noHeader"), MessageRef.of("data.header.hint"));
                return;
            }
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
                            problem("data.unknownColumn", line, starts[f] - from + 1, MessageRef.of("data.unknownColumn", name),
                                    MessageRef.of("data.header.hint"));
                            ok = false;
                        }
                    }
                }
            }
            for (Role required : new Role[] {Role.INDICATOR, Role.UNIT, Role.PERIOD, Role.VALUE}) {
                if (Arrays.stream(r).noneMatch(x -> x == required)) {
                    problem("data.missingColumn", line, 1, MessageRef.of("data.missingColumn", required.name().toLowerCase(Locale.ROOT)),
                            MessageRef.of("data.header.hint"));
                    ok = false;
                }
            }
            if (!ok) return;
            roles = r;
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

        /** Splits a line on commas (double quotes protect commas); returns the field count, or -1. */
        private int split(byte[] b, int from, int to, int line) {
            int fields = 0;
            int i = from;
            while (true) {
                if (fields == starts.length) {
                    problem("data.tooManyFields", line, i - from + 1, MessageRef.of("data.tooManyFields", starts.length),
                            MessageRef.of("data.fieldCount.hint"));
                    return -1;
                }
                if (i < to && b[i] == '"') {
                    int close = i + 1;
                    while (close < to && !(b[close] == '"' && (close + 1 >= to || b[close + 1] != '"'))) {
                        close += b[close] == '"' ? 2 : 1;
                    }
                    if (close >= to) {
                        problem("data.unclosedQuote", line, i - from + 1, MessageRef.of("data.unclosedQuote"), MessageRef.of("data.unclosedQuote.hint"));
                        return -1;
                    }
                    starts[fields] = i + 1;
                    ends[fields] = close;
                    fields++;
                    i = close + 1;
                } else {
                    int comma = i;
                    while (comma < to && b[comma] != ',') comma++;
                    starts[fields] = i;
                    ends[fields] = comma;
                    fields++;
                    i = comma;
                }
                if (i >= to) return fields;
                i++; // the comma
            }
        }

        private void row(byte[] b, int lineStart, int line) {
            int ind = -1, unitField = -1, periodField = -1, valueField = -1;
            for (int f = 0; f < roles.length; f++) {
                switch (roles[f]) {
                    case INDICATOR -> ind = f;
                    case UNIT -> unitField = f;
                    case PERIOD -> periodField = f;
                    case VALUE -> valueField = f;
                    default -> { }
                }
            }
            int indicator = store.indicators.find(b, starts[ind], ends[ind]);
            if (indicator < 0) {
                fieldProblem("data.unknownIndicator", line, ind, lineStart, b, "data.unknownIndicator.hint");
                return;
            }
            int p = store.periods.find(b, starts[periodField], ends[periodField]);
            if (p < 0) {
                fieldProblem("data.badPeriod", line, periodField, lineStart, b, "period.hint");
                return;
            }
            int unit = store.units.find(b, starts[unitField], ends[unitField], store.periods.firstMonth(p), store.periods.lastMonth(p));
            if (unit == UnitIndex.UNKNOWN) {
                fieldProblem("data.unknownUnit", line, unitField, lineStart, b, "hint.constraint.KnownUnit");
                return;
            }
            if (unit == UnitIndex.NOT_IN_FORCE) {
                problem("data.unitNotInForce", line, starts[unitField] - lineStart + 1,
                        MessageRef.of("data.unitNotInForce", text(b, unitField), store.periods.period(p).code()),
                        MessageRef.of("data.unitNotInForce.hint"));
                return;
            }
            int category = Categories.TOTAL;
            int[] columns = categoryColumns[indicator];
            for (int d = 0; d < columns.length; d++) {
                int column = columns[d];
                if (column < 0 || starts[column] == ends[column]) {
                    problem("data.missingCategory", line, column < 0 ? 1 : starts[column] - lineStart + 1,
                            MessageRef.of("data.missingCategory", store.indicatorList.get(indicator).disaggregations().get(d).code(),
                                    store.indicatorList.get(indicator).code()), MessageRef.of("data.category.hint", categoriesOf(indicator, d)));
                    return;
                }
                int c = store.categoryCodes.get(indicator).get(d).find(b, starts[column], ends[column]);
                if (c < 0) {
                    problem("data.unknownCategory", line, starts[column] - lineStart + 1, MessageRef.of("data.unknownCategory", text(b, column),
                            store.indicatorList.get(indicator).disaggregations().get(d).code()), MessageRef.of("data.category.hint", categoriesOf(indicator, d)));
                    return;
                }
                category = category * 64 + c + 1;
            }
            double v = Numbers.parse(b, starts[valueField], ends[valueField]);
            ValueType type = store.valueType(indicator);
            if (Double.isNaN(v) || !fits(type, v)) {
                problem("data.badValue", line, starts[valueField] - lineStart + 1,
                        MessageRef.of("data.badValue." + type.name(), text(b, valueField), store.indicatorList.get(indicator).code()),
                        MessageRef.of("hint.constraint.ValueFitsIndicator"));
                return;
            }
            add(store.series(indicator, category, unit), p, v, line);
        }

        private String categoriesOf(int indicator, int d) {
            Indicator i = store.indicatorList.get(indicator);
            return String.join(", ", i.disaggregations().get(d).categories().stream().map(c -> c.code()).toList());
        }

        private void add(int s, int p, double v, int line) {
            if (count == series.length) {
                int n = count * 2;
                series = Arrays.copyOf(series, n);
                period = Arrays.copyOf(period, n);
                value = Arrays.copyOf(value, n);
                lines = Arrays.copyOf(lines, n);
            }
            series[count] = s;
            period[count] = p;
            value[count] = v;
            lines[count] = line;
            count++;
        }

        ImportResult finish() {
            if (roles == null && problems.isEmpty()) {
                problem("data.noHeader", 1, 1, MessageRef.of("data.noHeader"), MessageRef.of("data.header.hint"));
            }
            if (problems.isEmpty()) {
                duplicates();
            }
            if (!problems.isEmpty() || unlisted > 0) {
                return new ImportResult(file, count, 0, 0, 0, problems, unlisted);
            }
            long added = 0, replaced = 0, unchanged = 0;
            for (int i = 0; i < count; i++) {
                int slot = store.slot(series[i], period[i]);
                if (slot == 0) {
                    added++;
                } else if (store.rowValue(slot - 1) == value[i]) {
                    unchanged++;
                    continue;
                } else {
                    replaced++;
                }
                store.put(series[i], period[i], value[i], source, lines[i]);
            }
            return new ImportResult(file, count, added, replaced, unchanged, List.of(), 0);
        }

        /** The same value given twice in one file is refused, naming both lines. */
        private void duplicates() {
            LongIntMap seen = new LongIntMap(Math.max(16, count));
            for (int i = 0; i < count; i++) {
                long key = ((long) series[i] << 24) | period[i];
                int first = seen.get(key);
                if (first >= 0) {
                    problem("data.duplicate", lines[i], 1, MessageRef.of("data.duplicate", lines[first]), MessageRef.of("data.duplicate.hint"));
                } else {
                    seen.put(key, i);
                }
            }
        }

        private void fieldProblem(String code, int line, int field, int lineStart, byte[] b, String hint) {
            problem(code, line, starts[field] - lineStart + 1, MessageRef.of(code, text(b, field)), MessageRef.of(hint));
        }

        private String text(byte[] b, int field) {
            return new String(b, starts[field], ends[field] - starts[field], StandardCharsets.UTF_8);
        }

        private void problem(String code, int line, int column, MessageRef message, MessageRef hint) {
            if (problems.size() < MAX_LISTED) {
                problems.add(new DataProblem(code, line, column, message, hint));
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
