package vn.baocao.core.data;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.Locale;
import vn.baocao.core.i18n.MessageRef;

/**
 * Reads indicator values from CSV (RFC 4180) into a {@link ValueSink}: a header naming the columns
 * ({@code indicator}, {@code unit}, {@code period}, {@code value}, one column per disaggregation such
 * as {@code sex}, and an optional {@code comment}), then one value a record. Fields may be quoted,
 * quoted fields may hold commas, doubled quotes and line breaks. The bytes must be UTF-8: the first
 * byte that is not is reported with its line and column, and a UTF-16 file is recognised by its byte
 * order mark, rather than either being read as replacement characters. One pass over the bytes; a
 * row's fields are handed to the sink where they lie in the buffer.
 */
final class CsvReader {
    private static final int BUFFER = 1 << 20;
    private static final int MAX_FIELDS = 64;

    private enum Role { INDICATOR, UNIT, PERIOD, VALUE, COMMENT, CATEGORY }

    /** Where the reader's rows and problems go: the sink itself, or a worker resolving rows for it. */
    interface Rows {
        void row(ValueSink.Row row);

        void problem(DataProblem problem);
    }

    private final ValueSink sink;
    private final Rows out;
    private final RowView row = new RowView();
    private final int[] starts = new int[MAX_FIELDS];
    private final int[] ends = new int[MAX_FIELDS];
    /** Which fields of the record were quoted: their doubled quotes are undone once the record is whole. */
    private final boolean[] quoted = new boolean[MAX_FIELDS];
    /** For each field of a record, the sink field it fills (-1: none). */
    private int[] fieldOf;
    private boolean header = true;
    private boolean stopped;
    /** The separator of the fields: a comma, or a semicolon where the header has semicolons and no comma. */
    private byte separator = ',';
    private long separators = 0x2C2C2C2C2C2C2C2CL;

    CsvReader(ValueSink sink) {
        this.sink = sink;
        this.out = new Rows() {
            @Override
            public void row(ValueSink.Row row) {
                sink.row(row);
            }

            @Override
            public void problem(DataProblem problem) {
                sink.problem(problem);
            }
        };
    }

    /** A reader of a part of a file after its header, whose columns and separator another reader read. */
    private CsvReader(ValueSink sink, Rows out, int[] fieldOf, byte separator) {
        this.sink = sink;
        this.out = out;
        this.fieldOf = fieldOf;
        separator(separator);
        this.header = false;
        row.size(fieldOf.length + ValueSink.FIRST_CATEGORY);
        row.columns(fieldOf);
    }

    /** A reader of the records of a part of a file, the header already read. */
    static CsvReader body(ValueSink sink, Rows out, int[] fieldOf, byte separator) {
        return new CsvReader(sink, out, fieldOf, separator);
    }

    /** The separator the header was read with, for readers of the file's other parts. */
    byte separator() {
        return separator;
    }

    private void separator(byte s) {
        separator = s;
        separators = (s & 0xFFL) * 0x0101010101010101L;
    }

    /**
     * Excel set to Vietnamese (or any locale whose decimal mark is a comma) saves "CSV" with
     * semicolons between the fields: a first line with semicolons and no comma outside quotes says so.
     */
    private void detectSeparator(byte[] b, int from, int limit) {
        int commas = 0, semicolons = 0;
        boolean quoted = false;
        for (int i = from; i < limit && b[i] != '\n'; i++) {
            if (b[i] == '"') quoted = !quoted;
            else if (!quoted && b[i] == ',') commas++;
            else if (!quoted && b[i] == ';') semicolons++;
        }
        separator(commas == 0 && semicolons > 0 ? (byte) ';' : (byte) ',');
    }

    /** The columns of the header once read (for readers of the file's other parts), or null. */
    int[] columns() {
        return fieldOf;
    }

    /** Whether reading stopped at a problem that makes the rest unreadable (an unclosed quote at the end, a wrong byte). */
    boolean stopped() {
        return stopped;
    }

