package vn.baocao.app.excel;

import static vn.baocao.app.excel.EntryFormLayout.*;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.text.Normalizer;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.CellType;
import org.apache.poi.ss.usermodel.FormulaError;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.ss.usermodel.Workbook;
import org.apache.poi.ss.util.CellReference;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import vn.baocao.api.program.ProgramType;
import vn.baocao.core.data.SpreadsheetReader;
import vn.baocao.core.data.ValueSink;
import java.util.function.Function;
import vn.baocao.core.data.DataProblem;
import vn.baocao.core.data.ImportResult;
import vn.baocao.core.i18n.MessageRef;
import vn.baocao.core.plugin.Registry;

/**
 * Reads a filled entry form back into the store, or a workbook whose first sheet is laid out like a
 * CSV file (a header row with {@code indicator}, {@code unit}, {@code period}, {@code value}, …). Each
 * value becomes one row for the platform's importer, so the same per-value checks apply as to CSV;
 * every problem is reported at its cell ({@code 'Số liệu'!D7}). A file is taken whole or not at all.
 */
public final class EntryFormReader implements SpreadsheetReader {
    /** A form is a few thousand cells; anything far larger is not one. */
    static final long MAX_BYTES = 20L << 20;
    /** Excel holds 15 significant digits of a number: a numeric cell with more was already rounded by it. */
    private static final int EXCEL_DIGITS = 15;

    @Override
    public ImportResult read(Path file, Registry registry, Optional<ProgramType> expected,
                             Function<Optional<ProgramType>, ValueSink> sinks) throws IOException {
        if (Files.size(file) > MAX_BYTES) {
            return sinks.apply(expected).refuse(problem("form.tooLarge", "form.tooLarge.hint", null, Files.size(file) >> 20));
        }
        Workbook book;
        try (InputStream in = Files.newInputStream(file)) {
            book = new XSSFWorkbook(in);
        } catch (IOException | RuntimeException e) {
            // POI reports a file that is not a workbook (a renamed CSV, a broken zip) with unchecked exceptions;
            // its text is not for users
            return sinks.apply(expected).refuse(problem("form.unreadable", "form.unreadable.hint", null));
        }
        try (book) {
            Sheet meta = book.getSheet(META_SHEET);
            Sheet data = book.getSheet(DATA_SHEET);
            if (meta == null && book.getNumberOfSheets() > 0 && isTable(book.getSheetAt(0))) {
                return importTable(book.getSheetAt(0), sinks.apply(expected));
            }
            if (meta == null || data == null || !FORMAT.equals(text(cell(meta, META_FORMAT, 1)))) {
                return sinks.apply(expected).refuse(problem("form.notAForm", "form.notAForm.hint", null));
            }
            String programId = text(cell(meta, META_PROGRAM, 1));
            String period = text(cell(meta, META_PERIOD, 1));
            Optional<ProgramType> program = registry.programType(programId);
            if (program.isEmpty()) {
                return sinks.apply(expected).refuse(problem("form.unknownProgram", "form.unknownProgram.hint", null, programId));
            }
            if (expected.isPresent() && !expected.get().id().equals(programId)) {
                return sinks.apply(expected).refuse(problem("form.otherProgram", "form.otherProgram.hint", null, programId, expected.get().id()));
            }
            return importCells(data, program.get(), period, sinks.apply(program));
        }
    }

    private ImportResult importCells(Sheet data, ProgramType program, String period, ValueSink sink) {
        Row codes = data.getRow(CODE_ROW);
        List<String[]> columns = new ArrayList<>();
        int commentColumn = -1;
        boolean bad = false;
        for (int c = FIRST_VALUE_COLUMN; codes != null && c < codes.getLastCellNum(); c++) {
            String code = text(codes.getCell(c));
            if (COMMENT_CODE.equals(code)) {
                commentColumn = c;
                break;
            }
            Optional<String[]> parsed = parse(code);
            if (parsed.isEmpty()) {
                sink.problem(problem("form.badColumnCode", "form.notAForm.hint", ref(data, CODE_ROW, c), code));
                columns.add(null);
                bad = true;
                continue;
            }
            columns.add(parsed.get());
        }
        if (columns.isEmpty()) {
            return sink.refuse(problem("form.notAForm", "form.notAForm.hint", ref(data, CODE_ROW, FIRST_VALUE_COLUMN)));
        }
        if (bad) return sink.finish();
        CellRow row = new CellRow(data);
        for (int r = FIRST_DATA_ROW; r <= data.getLastRowNum(); r++) {
            Row sheetRow = data.getRow(r);
            if (sheetRow == null) continue;
            Cell unit = sheetRow.getCell(UNIT_CODE_COLUMN);
            Cell comment = commentColumn < 0 ? null : sheetRow.getCell(commentColumn);
            for (int k = 0; k < columns.size(); k++) {
                int c = FIRST_VALUE_COLUMN + k;
                Cell value = sheetRow.getCell(c);
                if (text(value).isEmpty() && !isFormula(value)) continue;
                if (text(unit).isEmpty()) {
                    sink.problem(problem("form.missingUnit", "form.missingUnit.hint", ref(data, r, UNIT_CODE_COLUMN)));
                    break;
                }
                String[] column = columns.get(k);
                row.begin(r);
                row.put(ValueSink.INDICATOR, column[0], c);
                row.put(ValueSink.UNIT, text(unit), UNIT_CODE_COLUMN);
                row.put(ValueSink.PERIOD, period, c);
                for (int j = 1; j + 1 < column.length; j += 2) {
                    int categoryColumn = sink.categoryColumn(column[j]);
                    if (categoryColumn >= 0) row.put(ValueSink.FIRST_CATEGORY + categoryColumn, column[j + 1], c);
                }
                if (commentColumn >= 0) row.put(ValueSink.COMMENT, text(comment), commentColumn);
                if (row.value(value, c, sink)) sink.row(row);
            }
        }
        if (!sink.hasProblems() && sink.rows() == 0) {
            return sink.refuse(problem("form.empty", "form.empty.hint", ref(data, FIRST_DATA_ROW, FIRST_VALUE_COLUMN)));
        }
        return sink.finish();
    }

