package vn.baocao.excel;

import static vn.baocao.excel.EntryFormLayout.*;

import java.io.InputStream;
import java.math.BigDecimal;
import java.math.BigInteger;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import java.util.function.Function;
import org.apache.poi.openxml4j.opc.OPCPackage;
import org.apache.poi.openxml4j.opc.PackageAccess;
import org.apache.poi.openxml4j.opc.PackagePart;
import org.apache.poi.ss.util.CellReference;
import org.apache.poi.xssf.eventusermodel.ReadOnlySharedStringsTable;
import org.apache.poi.xssf.eventusermodel.XSSFReader;
import org.apache.poi.xssf.model.SharedStrings;
import org.xml.sax.SAXException;
import vn.baocao.api.program.ProgramType;
import vn.baocao.core.data.DataProblem;
import vn.baocao.core.data.ImportResult;
import vn.baocao.core.data.SpreadsheetReader;
import vn.baocao.core.data.TextRow;
import vn.baocao.core.data.ValueSink;
import vn.baocao.core.i18n.MessageRef;
import vn.baocao.core.plugin.Registry;

/**
 * Reads a filled entry form back into the store, or a workbook whose first sheet is laid out like a
 * CSV file (a header row with {@code indicator}, {@code unit}, {@code period}, {@code value}, …). Each
 * value becomes one row for the platform's importer, so the same per-value checks apply as to CSV;
 * every problem is reported at its cell ({@code 'Số liệu'!D7}). A file is taken whole or not at all.
 *
 * <p>The workbook is read as a stream, whatever its size: the package is opened for reading, the
 * shared strings are read once, and each sheet's XML is walked row by row ({@link SheetWalker}), each
 * value handed to the sink as its row is read. A numeric cell is taken exactly as the file writes it
 * ({@code 0.1} is one tenth), so long as Excel can have held it (15 significant digits). A file that
 * is not a workbook, or is broken, or unpacks to far more than it holds (POI's zip-bomb limits), is
 * refused in one sentence that names no library.
 */
public final class EntryFormReader implements SpreadsheetReader {
    /** Excel holds 15 significant digits of a number: a numeric cell with more was already rounded by it. */
    private static final int EXCEL_DIGITS = 15;
    /** The most decimals a value may have (as in the core's number grammar). */
    private static final int MAX_SCALE = 18;

    @Override
    public ImportResult read(Path file, Registry registry, Optional<ProgramType> expected,
                             Function<Optional<ProgramType>, ValueSink> sinks) {
        Sinks opened = new Sinks(sinks);
        OPCPackage pkg = null;
        try {
            pkg = OPCPackage.open(file.toFile(), PackageAccess.READ);
            return read(pkg, registry, expected, opened);
        } catch (SinkFault fault) {
            throw fault.cause;
        } catch (Exception e) {
            // POI and the XML parser report a file that is not a workbook (a renamed CSV, a broken zip, a zip
            // bomb, broken XML) with exceptions of every kind, checked and unchecked; their text is not for users
            SinkFault fault = faultIn(e);
            if (fault != null) throw fault.cause;
            try {
                return refuse(opened, expected, problem("form.unreadable", MessageRef.of("form.unreadable"),
                        MessageRef.of("form.unreadable.hint"), null));
            } catch (SinkFault f) {
                throw f.cause;
            }
        } finally {
            if (pkg != null) {
                try {
                    pkg.revert();
                } catch (RuntimeException e) {
                    // opened for reading: nothing to write back, nothing lost
                }
            }
        }
    }