    /** Where the header ended: the offset of the first record after it, once {@link #readHeader} has read it. */
    private int headerEnd = -1;

    /**
     * Reads only the header from the first bytes of a file, for a reader that splits the rest.
     *
     * @return the offset of the first record after the header, or -1 when the header is not complete
     *         and clean within these bytes (the caller then reads the file as a whole)
     */
    int readHeader(byte[] head, int length) {
        if (length < 2 || !encodingAccepted(head, length)) return -1;
        int start = length >= 3 && (head[0] & 0xFF) == 0xEF && (head[1] & 0xFF) == 0xBB && (head[2] & 0xFF) == 0xBF ? 3 : 0;
        detectSeparator(head, start, length);
        int end = record(head, start, length, 1, false);
        if (end < 0 || stopped || sink.hasProblems() || fieldOf == null) return -1;
        headerEnd = end + 1;
        return headerEnd;
    }

    /** The lines the header took (more than one when a quoted name holds a line break). */
    int headerLines() {
        return newlines;
    }

    /** Reads a CSV file into the store with every check of an import: for tests and tools of this package. */
    static ImportResult importFile(ValueStore store, java.nio.file.Path file, ImportOptions options) throws IOException {
        try (InputStream in = java.nio.file.Files.newInputStream(file)) {
            return new CsvReader(new ValueSink(store, file.toString(), options)).read(in);
        }
    }

    /** Reads the stream to its end (or to the first problem that makes the rest unreadable). */
    ImportResult read(InputStream in) throws IOException {
        readRecords(in, 1);
        if (header && !stopped) {
            sink.problem(new DataProblem("data.noHeader", 1, -1, 1, MessageRef.of("data.noHeader"), MessageRef.of("data.header.hint")));
        } else if (fieldOf != null && !sink.hasProblems() && sink.rows() == 0) {
            sink.problem(new DataProblem("data.noValues", 2, -1, 1, MessageRef.of("data.noValues"), MessageRef.of("data.header.hint")));
        }
        return sink.finish();
    }

    private void readRecords(InputStream in, int firstLine) throws IOException {
        byte[] buffer = new byte[BUFFER];
        int filled = 0;
        int line = firstLine;
        boolean eof = false;
        boolean first = true;
        while (!eof && !stopped) {
            int read = in.read(buffer, filled, buffer.length - filled);
            if (read < 0) {
                eof = true;
                if (filled == 0) break;
                if (buffer[filled - 1] != '\n') {
                    buffer = ensure(buffer, filled + 1);
                    buffer[filled++] = '\n'; // the last record may lack its line break
                }
            } else {
                filled += read;
                sink.progress().read(read);
            }
            int start = 0;
            if (first && header && filled >= 2) {
                first = false;
                if (!encodingAccepted(buffer, filled)) return;
                if (filled >= 3 && (buffer[0] & 0xFF) == 0xEF && (buffer[1] & 0xFF) == 0xBB && (buffer[2] & 0xFF) == 0xBF) start = 3;
                detectSeparator(buffer, start, filled);
            }
            while (start < filled && !stopped) {
                int end = plainRecord(buffer, start, filled, line);
                if (end == NOT_PLAIN) end = record(buffer, start, filled, line, eof);
                if (end < 0) break; // the record goes on in the next chunk
                line += newlines;
                start = end + 1;
            }
            if (start == 0 && filled == buffer.length) {
                buffer = ensure(buffer, buffer.length * 2); // a record longer than the buffer
            } else {
                System.arraycopy(buffer, start, buffer, 0, filled - start);
                filled -= start;
            }
        }
    }

    /** Reads the records of a stream that starts at line {@code firstLine}, after the header, handing them to {@link #out}. */
    void readBody(InputStream in, int firstLine) throws IOException {
        readRecords(in, firstLine);
    }

