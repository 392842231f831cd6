package vn.baocao.excel;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import java.util.zip.ZipEntry;
import java.util.zip.ZipFile;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.CellType;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import vn.baocao.api.indicator.Indicator;
import vn.baocao.api.period.Period;
import vn.baocao.api.program.ProgramType;
import vn.baocao.api.service.UnitDirectory;
import vn.baocao.api.unit.AdministrativeUnit;
import vn.baocao.core.Platform;
import vn.baocao.core.PlatformOptions;
import vn.baocao.core.data.DataProblem;
import vn.baocao.core.data.ImportJob;
import vn.baocao.core.data.ImportOptions;
import vn.baocao.core.data.ImportResult;
import vn.baocao.core.data.ValueStore;
import vn.baocao.core.i18n.Language;
import vn.baocao.core.i18n.Messages;

/**
 * What the reader's tests share: one platform with the bundled program plugins, entry forms written
 * by {@link EntryFormWriter} and filled with POI (standing in for Excel), and imports through the
 * platform's {@link ImportJob}, which finds the reader as a service.
 */
final class Forms {
    static final Platform PLATFORM = Platform.start(PlatformOptions.defaults());
    static final ImportJob JOB = PLATFORM.service(ImportJob.class);
    static final Messages VIETNAMESE = Messages.platform(Language.VIETNAMESE);
    static final Messages ENGLISH = Messages.platform(Language.ENGLISH);

    private Forms() {}

    /** The entry form of a program for the units under a unit, as {@code baocao template} writes it. */
    static Path write(String program, String unit, String periodCode, Path out) throws IOException {
        ProgramType type = PLATFORM.registry().programType(program).orElseThrow();
        Period period = Period.parse(periodCode);
        UnitDirectory units = PLATFORM.service(UnitDirectory.class);
        AdministrativeUnit area = units.unit(unit, period.end()).orElseThrow();
        List<AdministrativeUnit> rows = units.children(area.code(), period.end());
        List<Indicator> indicators = PLATFORM.registry().indicatorsOf(type.id());
        new EntryFormWriter(PLATFORM.messages()).write(type, indicators, area, rows, period, out);
        return out;
    }

    static XSSFWorkbook open(Path file) throws IOException {
        try (InputStream in = Files.newInputStream(file)) {
            return new XSSFWorkbook(in);
        }
    }

    static Path save(XSSFWorkbook book, Path file) throws IOException {
        try (OutputStream out = Files.newOutputStream(file)) {
            book.write(out);
        }
        return file;
    }

    /** The data-sheet row (0-based) of a unit. */
    static int rowOf(Sheet sheet, String unit) {
        for (int r = EntryFormLayout.FIRST_DATA_ROW; r <= sheet.getLastRowNum(); r++) {
            Row row = sheet.getRow(r);
            Cell cell = row == null ? null : row.getCell(EntryFormLayout.UNIT_CODE_COLUMN);
            if (cell != null && cell.getCellType() == CellType.STRING && unit.equals(cell.getStringCellValue())) return r;
        }
        throw new AssertionError("no row for unit " + unit);
    }

    /** The column (0-based) whose code-row text is this code. */
    static int columnOf(Sheet sheet, String code) {
        Row codes = sheet.getRow(EntryFormLayout.CODE_ROW);
        for (int c = 0; c < codes.getLastCellNum(); c++) {
            Cell cell = codes.getCell(c);
            if (cell != null && code.equals(cell.getStringCellValue())) return c;
        }
        throw new AssertionError("no column " + code);
    }

    static Cell cell(Sheet sheet, int r, int c) {
        Row row = sheet.getRow(r) != null ? sheet.getRow(r) : sheet.createRow(r);
        return row.getCell(c) != null ? row.getCell(c) : row.createCell(c);
    }

    /** Imports a file into the store as {@code baocao import} does. */
    static ImportJob.FileResult importFile(ValueStore store, Path file) {
        return JOB.importFile(store, file, file.getFileName().toString(), ImportOptions.defaults());
    }

    static ImportResult imported(ValueStore store, Path file) {
        ImportJob.FileResult result = importFile(store, file);
        if (result.imported().isEmpty()) throw new AssertionError("not read: " + result.unreadable().get().render(ENGLISH));
        return result.imported().get();
    }

    /** The cells of the problems, as the user is shown them. */
    static List<String> cells(ImportResult result) {
        return result.problems().stream().map(p -> p.cell().orElse("")).toList();
    }

    /** A problem as the user reads it, in both languages. */
    static String rendered(DataProblem problem) {
        return problem.message().render(VIETNAMESE) + " / " + problem.hint().render(VIETNAMESE) + " / "
                + problem.message().render(ENGLISH) + " / " + problem.hint().render(ENGLISH);
    }

    /** The XML of one part of a workbook, as it was saved. */
    static String part(Path file, String name) throws IOException {
        try (ZipFile zip = new ZipFile(file.toFile())) {
            ZipEntry entry = zip.getEntry(name);
            try (InputStream in = zip.getInputStream(entry)) {
                return new String(in.readAllBytes(), StandardCharsets.UTF_8);
            }
        }
    }

    /** The XML of one cell ({@code <c r="D8" …>…</c>}) of a saved sheet. */
    static String cellXml(String sheetXml, String reference) {
        int at = sheetXml.indexOf("<c r=\"" + reference + "\"");
        if (at < 0) throw new AssertionError("no cell " + reference);
        int selfClosed = sheetXml.indexOf("/>", at);
        int open = sheetXml.indexOf('>', at);
        if (selfClosed >= 0 && selfClosed < open) return sheetXml.substring(at, selfClosed + 2);
        return sheetXml.substring(at, sheetXml.indexOf("</c>", at) + 4);
    }

    static String lower(String text) {
        return text.toLowerCase(Locale.ROOT);
    }
}