    private ImportResult read(OPCPackage pkg, Registry registry, Optional<ProgramType> expected, Sinks sinks) throws Exception {
        XSSFReader workbook = new XSSFReader(pkg);
        XSSFReader.SheetIterator sheets = workbook.getSheetIterator();
        Sheet first = null;
        Sheet meta = null;
        Sheet data = null;
        while (sheets.hasNext()) {
            try (InputStream unused = sheets.next()) {
                Sheet sheet = new Sheet(sheets.getSheetName(), sheets.getSheetPart());
                if (first == null) first = sheet;
                if (meta == null && META_SHEET.equalsIgnoreCase(sheet.name)) meta = sheet;
                if (data == null && DATA_SHEET.equalsIgnoreCase(sheet.name)) data = sheet;
            }
        }
        SharedStrings strings = new ReadOnlySharedStringsTable(pkg, false);
        if (meta == null && first != null) {
            TableImport table = new TableImport(strings, first, sinks, expected);
            walk(first, table);
            if (table.result != null) return table.result;
        }
        if (meta == null || data == null) {
            return refuse(sinks, expected, problem("form.notAForm", MessageRef.of("form.notAForm"), MessageRef.of("form.notAForm.hint"), null));
        }
        MetaReader about = new MetaReader(strings);
        walk(meta, about);
        if (!FORMAT.equals(about.format)) {
            return refuse(sinks, expected, problem("form.notAForm", MessageRef.of("form.notAForm"), MessageRef.of("form.notAForm.hint"), null));
        }
        String programId = about.program;
        Optional<ProgramType> program = registry.programType(programId);
        if (program.isEmpty()) {
            return refuse(sinks, expected, problem("form.unknownProgram", MessageRef.of("form.unknownProgram", programId),
                    MessageRef.of("form.unknownProgram.hint"), null));
        }
        if (expected.isPresent() && !expected.get().id().equals(programId)) {
            return refuse(sinks, expected, problem("form.otherProgram", MessageRef.of("form.otherProgram", programId, expected.get().id()),
                    MessageRef.of("form.otherProgram.hint"), null));
        }
        FormImport form = new FormImport(strings, data, about.period, sinks.open(program));
        walk(data, form);
        return form.result;
    }

    private static void walk(Sheet sheet, SheetWalker walker) throws Exception {
        InputStream in = sheet.part().getInputStream();
        try {
            walker.walk(in);
        } finally {
            try {
                in.close();
            } catch (Exception e) {
                // the sheet was read to where the reader needed; a failure to close changes nothing of it
            }
        }
    }

    /** A sheet of the workbook: its name (for cell references) and its part in the package. */
    private record Sheet(String name, PackagePart part) {}

    /** The one sink of a read, opened once for the program the workbook turns out to be for. */
    private static final class Sinks {
        private final Function<Optional<ProgramType>, ValueSink> sinks;
        private ValueSink sink;

        Sinks(Function<Optional<ProgramType>, ValueSink> sinks) {
            this.sinks = sinks;
        }

        ValueSink open(Optional<ProgramType> program) {
            try {
                if (sink == null) sink = sinks.apply(program);
                return sink;
            } catch (RuntimeException e) {
                throw new SinkFault(e);
            }
        }
    }

    /** Refuses the file as a whole with one problem. */
    private static ImportResult refuse(Sinks sinks, Optional<ProgramType> program, DataProblem problem) {
        ValueSink sink = sinks.open(program);
        try {
            return sink.refuse(problem);
        } catch (RuntimeException e) {
            throw new SinkFault(e);
        }
    }

    /** The hidden sheet's format marker, program and period (column B of its first rows). */
    private static final class MetaReader extends SheetWalker {
        String format = "";
        String program = "";
        String period = "";

        MetaReader(SharedStrings strings) {
            super(strings);
            limit = 2;
        }

        @Override
        void row(int r, Cells cells) throws SAXException {
            if (r == META_FORMAT) format = cells.text(1);
            else if (r == META_PROGRAM) program = cells.text(1);
            else if (r == META_PERIOD) period = cells.text(1);
            if (r >= Math.max(META_FORMAT, Math.max(META_PROGRAM, META_PERIOD))) throw stop();
        }
    }

    /**
     * The data sheet of an entry form: the code row says what each column holds; then each value
     * cell of a unit's row is one value, in the form's period.
     */
    private static final class FormImport extends SheetWalker {
        private final String sheetName;
        private final String period;
        private final ValueSink sink;
        private final CellRow row;
        private final List<String[]> columns = new ArrayList<>();
        /** The sink's category column of each column's categories, looked up on first use. */
        private int[][] categoryColumns;
        private int commentColumn = -1;
        private boolean codesRead;
        ImportResult result;

        FormImport(SharedStrings strings, Sheet data, String period, ValueSink sink) {
            super(strings);
            this.sheetName = data.name();
            this.period = period;
            this.sink = sink;
            this.row = new CellRow(sheetName);
        }

        @Override
        void row(int r, Cells cells) throws SAXException {
            guard(() -> {
                if (r < CODE_ROW) return;
                if (!codesRead) {
                    codes(r == CODE_ROW ? cells : null);
                    if (r == CODE_ROW) return;
                }
                if (r >= FIRST_DATA_ROW) values(r, cells);
            });
        }