    /** Refuses a file that is UTF-16 or not text at all, before anything is read from it. */
    private boolean encodingAccepted(byte[] b, int filled) {
        int b0 = b[0] & 0xFF, b1 = b[1] & 0xFF;
        if ((b0 == 0xFF && b1 == 0xFE) || (b0 == 0xFE && b1 == 0xFF)) {
            stop(new DataProblem("data.utf16", 1, -1, 1, MessageRef.of("data.utf16"), MessageRef.of("data.encoding.hint")));
            return false;
        }
        if (b0 == 'P' && b1 == 'K') {
            stop(new DataProblem("data.notCsv.zip", 1, -1, 1, MessageRef.of("data.notCsv.zip"), MessageRef.of("data.notCsv.zip.hint")));
            return false;
        }
        boolean zeros = false;
        for (int i = 0; i < Math.min(filled, 4096) && !zeros; i++) zeros = b[i] == 0;
        if (!zeros) return true;
        boolean utf16 = vn.baocao.core.read.Utf16.looksLike(b, filled);
        stop(utf16 ? new DataProblem("data.utf16", 1, -1, 1, MessageRef.of("data.utf16"), MessageRef.of("data.encoding.hint"))
                : new DataProblem("data.binary", 1, -1, 1, MessageRef.of("data.binary"), MessageRef.of("data.header.hint")));
        return false;
    }

    /** Line breaks inside the last record scanned (quoted ones included), plus its own. */
    private int newlines;

    private static final int NOT_PLAIN = -2;

    /**
     * The usual record, without quotes or characters beyond ASCII, split eight bytes at a time: each
     * word's commas and line breaks found at once and taken in order, each field's place written
     * straight into the row the sink reads. Anything else (the header, a quote, a multi-byte
     * character, a wrong number of fields, a blank line, the end of the buffer near) is left to
     * {@link #record}, which reads the record again from its start.
     *
     * @return the index of the line break that ends the record, or {@link #NOT_PLAIN}
     */
    private int plainRecord(byte[] b, int from, int limit, int line) {
        int[] targets = fieldOf;
        if (header || targets == null) return NOT_PLAIN;
        int count = targets.length;
        int[] rowStarts = row.starts;
        int[] rowEnds = row.ends;
        int fields = 0;
        int fieldStart = from;
        for (int i = from; i + 8 <= limit; i += 8) {
            long marks = marks((long) LONGS.get(b, i), separators);
            while (marks != 0) {
                int at = i + (Long.numberOfTrailingZeros(marks) >>> 3);
                byte c = b[at];
                if (fields == count || (c != separator && c != '\n')) return NOT_PLAIN;
                int end = c == '\n' && at > fieldStart && b[at - 1] == '\r' ? at - 1 : at;
                int target = targets[fields++];
                if (target >= 0) {
                    rowStarts[target] = fieldStart;
                    rowEnds[target] = end;
                }
                if (c == '\n') {
                    if (fields != count) return NOT_PLAIN;
                    newlines = 1;
                    row.set(b, from, line);
                    out.row(row);
                    return at;
                }
                fieldStart = at + 1;
                marks &= marks - 1;
            }
        }
        return NOT_PLAIN;
    }

