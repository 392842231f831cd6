package vn.baocao.app.excel;

import static vn.baocao.app.excel.EntryFormLayout.*;
import static vn.baocao.core.data.CsvValueImporter.csvField;

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
import vn.baocao.core.data.CsvValueImporter;
import vn.baocao.core.data.DataProblem;
import vn.baocao.core.data.ImportResult;
import vn.baocao.core.data.ValueStore;
import vn.baocao.core.i18n.MessageRef;
import vn.baocao.core.plugin.Registry;

/**
 * Reads a filled entry form back into the store, or a workbook whose first sheet is laid out like a
 * CSV file (a header row with {@code indicator}, {@code unit}, {@code period}, {@code value}, …). Each
 * value becomes one row for the platform's importer, so the same per-value checks apply as to CSV;
 * every problem is reported at its cell ({@code 'Số liệu'!D7}). A file is taken whole or not at all.
 */
public final class EntryFormReader {
    /** A form is a few thousand cells; anything far larger is not one. */
    static final long MAX_BYTES = 20L << 20;

    private final ValueStore store;
    private final Registry registry;

    public EntryFormReader(ValueStore store, Registry registry) {
        this.store = store;
        this.registry = registry;
    }

    /** Imports the form; {@code expected}, when given, is the program the form must be for. */
    public ImportResult read(Path file, Optional<ProgramType> expected) throws IOException {
        String source = file.toString();
        if (Files.size(file) > MAX_BYTES) {
            return refused(source, problem("form.tooLarge", "form.tooLarge.hint", null, Files.size(file) >> 20));
        }
        Workbook book;
        try (InputStream in = Files.newInputStream(file)) {
            book = new XSSFWorkbook(in);
        } catch (IOException | RuntimeException e) {
            // POI reports a file that is not a workbook (a renamed CSV, a broken zip) with unchecked exceptions
            return refused(source, problem("form.unreadable", "form.unreadable.hint", null, String.valueOf(e.getMessage())));
        }
        try (book) {
            Sheet meta = book.getSheet(META_SHEET);
            Sheet data = book.getSheet(DATA_SHEET);
            if (meta == null && book.getNumberOfSheets() > 0 && isTable(book.getSheetAt(0))) {
                return importTable(source, book.getSheetAt(0), expected);
            }
            if (meta == null || data == null || !FORMAT.equals(text(cell(meta, META_FORMAT, 1)))) {
                return refused(source, problem("form.notAForm", "form.notAForm.hint", null));
            }
            String programId = text(cell(meta, META_PROGRAM, 1));
            String period = text(cell(meta, META_PERIOD, 1));
            Optional<ProgramType> program = registry.programType(programId);
            if (program.isEmpty()) {
                return refused(source, problem("form.unknownProgram", "form.unknownProgram.hint", null, programId));
            }
            if (expected.isPresent() && !expected.get().id().equals(programId)) {
                return refused(source, problem("form.otherProgram", "form.otherProgram.hint", null, programId, expected.get().id()));
            }
            return importCells(source, data, program.get(), period);
        }
    }