        @Override
        void end() throws SAXException {
            guard(() -> {
                if (!codesRead) codes(null);
                if (!sink.hasProblems() && sink.rows() == 0) {
                    result = sink.refuse(problem("form.empty", MessageRef.of("form.empty"), MessageRef.of("form.empty.hint"),
                            ref(sheetName, FIRST_DATA_ROW, FIRST_VALUE_COLUMN)));
                } else {
                    result = sink.finish();
                }
            });
        }

        /** Reads the code row; a form whose code row is wrong is not read further. */
        private void codes(Cells codes) throws SAXException {
            codesRead = true;
            boolean bad = false;
            for (int c = FIRST_VALUE_COLUMN; codes != null && c < codes.width; c++) {
                String code = codes.text(c);
                if (COMMENT_CODE.equals(code)) {
                    commentColumn = c;
                    break;
                }
                Optional<String[]> parsed = parse(code);
                if (parsed.isEmpty()) {
                    sink.problem(problem("form.badColumnCode", MessageRef.of("form.badColumnCode", code), MessageRef.of("form.notAForm.hint"),
                            ref(sheetName, CODE_ROW, c)));
                    columns.add(null);
                    bad = true;
                    continue;
                }
                columns.add(parsed.get());
            }
            if (columns.isEmpty()) {
                result = sink.refuse(problem("form.notAForm", MessageRef.of("form.notAForm"), MessageRef.of("form.notAForm.hint"),
                        ref(sheetName, CODE_ROW, FIRST_VALUE_COLUMN)));
                throw stop();
            }
            if (bad) {
                result = sink.finish();
                throw stop();
            }
            categoryColumns = new int[columns.size()][];
            limit = Math.max(FIRST_VALUE_COLUMN + columns.size(), commentColumn + 1);
        }

        private void values(int r, Cells cells) {
            String unit = null;
            String comment = null;
            for (int k = 0; k < columns.size(); k++) {
                int c = FIRST_VALUE_COLUMN + k;
                if (cells.isEmpty(c) && !cells.isFormula(c)) continue;
                if (unit == null) {
                    unit = cells.text(UNIT_CODE_COLUMN);
                    comment = commentColumn < 0 ? "" : cells.text(commentColumn);
                }
                if (unit.isEmpty()) {
                    sink.problem(problem("form.missingUnit", MessageRef.of("form.missingUnit"), MessageRef.of("form.missingUnit.hint"),
                            ref(sheetName, r, UNIT_CODE_COLUMN)));
                    break;
                }
                String[] column = columns.get(k);
                row.begin(r);
                row.put(ValueSink.INDICATOR, column[0], c);
                row.put(ValueSink.UNIT, unit, UNIT_CODE_COLUMN);
                row.put(ValueSink.PERIOD, period, c);
                int[] categories = categoryColumns[k];
                if (categories == null) {
                    categories = new int[(column.length - 1) / 2];
                    for (int j = 1; j + 1 < column.length; j += 2) categories[j / 2] = sink.categoryColumn(column[j]);
                    categoryColumns[k] = categories;
                }
                for (int j = 1; j + 1 < column.length; j += 2) {
                    int categoryColumn = categories[j / 2];
                    if (categoryColumn >= 0) row.put(ValueSink.FIRST_CATEGORY + categoryColumn, column[j + 1], c);
                }
                if (commentColumn >= 0) row.put(ValueSink.COMMENT, comment, commentColumn);
                if (row.value(cells, c, sink)) sink.row(row);
            }
        }
    }

    /**
     * A first sheet laid out like a CSV file, imported row by row through the same checks; each
     * problem is placed at the cell of its row and column. {@link #result} stays null when the
     * sheet's first row is not such a header.
     */
    private static final class TableImport extends SheetWalker {
        private final String sheetName;
        private final Sinks sinks;
        private final Optional<ProgramType> expected;
        private final CellRow row;
        private ValueSink sink;
        private int header = -1;
        private int[] fieldOf;
        ImportResult result;

        TableImport(SharedStrings strings, Sheet sheet, Sinks sinks, Optional<ProgramType> expected) {
            super(strings);
            this.sheetName = sheet.name();
            this.sinks = sinks;
            this.expected = expected;
            this.row = new CellRow(sheetName);
        }