    /**
     * Splits the record starting at {@code from} into fields in one pass and hands it on.
     *
     * @return the index of the line break that ends it, or -1 when the buffer ends first
     */
    private int record(byte[] b, int from, int limit, int line, boolean eof) {
        int fields = 0;
        int fieldStart = from;
        boolean tooMany = false;
        int breaks = 0;
        for (int i = from; i < limit; i++) {
            // ordinary bytes eight at a time, up to the next that needs a look
            while (i + 8 <= limit) {
                long marks = marks((long) LONGS.get(b, i), separators);
                if (marks != 0) {
                    i += Long.numberOfTrailingZeros(marks) >>> 3;
                    break;
                }
                i += 8;
            }
            if (i >= limit) break;
            byte c = b[i];
            if (c == separator || c == '\n') {
                int end = c == '\n' && i > fieldStart && b[i - 1] == '\r' ? i - 1 : i;
                if (fields < MAX_FIELDS) {
                    starts[fields] = fieldStart;
                    ends[fields] = end;
                    quoted[fields] = false;
                    fields++;
                } else {
                    tooMany = true;
                }
                if (c == '\n') {
                    newlines = breaks + 1;
                    handle(b, from, end, fields, tooMany, line);
                    return i;
                }
                fieldStart = i + 1;
            } else if (c == '"' && i == fieldStart) {
                // a quoted field: up to the closing quote, across commas and line breaks
                int close = i + 1;
                int inside = 0;
                while (close < limit && !(b[close] == '"' && (close + 1 >= limit || b[close + 1] != '"'))) {
                    if (b[close] == '\n') inside++;
                    if (b[close] < 0) {
                        int n = utf8(b, close, limit, from, line + breaks + inside);
                        if (n <= 0) return stopped ? limit - 1 : -1;
                        close += n;
                        continue;
                    }
                    close += b[close] == '"' ? 2 : 1;
                }
                if (close >= limit) {
                    if (!eof) return -1;
                    stop(new DataProblem("data.unclosedQuote", line, -1, column(b, from, i), MessageRef.of("data.unclosedQuote"),
                            MessageRef.of("data.unclosedQuote.hint")));
                    return limit - 1;
                }
                breaks += inside;
                if (fields < MAX_FIELDS) {
                    starts[fields] = i + 1;
                    ends[fields] = close;
                    quoted[fields] = true;
                    fields++;
                } else {
                    tooMany = true;
                }
                i = close + 1; // the comma or line break after the closing quote
                if (i < limit && b[i] == '\r' && i + 1 < limit && b[i + 1] == '\n') i++;
                if (i >= limit) return -1;
                if (b[i] == '\n') {
                    newlines = breaks + 1;
                    handle(b, from, i, fields, tooMany, line);
                    return i;
                }
                if (b[i] != separator) {
                    int lineBegin = i;
                    while (lineBegin > from && b[lineBegin - 1] != '\n') lineBegin--;
                    stop(new DataProblem("data.textAfterQuote", line + breaks, -1, column(b, lineBegin, i), MessageRef.of("data.textAfterQuote"),
                            MessageRef.of("data.unclosedQuote.hint")));
                    return limit - 1;
                }
                fieldStart = i + 1;
            } else if (c < 0) {
                int n = utf8(b, i, limit, from, line + breaks);
                if (n <= 0) return stopped ? limit - 1 : -1;
                i += n - 1;
            }
        }
        return -1;
    }

    private static final java.lang.invoke.VarHandle LONGS =
            java.lang.invoke.MethodHandles.byteArrayViewVarHandle(long[].class, java.nio.ByteOrder.LITTLE_ENDIAN);
    private static final long LOW7 = 0x7F7F7F7F7F7F7F7FL;

    /**
     * The high bit of each byte of the word (first byte lowest) that is the separator (given eight
     * times over), a line break, a quote or part of a multi-byte character: the bytes the scanner
     * must look at.
     */
    private static long marks(long word, long separators) {
        return zeroBytes(word ^ separators) | zeroBytes(word ^ 0x0A0A0A0A0A0A0A0AL)
                | zeroBytes(word ^ 0x2222222222222222L) | (word & ~LOW7);
    }

    /** The high bit of each byte that is zero, exactly (no carries between bytes). */
    private static long zeroBytes(long x) {
        return ~(((x & LOW7) + LOW7) | x | LOW7);
    }