    /** A sheet laid out like a CSV file: a header row naming the columns, then a value per row. */
    private static boolean isTable(Sheet sheet) {
        Row header = sheet.getRow(sheet.getFirstRowNum());
        if (header == null) return false;
        boolean indicator = false;
        boolean value = false;
        for (int c = 0; c < header.getLastCellNum(); c++) {
            String name = text(header.getCell(c)).toLowerCase(java.util.Locale.ROOT);
            indicator |= name.equals("indicator");
            value |= name.equals("value");
        }
        return indicator && value;
    }

    /**
     * Imports a sheet laid out like a CSV file, row by row through the same checks; each problem is
     * placed at the cell of its row and column.
     */
    private ImportResult importTable(Sheet sheet, ValueSink sink) {
        int first = sheet.getFirstRowNum();
        Row header = sheet.getRow(first);
        int[] fieldOf = new int[header.getLastCellNum()];
        java.util.Arrays.fill(fieldOf, -1);
        java.util.Set<Integer> present = new java.util.HashSet<>();
        for (int c = 0; c < fieldOf.length; c++) {
            String name = text(header.getCell(c)).toLowerCase(java.util.Locale.ROOT);
            int field = switch (name) {
                case "indicator" -> ValueSink.INDICATOR;
                case "unit" -> ValueSink.UNIT;
                case "period" -> ValueSink.PERIOD;
                case "value" -> ValueSink.VALUE;
                case "comment" -> ValueSink.COMMENT;
                case "" -> -1;
                default -> {
                    int column = sink.categoryColumn(name);
                    if (column < 0) {
                        sink.problem(problem("data.unknownColumn", "data.header.hint", ref(sheet, first, c), name));
                        yield -1;
                    }
                    yield ValueSink.FIRST_CATEGORY + column;
                }
            };
            fieldOf[c] = field;
            present.add(field);
        }
        for (String required : new String[] {"unit", "period"}) {
            int field = required.equals("unit") ? ValueSink.UNIT : ValueSink.PERIOD;
            if (!present.contains(field)) sink.problem(problem("data.missingColumn", "data.header.hint", ref(sheet, first, 0), required));
        }
        if (sink.hasProblems()) return sink.finish();
        CellRow row = new CellRow(sheet);
        for (int r = first + 1; r <= sheet.getLastRowNum(); r++) {
            Row sheetRow = sheet.getRow(r);
            if (sheetRow == null) continue;
            boolean any = false;
            for (int c = 0; c < fieldOf.length; c++) any |= !text(sheetRow.getCell(c)).isEmpty() || isFormula(sheetRow.getCell(c));
            if (!any) continue;
            row.begin(r);
            boolean ok = true;
            for (int c = 0; c < fieldOf.length; c++) {
                if (fieldOf[c] < 0) continue;
                if (fieldOf[c] == ValueSink.VALUE) ok = row.value(sheetRow.getCell(c), c, sink);
                else row.put(fieldOf[c], text(sheetRow.getCell(c)), c);
            }
            if (ok) sink.row(row);
        }
        return sink.finish();
    }

    private static boolean isFormula(Cell cell) {
        return cell != null && cell.getCellType() == CellType.FORMULA;
    }

    /** What a cell shows, as text: numbers without a trailing ".0", formulas by their last result. */
    static String text(Cell cell) {
        if (cell == null) return "";
        CellType type = cell.getCellType() == CellType.FORMULA ? cell.getCachedFormulaResultType() : cell.getCellType();
        String text = switch (type) {
            case STRING -> cell.getStringCellValue();
            case NUMERIC -> BigDecimal.valueOf(cell.getNumericCellValue()).stripTrailingZeros().toPlainString();
            case BOOLEAN -> String.valueOf(cell.getBooleanCellValue());
            case ERROR -> FormulaError.forInt(cell.getErrorCellValue()).getString();
            default -> "";
        };
        return Normalizer.normalize(text.strip(), Normalizer.Form.NFC);
    }