        @Override
        void row(int r, Cells cells) throws SAXException {
            if (fieldOf == null) {
                header(r, cells);
                return;
            }
            if (r <= header) return;
            guard(() -> values(r, cells));
        }

        @Override
        void end() throws SAXException {
            if (sink != null) guard(() -> result = sink.finish());
        }

        /** The first row: a table's header, or the sign that this sheet is not a table. */
        private void header(int r, Cells cells) throws SAXException {
            boolean indicator = false;
            boolean value = false;
            for (int c = 0; c < cells.width; c++) {
                String name = cells.text(c).toLowerCase(Locale.ROOT);
                indicator |= name.equals("indicator");
                value |= name.equals("value");
            }
            if (!indicator || !value) throw stop();
            header = r;
            guard(() -> {
                sink = sinks.open(expected);
                fieldOf = new int[cells.width];
                Arrays.fill(fieldOf, -1);
                Set<Integer> present = new HashSet<>();
                for (int c = 0; c < fieldOf.length; c++) {
                    String name = cells.text(c).toLowerCase(Locale.ROOT);
                    int field = ValueSink.fieldNamed(name);
                    if (field < 0 && !name.isEmpty()) {
                        int column = sink.categoryColumn(name);
                        if (column < 0) {
                            sink.problem(problem("data.unknownColumn", MessageRef.of("data.unknownColumn", name), MessageRef.of("data.header.hint"),
                                    ref(sheetName, r, c)));
                        } else {
                            field = ValueSink.FIRST_CATEGORY + column;
                        }
                    }
                    fieldOf[c] = field;
                    present.add(field);
                }
                if (!present.contains(ValueSink.UNIT)) {
                    sink.problem(problem("data.missingColumn", MessageRef.of("data.missingColumn", "unit"), MessageRef.of("data.header.hint"),
                            ref(sheetName, r, 0)));
                }
                if (!present.contains(ValueSink.PERIOD)) {
                    sink.problem(problem("data.missingColumn", MessageRef.of("data.missingColumn", "period"), MessageRef.of("data.header.hint"),
                            ref(sheetName, r, 0)));
                }
            });
            if (sink.hasProblems()) {
                guard(() -> result = sink.finish());
                throw stop();
            }
            limit = fieldOf.length;
        }

        private void values(int r, Cells cells) {
            boolean any = false;
            for (int c = 0; c < fieldOf.length && !any; c++) any = !cells.isEmpty(c) || cells.isFormula(c);
            if (!any) return;
            row.begin(r);
            boolean ok = true;
            for (int c = 0; c < fieldOf.length; c++) {
                if (fieldOf[c] < 0) continue;
                if (fieldOf[c] == ValueSink.VALUE) ok = row.value(cells, c, sink);
                else row.put(fieldOf[c], cells.text(c), c);
            }
            if (ok) sink.row(row);
        }
    }

    /** Work that hands rows to the sink, and may stop the walk. */
    private interface SinkWork {
        void run() throws SAXException;
    }

    /** Runs what hands rows to the sink: a failure there is the platform's own, not the file's. */
    private static void guard(SinkWork work) throws SAXException {
        try {
            work.run();
        } catch (SinkFault fault) {
            throw fault;
        } catch (RuntimeException e) {
            throw new SinkFault(e);
        }
    }

    /** A fault of the platform while the sheet was read, carried through the XML parser untouched. */
    private static final class SinkFault extends RuntimeException {
        private static final long serialVersionUID = 1L;
        final RuntimeException cause;

        SinkFault(RuntimeException cause) {
            super(cause);
            this.cause = cause;
        }
    }

    private static SinkFault faultIn(Throwable e) {
        for (Throwable t = e; t != null; t = t.getCause()) {
            if (t instanceof SinkFault fault) return fault;
            if (t instanceof SAXException sax && sax.getException() instanceof SinkFault fault) return fault;
        }
        return null;
    }

    /** A number as a person writes it: in digits, unless it has so many that Excel itself shows it as 1E+300. */
    private static String shown(BigDecimal number) {
        return number.precision() - number.scale() <= 25 ? number.toPlainString() : number.toString();
    }

    private static String ref(String sheet, int r, int c) {
        return new CellReference(sheet, r, c, false, false).formatAsString();
    }

    private static DataProblem problem(String key, MessageRef message, MessageRef hint, String cell) {
        DataProblem p = new DataProblem(key, 0, -1, 0, message, hint);
        return cell == null ? p : p.at(cell);
    }