    /**
     * Checks the UTF-8 sequence starting at {@code i}; a wrong one stops the file with its place.
     *
     * @return the sequence's length; 0 when it goes on past the buffer; -1 when the file stops here
     */
    private int utf8(byte[] b, int i, int limit, int lineStart, int line) {
        int lead = b[i] & 0xFF;
        int length = lead >= 0xF0 && lead <= 0xF4 ? 4 : lead >= 0xE0 && lead < 0xF0 ? 3 : lead >= 0xC2 && lead < 0xE0 ? 2 : 0;
        boolean ok = length > 0;
        for (int k = 1; ok && k < length; k++) {
            if (i + k >= limit) return 0; // read more first
            ok = (b[i + k] & 0xC0) == 0x80;
        }
        if (ok) return length;
        int lineBegin = i;
        while (lineBegin > lineStart && b[lineBegin - 1] != '\n') lineBegin--;
        stop(new DataProblem("data.notUtf8", line, -1, column(b, lineBegin, i), MessageRef.of("data.notUtf8", String.format("0x%02X", lead)),
                MessageRef.of("data.encoding.hint")));
        return -1;
    }

    /** Turns the doubled quotes of a quoted field into single ones, in place; returns the new end. */
    private static int unescape(byte[] b, int from, int to) {
        int w = from;
        for (int r = from; r < to; r++) {
            b[w++] = b[r];
            if (b[r] == '"' && r + 1 < to && b[r + 1] == '"') r++;
        }
        return w;
    }

    /** The column (in characters, 1-based) of byte {@code at} of a line starting at {@code lineStart}. */
    private static int column(byte[] b, int lineStart, int at) {
        int column = 1;
        for (int k = lineStart; k < at; k++) {
            if ((b[k] & 0xC0) != 0x80) column++;
        }
        return column;
    }

    private void handle(byte[] b, int from, int to, int fields, boolean tooMany, int line) {
        for (int f = 0; f < Math.min(fields, MAX_FIELDS); f++) {
            if (quoted[f]) ends[f] = unescape(b, starts[f], ends[f]);
        }
        if (header) {
            header = false;
            if (to == from) {
                stop(new DataProblem("data.noHeader", line, -1, 1, MessageRef.of("data.noHeader"), MessageRef.of("data.header.hint")));
                return;
            }
            header(b, from, fields, line);
            return;
        }
        if (fieldOf == null || to == from) {
            return; // no usable header (already reported), or a blank line
        }
        row.set(b, from, line);
        if (tooMany) {
            out.problem(row.at(-1, "data.tooManyFields", MessageRef.of("data.tooManyFields", MAX_FIELDS), MessageRef.of("data.fieldCount.hint")));
            return;
        }
        if (fields != fieldOf.length) {
            out.problem(row.at(-1, "data.fieldCount", MessageRef.of("data.fieldCount", fields, fieldOf.length), MessageRef.of("data.fieldCount.hint")));
            return;
        }
        for (int f = 0; f < fields; f++) {
            int target = fieldOf[f];
            if (target >= 0) {
                row.starts[target] = starts[f];
                row.ends[target] = ends[f];
            }
        }
        out.row(row);
    }