    private static Cell cell(Sheet sheet, int r, int c) {
        Row row = sheet.getRow(r);
        return row == null ? null : row.getCell(c);
    }

    private static String ref(Sheet sheet, int r, int c) {
        return new CellReference(sheet.getSheetName(), r, c, false, false).formatAsString();
    }

    private static DataProblem problem(String key, String hint, String cell, Object... arguments) {
        DataProblem p = new DataProblem(key, 0, -1, 0, MessageRef.of(key, arguments), MessageRef.of(hint));
        return cell == null ? p : p.at(cell);
    }

    /**
     * A sheet row's cells as the sink sees them: texts side by side in one buffer, a numeric cell as
     * its number, each problem placed at the cell of its field.
     */
    private static final class CellRow implements ValueSink.Row {
        private final Sheet sheet;
        private byte[] bytes = new byte[256];
        private int[] starts = new int[16];
        private int[] ends = new int[16];
        private int[] cellColumn = new int[16];
        private int length;
        private int sheetRow;
        private boolean numeric;
        private long unscaled;
        private int scale;

        CellRow(Sheet sheet) {
            this.sheet = sheet;
        }

        void begin(int r) {
            sheetRow = r;
            length = 0;
            numeric = false;
            java.util.Arrays.fill(starts, 0);
            java.util.Arrays.fill(ends, 0);
            java.util.Arrays.fill(cellColumn, -1);
        }

        void put(int field, String text, int column) {
            if (field >= starts.length) {
                starts = java.util.Arrays.copyOf(starts, field + 4);
                ends = java.util.Arrays.copyOf(ends, field + 4);
                int old = cellColumn.length;
                cellColumn = java.util.Arrays.copyOf(cellColumn, field + 4);
                java.util.Arrays.fill(cellColumn, old, cellColumn.length, -1);
            }
            cellColumn[field] = column;
            byte[] b = text.getBytes(StandardCharsets.UTF_8);
            if (length + b.length > bytes.length) bytes = java.util.Arrays.copyOf(bytes, Math.max(bytes.length * 2, length + b.length));
            System.arraycopy(b, 0, bytes, length, b.length);
            starts[field] = length;
            ends[field] = length + b.length;
            length += b.length;
        }

        /**
         * Takes the value cell: a number as Excel holds it, text through the number grammar; a formula
         * without a stored result, or a number with more digits than Excel keeps, is refused at its cell.
         */
        boolean value(Cell cell, int column, ValueSink sink) {
            if (cell != null && cell.getCellType() == CellType.FORMULA && !hasCachedResult(cell)) {
                sink.problem(cellProblem(column, "form.formulaWithoutResult", MessageRef.of("form.formulaWithoutResult", cell.getCellFormula()),
                        MessageRef.of("form.formulaWithoutResult.hint")));
                return false;
            }
            CellType type = cell == null ? CellType.BLANK : cell.getCellType() == CellType.FORMULA ? cell.getCachedFormulaResultType() : cell.getCellType();
            if (type == CellType.NUMERIC) {
                double d = cell.getNumericCellValue();
                BigDecimal exact = BigDecimal.valueOf(d).stripTrailingZeros();
                if (Double.isNaN(d) || Double.isInfinite(d) || exact.precision() > EXCEL_DIGITS || exact.scale() > 18) {
                    sink.problem(cellProblem(column, "form.numberTooLong", MessageRef.of("form.numberTooLong", exact.toString()),
                            MessageRef.of("form.numberTooLong.hint")));
                    return false;
                }
                if (exact.scale() < 0) exact = exact.setScale(0);
                put(ValueSink.VALUE, "", column);
                numeric = true;
                unscaled = exact.unscaledValue().longValueExact();
                scale = exact.scale();
                return true;
            }
            put(ValueSink.VALUE, text(cell), column);
            return true;
        }

        /** Whether a formula cell carries the result the spreadsheet last computed (a file written by a program may not). */
        private static boolean hasCachedResult(Cell cell) {
            if (cell instanceof org.apache.poi.xssf.usermodel.XSSFCell x) {
                return x.getCTCell().isSetV();
            }
            return true;
        }

        private DataProblem cellProblem(int column, String code, MessageRef message, MessageRef hint) {
            return new DataProblem(code, sheetRow + 1, -1, column + 1, message, hint).at(ref(sheet, sheetRow, column));
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
            return sheetRow + 1;
        }

        @Override
        public boolean numeric() {
            return numeric;
        }

        @Override
        public long unscaled() {
            return unscaled;
        }

        @Override
        public int scale() {
            return scale;
        }

        @Override
        public DataProblem at(int field, String code, MessageRef message, MessageRef hint) {
            int column = field >= 0 && field < cellColumn.length && cellColumn[field] >= 0 ? cellColumn[field]
                    : cellColumn.length > ValueSink.VALUE && cellColumn[ValueSink.VALUE] >= 0 ? cellColumn[ValueSink.VALUE] : 0;
            return cellProblem(column, code, message, hint);
        }
    }
}