    /**
     * A sheet row's cells as the sink sees them: texts side by side in one buffer, a numeric cell as
     * its number, each problem placed at the cell of its field.
     */
    private static final class CellRow extends TextRow {
        private final String sheet;
        private int[] cellColumn = new int[16];
        private int sheetRow;

        CellRow(String sheet) {
            this.sheet = sheet;
        }

        void begin(int r) {
            sheetRow = r;
            clear();
            Arrays.fill(cellColumn, -1);
        }

        /** Sets a field from the cell in {@code column}, whose reference its problems name. */
        void put(int field, String text, int column) {
            if (field >= cellColumn.length) {
                int old = cellColumn.length;
                cellColumn = Arrays.copyOf(cellColumn, field + 4);
                Arrays.fill(cellColumn, old, cellColumn.length, -1);
            }
            cellColumn[field] = column;
            put(field, text);
        }

        /**
         * Takes the value cell: a number exactly as the file writes it, text through the number
         * grammar; a formula without a stored result, or a number with more digits than Excel keeps,
         * is refused at its cell.
         */
        boolean value(SheetWalker.Cells cells, int column, ValueSink sink) {
            byte kind = cells.kind(column);
            if (kind == SheetWalker.Cells.FORMULA_WITHOUT_RESULT) {
                sink.problem(cellProblem(column, "form.formulaWithoutResult", MessageRef.of("form.formulaWithoutResult", cells.raw(column)),
                        MessageRef.of("form.formulaWithoutResult.hint")));
                return false;
            }
            if (kind == SheetWalker.Cells.NUMBER) {
                BigDecimal written = cells.number(column);
                if (written == null) {
                    // longer than any number Excel writes
                    sink.problem(cellProblem(column, "form.numberTooLong", MessageRef.of("form.numberTooLong", cells.raw(column)),
                            MessageRef.of("form.numberTooLong.hint")));
                    return false;
                }
                BigDecimal exact = written.stripTrailingZeros();
                if (exact.precision() > EXCEL_DIGITS || exact.scale() > MAX_SCALE) {
                    sink.problem(cellProblem(column, "form.numberTooLong", MessageRef.of("form.numberTooLong", shown(exact)),
                            MessageRef.of("form.numberTooLong.hint")));
                    return false;
                }
                // at most 15 digits, but 2^63 or more (1E+19): more than a value holds
                BigInteger digits = exact.precision() - exact.scale() > 19 ? null
                        : (exact.scale() < 0 ? exact.setScale(0) : exact).unscaledValue();
                if (digits == null || digits.bitLength() > 63) {
                    sink.problem(cellProblem(column, "number.tooLarge", MessageRef.of("number.tooLarge", shown(exact)),
                            MessageRef.of("number.tooLarge.hint")));
                    return false;
                }
                put(ValueSink.VALUE, "", column);
                number(digits.longValue(), Math.max(0, exact.scale()));
                return true;
            }
            put(ValueSink.VALUE, cells.text(column), column);
            return true;
        }

        private DataProblem cellProblem(int column, String code, MessageRef message, MessageRef hint) {
            return new DataProblem(code, sheetRow + 1, -1, column + 1, message, hint).at(ref(sheet, sheetRow, column));
        }

        @Override
        public int line() {
            return sheetRow + 1;
        }

        /** Each column's reference without the row, made once: every row of a sheet asks for it. */
        private String[] cellsOfColumn = new String[0];

        @Override
        public String valueCells() {
            int column = cellColumn.length > ValueSink.VALUE ? cellColumn[ValueSink.VALUE] : -1;
            if (column < 0) return null;
            if (column >= cellsOfColumn.length) cellsOfColumn = Arrays.copyOf(cellsOfColumn, column + 1);
            if (cellsOfColumn[column] == null) {
                String first = ref(sheet, 0, column); // 'Số liệu'!D1
                cellsOfColumn[column] = first.substring(0, first.length() - 1);
            }
            return cellsOfColumn[column];
        }

        @Override
        public DataProblem at(int field, String code, MessageRef message, MessageRef hint) {
            int column = field >= 0 && field < cellColumn.length && cellColumn[field] >= 0 ? cellColumn[field]
                    : cellColumn.length > ValueSink.VALUE && cellColumn[ValueSink.VALUE] >= 0 ? cellColumn[ValueSink.VALUE] : 0;
            return cellProblem(column, code, message, hint);
        }
    }
}