    private void header(byte[] b, int from, int fields, int line) {
        Role[] roles = new Role[fields];
        int[] targets = new int[fields];
        boolean ok = true;
        boolean anyKnown = false;
        java.util.List<DataProblem> unknown = new java.util.ArrayList<>();
        java.util.Map<String, Integer> seen = new java.util.HashMap<>();
        for (int f = 0; f < fields; f++) {
            String name = new String(b, starts[f], ends[f] - starts[f], StandardCharsets.UTF_8).strip().toLowerCase(Locale.ROOT);
            Integer before = seen.putIfAbsent(name, f);
            if (before != null && !name.isEmpty()) {
                // two columns of one name: which would count is a guess, so neither does
                unknown.add(new DataProblem("data.duplicateColumn", line, f, column(b, from, starts[f]),
                        MessageRef.of("data.duplicateColumn", NumberGrammar.quote(b, starts[f], ends[f]), before + 1, f + 1),
                        MessageRef.of("data.header.hint")));
                ok = false;
            }
            Role role = switch (name) {
                case "indicator" -> Role.INDICATOR;
                case "unit" -> Role.UNIT;
                case "period" -> Role.PERIOD;
                case "value" -> Role.VALUE;
                case "comment" -> Role.COMMENT;
                default -> null;
            };
            if (role != null) {
                anyKnown = true;
                targets[f] = role.ordinal();
            } else {
                int column = sink.categoryColumn(name);
                if (column >= 0) {
                    role = Role.CATEGORY;
                    targets[f] = ValueSink.FIRST_CATEGORY + column;
                } else {
                    unknown.add(new DataProblem("data.unknownColumn", line, f, column(b, from, starts[f]),
                            MessageRef.of("data.unknownColumn", NumberGrammar.quote(b, starts[f], ends[f])),
                            MessageRef.of("data.header.hint")));
                    ok = false;
                }
            }
            roles[f] = role;
        }
        if (!anyKnown) {
            // not a file of values at all (or not this platform's): say so without printing its first line
            stop(new DataProblem("data.notCsv", line, -1, 1, MessageRef.of("data.notCsv"), MessageRef.of("data.header.hint")));
            return;
        }
        unknown.forEach(sink::problem);
        for (Role required : new Role[] {Role.INDICATOR, Role.UNIT, Role.PERIOD, Role.VALUE}) {
            if (Arrays.stream(roles).noneMatch(x -> x == required)) {
                sink.problem(new DataProblem("data.missingColumn", line, -1, 1,
                        MessageRef.of("data.missingColumn", required.name().toLowerCase(Locale.ROOT)), MessageRef.of("data.header.hint")));
                ok = false;
            }
        }
        if (!ok) return;
        fieldOf = targets;
        row.size(ValueSink.FIRST_CATEGORY + fields);
        row.columns(targets);
    }

    private void stop(DataProblem problem) {
        out.problem(problem);
        stopped = true;
    }

    private static byte[] ensure(byte[] buffer, int size) {
        return size <= buffer.length ? buffer : Arrays.copyOf(buffer, Math.max(size, buffer.length * 2));
    }

    /** The current record as the sink sees it; absent fields are empty. */
    private static final class RowView implements ValueSink.Row {
        byte[] bytes;
        int lineStart;
        int line;
        int[] starts = new int[ValueSink.FIRST_CATEGORY];
        int[] ends = new int[ValueSink.FIRST_CATEGORY];
        /** The CSV field each sink field came from, for its problem's place. */
        int[] columnOf = new int[ValueSink.FIRST_CATEGORY];

        void size(int n) {
            starts = new int[n];
            ends = new int[n];
            columnOf = new int[n];
            Arrays.fill(columnOf, -1);
        }

        /** Which CSV field fills each sink field: the same for every record, so set once from the header. */
        void columns(int[] fieldOf) {
            for (int f = 0; f < fieldOf.length; f++) {
                if (fieldOf[f] >= 0) columnOf[fieldOf[f]] = f;
            }
        }

        void set(byte[] b, int from, int line) {
            // the buffer is the same for a million rows: storing a reference costs a memory fence under G1, comparing does not
            if (this.bytes != b) this.bytes = b;
            this.lineStart = from;
            this.line = line;
        }

        @Override
        public byte[] bytes() {
            return bytes;
        }

        @Override
        public int start(int field) {
            return field < starts.length ? starts[field] : 0;
        }

        @Override
        public int end(int field) {
            return field < ends.length ? ends[field] : 0;
        }

        @Override
        public int line() {
            return line;
        }

        @Override
        public DataProblem at(int field, String code, MessageRef message, MessageRef hint) {
            int csvField = field >= 0 && field < columnOf.length ? columnOf[field] : -1;
            if (csvField < 0) return new DataProblem(code, line, -1, 1, message, hint);
            // a record may span lines (a quoted line break before the field): the field's own line and column
            int at = starts[field];
            int physical = line;
            int lineBegin = lineStart;
            for (int k = lineStart; k < at; k++) {
                if (bytes[k] == '\n') {
                    physical++;
                    lineBegin = k + 1;
                }
            }
            return new DataProblem(code, physical, csvField, column(bytes, lineBegin, at), message, hint);
        }
    }
}