    private ImportResult importCells(String source, Sheet data, ProgramType program, String period) throws IOException {
        List<DataProblem> problems = new ArrayList<>();
        Row codes = data.getRow(CODE_ROW);
        List<String[]> columns = new ArrayList<>();
        Set<String> disaggregations = new LinkedHashSet<>();
        int commentColumn = -1;
        for (int c = FIRST_VALUE_COLUMN; codes != null && c < codes.getLastCellNum(); c++) {
            String code = text(codes.getCell(c));
            if (COMMENT_CODE.equals(code)) {
                commentColumn = c;
                break;
            }
            Optional<String[]> parsed = parse(code);
            if (parsed.isEmpty()) {
                problems.add(problem("form.badColumnCode", "form.notAForm.hint", ref(data, CODE_ROW, c), code));
                columns.add(null);
                continue;
            }
            for (int k = 1; k < parsed.get().length; k += 2) disaggregations.add(parsed.get()[k]);
            columns.add(parsed.get());
        }
        if (columns.isEmpty()) {
            problems.add(problem("form.notAForm", "form.notAForm.hint", ref(data, CODE_ROW, FIRST_VALUE_COLUMN)));
        }
        if (!problems.isEmpty()) return refused(source, problems);

        List<String> dis = List.copyOf(disaggregations);
        StringBuilder csv = new StringBuilder("indicator,unit,period");
        dis.forEach(d -> csv.append(',').append(d));
        csv.append(",value,comment\n");
        List<int[]> places = new ArrayList<>(); // per CSV line after the header: sheet row, value column
        for (int r = FIRST_DATA_ROW; r <= data.getLastRowNum(); r++) {
            Row row = data.getRow(r);
            if (row == null) continue;
            String unit = text(row.getCell(UNIT_CODE_COLUMN));
            String comment = commentColumn < 0 ? "" : text(row.getCell(commentColumn));
            for (int k = 0; k < columns.size(); k++) {
                int c = FIRST_VALUE_COLUMN + k;
                String value = text(row.getCell(c));
                if (value.isEmpty()) continue;
                if (unit.isEmpty()) {
                    problems.add(problem("form.missingUnit", "form.missingUnit.hint", ref(data, r, UNIT_CODE_COLUMN)));
                    break;
                }
                String[] column = columns.get(k);
                csv.append(csvField(column[0])).append(',').append(csvField(unit)).append(',').append(csvField(period));
                for (String d : dis) {
                    String category = "";
                    for (int j = 1; j < column.length; j += 2) if (column[j].equals(d)) category = column[j + 1];
                    csv.append(',').append(csvField(category));
                }
                csv.append(',').append(csvField(value)).append(',').append(csvField(comment)).append('\n');
                places.add(new int[] {r, c});
            }
        }
        if (!problems.isEmpty()) return refused(source, problems);
        if (places.isEmpty()) {
            return refused(source, problem("form.empty", "form.empty.hint", ref(data, FIRST_DATA_ROW, FIRST_VALUE_COLUMN)));
        }

        CsvValueImporter importer = new CsvValueImporter(store, program);
        byte[] bytes = csv.toString().getBytes(StandardCharsets.UTF_8);
        ImportResult result = importer.importStream(source, new ByteArrayInputStream(bytes), places.size() + 1L,
                line -> line >= 2 && line - 2 < places.size() ? places.get(line - 2)[0] + 1 : line);
        List<DataProblem> placed = result.problems().stream().map(p -> {
            if (p.line() < 2 || p.line() - 2 >= places.size()) return p;
            int[] place = places.get(p.line() - 2);
            int column = p.field() == 1 ? UNIT_CODE_COLUMN : place[1];
            return p.at(ref(data, place[0], column));
        }).toList();
        return new ImportResult(result.file(), result.rows(), result.added(), result.replaced(), result.unchanged(), placed, result.unlisted());
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
    private ImportResult importTable(String source, Sheet sheet, Optional<ProgramType> program) throws IOException {
        int first = sheet.getFirstRowNum();
        int width = sheet.getRow(first).getLastCellNum();
        StringBuilder csv = new StringBuilder();
        List<Integer> rowOfLine = new ArrayList<>();
        for (int r = first; r <= sheet.getLastRowNum(); r++) {
            Row row = sheet.getRow(r);
            if (row == null) continue;
            StringBuilder line = new StringBuilder();
            boolean any = false;
            for (int c = 0; c < width; c++) {
                String text = text(row.getCell(c));
                any |= !text.isEmpty();
                if (c > 0) line.append(',');
                line.append(csvField(text));
            }
            if (!any) continue;
            csv.append(line).append('\n');
            rowOfLine.add(r);
        }
        CsvValueImporter importer = new CsvValueImporter(store, program.orElse(null));
        byte[] bytes = csv.toString().getBytes(StandardCharsets.UTF_8);
        ImportResult result = importer.importStream(source, new ByteArrayInputStream(bytes), rowOfLine.size(),
                line -> line >= 1 && line <= rowOfLine.size() ? rowOfLine.get(line - 1) + 1 : line);
        List<DataProblem> placed = result.problems().stream().map(p -> {
            if (p.line() < 1 || p.line() > rowOfLine.size()) return p;
            return p.at(ref(sheet, rowOfLine.get(p.line() - 1), Math.max(p.field(), 0)));
        }).toList();
        return new ImportResult(result.file(), result.rows(), result.added(), result.replaced(), result.unchanged(), placed, result.unlisted());
    }

    /** What a cell shows, as text: numbers without a trailing ".0", formulas by their last result. */
    static String text(Cell cell) {
        if (cell == null) return "";
        CellType type = cell.getCellType() == CellType.FORMULA ? cell.getCachedFormulaResultType() : cell.getCellType();
        String text = switch (type) {
            case STRING -> cell.getStringCellValue();
            case NUMERIC -> number(cell.getNumericCellValue());
            case BOOLEAN -> String.valueOf(cell.getBooleanCellValue());
            case ERROR -> FormulaError.forInt(cell.getErrorCellValue()).getString();
            default -> "";
        };
        return Normalizer.normalize(text.strip(), Normalizer.Form.NFC);
    }

    private static String number(double value) {
        if (value == Math.rint(value) && Math.abs(value) < 1e15) return Long.toString((long) value);
        return BigDecimal.valueOf(value).stripTrailingZeros().toPlainString();
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

    private static ImportResult refused(String source, DataProblem problem) {
        return refused(source, List.of(problem));
    }

    private static ImportResult refused(String source, List<DataProblem> problems) {
        return new ImportResult(source, 0, 0, 0, 0, problems, 0);
    }
}
