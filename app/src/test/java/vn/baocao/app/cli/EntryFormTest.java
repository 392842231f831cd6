package vn.baocao.app.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.apache.poi.ss.usermodel.CellType;
import org.apache.poi.ss.usermodel.SheetVisibility;
import org.apache.poi.xssf.usermodel.XSSFCell;
import org.apache.poi.xssf.usermodel.XSSFRow;
import org.apache.poi.xssf.usermodel.XSSFSheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * The entry form round trip on real .xlsx files: {@code baocao template} writes the form, the test
 * fills it as a commune clerk would (POI standing in for Excel), {@code baocao import} reads it back
 * and names every wrong cell.
 */
class EntryFormTest {
    @TempDir
    Path dir;

    @Test
    void theFormHasARowPerUnitAColumnPerIndicatorAndCategoryLockedHeadersAndChecks() throws IOException {
        Path form = template();
        try (XSSFWorkbook book = open(form)) {
            XSSFSheet sheet = book.getSheet("Số liệu");
            assertThat(sheet).isNotNull();
            assertThat(book.getSheetVisibility(book.getSheetIndex("baocao"))).isEqualTo(SheetVisibility.VERY_HIDDEN);
            assertThat(sheet.getProtect()).as("headers locked").isTrue();
            assertThat(text(sheet, 3, 0)).isEqualTo("Mã đơn vị");
            assertThat(text(sheet, 0, 0)).startsWith("BIỂU NHẬP SỐ LIỆU: ");
            // CM_COUPLES (no breakdown), then CM_UNDERAGE_PERSONS by sex: Nam, Nữ
            assertThat(codeRow(sheet)).startsWith("CM_COUPLES", "CM_UNDERAGE_PERSONS|SEX=M", "CM_UNDERAGE_PERSONS|SEX=F").endsWith("comment");
            assertThat(text(sheet, 4, 3)).isEqualTo("Nam");
            assertThat(text(sheet, 4, 4)).isEqualTo("Nữ");
            // the communes of Quảng Ngãi in force at the end of 2026, each with its name
            int row = rowOf(sheet, "21028");
            assertThat(row).isGreaterThanOrEqualTo(6);
            assertThat(text(sheet, row, 1)).isNotBlank();
            assertThat(sheet.getRow(row).getCell(2).getCellStyle().getLocked()).as("a value cell is open").isFalse();
            assertThat(sheet.getRow(3).getCell(2).getCellStyle().getLocked()).as("a header is locked").isTrue();
            // each value column checked by Excel as it is typed, and the unit code chosen from a list
            assertThat(sheet.getDataValidations()).hasSize(codeRow(sheet).size() - 1 + 1);
            assertThat(sheet.getDataValidations().get(0).getValidationConstraint().getFormula1()).isEqualTo("0");
        }
    }

    @Test
    void aFilledFormImportsBackAndEveryWrongCellIsNamed() throws IOException {
        Path form = template();
        String file;
        String wrongCount;
        String wrongText;
        String wrongUnit;
        try (XSSFWorkbook book = open(form)) {
            XSSFSheet sheet = book.getSheet("Số liệu");
            int a = rowOf(sheet, "21028");
            int b = rowOf(sheet, "23293");
            sheet.getRow(a).getCell(2).setCellValue(3);        // couples
            sheet.getRow(a).getCell(3).setCellValue(1);        // persons, male
            sheet.getRow(a).getCell(4).setCellValue(3);        // persons, female
            sheet.getRow(b).getCell(2).setCellValue(-2);       // a negative count
            sheet.getRow(b).getCell(4).setCellValue("hai");    // words for a number
            int spare = sheet.getLastRowNum();
            sheet.getRow(spare).getCell(0).setCellValue("99999");  // a unit that does not exist
            sheet.getRow(spare).getCell(2).setCellValue(1);
            wrongCount = "'Số liệu'!C" + (b + 1);
            wrongText = "'Số liệu'!E" + (b + 1);
            wrongUnit = "'Số liệu'!A" + (spare + 1);
            file = save(book, "loi.xlsx").toString();
        }
        Run run = Run.of("import", file);
        assertThat(run.exitCode()).as(run.all()).isEqualTo(ExitCodes.INVALID);
        assertThat(run.out()).contains(file + ": " + wrongCount + ": lỗi: Giá trị “-2” của chỉ tiêu CM_COUPLES phải là số nguyên không âm.")
                .contains(file + ": " + wrongText + ": lỗi: “hai” không phải là một số.")
                .contains(file + ": " + wrongUnit + ": lỗi: ")
                .contains("không nhận: 3 lỗi");
        JsonNode json = JsonMapper.builder().build().readTree(Run.of("import", "--output", "json", file).out());
        List<String> cells = new ArrayList<>();
        json.get("files").get(0).get("problems").forEach(p -> cells.add(p.get("cell").asString()));
        assertThat(cells).containsExactlyInAnyOrder(wrongCount, wrongText, wrongUnit);

        // corrected, the same form is taken: four values, and importing it again changes nothing
        try (XSSFWorkbook book = open(Path.of(file))) {
            XSSFSheet sheet = book.getSheet("Số liệu");
            int b = rowOf(sheet, "23293");
            sheet.getRow(b).getCell(2).setCellValue(2);
            sheet.getRow(b).getCell(4).setCellValue(2);
            sheet.getRow(sheet.getLastRowNum()).getCell(0).setBlank();
            sheet.getRow(sheet.getLastRowNum()).getCell(2).setBlank();
            file = save(book, "dung.xlsx").toString();
        }
        Run good = Run.of("import", "--program", "child-marriage", file, file);
        assertThat(good.exitCode()).as(good.all()).isZero();
        assertThat(good.out()).contains("đã nhận 5 dòng: 5 giá trị mới, 0 giá trị thay đổi, 0 giá trị không đổi.")
                .contains("đã nhận 5 dòng: 0 giá trị mới, 0 giá trị thay đổi, 5 giá trị không đổi.");
    }

    @Test
    void aWorkbookLaidOutLikeCsvIsReadRowByRowAndWrongCellsNamed() throws IOException {
        Path file;
        try (XSSFWorkbook book = new XSSFWorkbook()) {
            XSSFSheet sheet = book.createSheet("Sheet1");
            Object[][] rows = {
                    {"indicator", "unit", "period", "sex", "value"},
                    {"CM_COUPLES", "21028", "2026-03", "", 2},
                    {"CM_UNDERAGE_PERSONS", "21028", "2026-03", "F", 2},
                    {"CM_UNDERAGE_PERSONS", "21028", "2026-03", "X", 1},   // no such category: D4
                    {"CM_COUPLES", "23293", "2026-03", "", 1.5}};           // not a whole number: E5
            for (int r = 0; r < rows.length; r++) {
                XSSFRow row = sheet.createRow(r);
                for (int c = 0; c < rows[r].length; c++) {
                    if (rows[r][c] instanceof Number n) row.createCell(c).setCellValue(n.doubleValue());
                    else row.createCell(c).setCellValue((String) rows[r][c]);
                }
            }
            file = save(book, "bang.xlsx");
        }
        Run run = Run.of("import", file.toString());
        assertThat(run.exitCode()).as(run.all()).isEqualTo(ExitCodes.INVALID);
        assertThat(run.out()).contains(file + ": Sheet1!D4: lỗi: Không có nhóm “X” trong phân tổ SEX.")
                .contains(file + ": Sheet1!E5: lỗi: Giá trị “1.5”").contains("không nhận: 2 lỗi");

        try (XSSFWorkbook book = open(file)) {
            book.getSheetAt(0).getRow(3).getCell(3).setCellValue("M");
            book.getSheetAt(0).getRow(4).getCell(4).setCellValue(1);
            file = save(book, "bang-dung.xlsx");
        }
        Run good = Run.of("import", file.toString());
        assertThat(good.exitCode()).as(good.all()).isZero();
        assertThat(good.out()).contains("đã nhận 4 dòng: 4 giá trị mới");
    }

    @Test
    void aFileThatIsNotAFormIsRefusedWithAHint() throws IOException {
        Path renamed = Files.writeString(dir.resolve("khong-phai.xlsx"), "indicator,unit\n");
        Run run = Run.of("import", renamed.toString());
        assertThat(run.exitCode()).isEqualTo(ExitCodes.INVALID);
        assertThat(run.out()).contains("Không đọc được tệp Excel").contains("gợi ý:").doesNotContain("Exception");
        Run other = Run.of("import", "--program", "legal-education", template().toString());
        assertThat(other.out()).contains("Biểu nhập dành cho chương trình “child-marriage”, không phải “legal-education”.");
    }

    @Test
    void aWrongUnitOrPeriodIsAUsageErrorAndWritesNothing() {
        Path out = dir.resolve("x.xlsx");
        assertThat(Run.of("template", "--program", "child-marriage", "--unit", "99", "--period", "2026", "--out", out.toString()).exitCode())
                .isEqualTo(ExitCodes.USAGE);
        assertThat(Run.of("template", "--program", "child-marriage", "--unit", "51", "--period", "2026Q5", "--out", out.toString()).exitCode())
                .isEqualTo(ExitCodes.USAGE);
        assertThat(out).doesNotExist();
    }

    @Test
    void aReportSourcesDataMayNameAFilledEntryForm() throws IOException {
        Path form = template();
        try (XSSFWorkbook book = open(form)) {
            XSSFSheet sheet = book.getSheet("Số liệu");
            int a = rowOf(sheet, "21028");
            int b = rowOf(sheet, "23293");
            sheet.getRow(a).getCell(2).setCellValue(3);   // 3 couples
            sheet.getRow(a).getCell(3).setCellValue(1);   // 1 under-age man
            sheet.getRow(a).getCell(4).setCellValue(3);   // 3 under-age women
            sheet.getRow(b).getCell(2).setCellValue(1);   // 1 couple
            sheet.getRow(b).getCell(4).setCellValue(3);   // 3 women for 1 couple: more than twice the couples
            save(book, "bieu-nhap.xlsx");
        }
        String source = java.nio.file.Files.readString(Path.of(System.getProperty("baocao.examples", "../docs/examples"),
                "so-lieu-tao-hon-2023", "bao-cao.yaml")).replace("tao-hon-2022-2023.csv", "bieu-nhap.xlsx").replace("period: 2023", "period: 2026")
                .replace("phase: 2021/2025", "phase: 2026/2030").replace("2022/2023", "2026").replace("date: 2024-01-10", "date: 2026-12-30");
        Path file = java.nio.file.Files.writeString(dir.resolve("bao-cao.yaml"), source);
        Run validated = Run.of("validate", file.toString());
        Run imported = Run.of("import", dir.resolve("bieu-nhap.xlsx").toString());
        // the same rule at the same cell (the women's, column E), from the source's data as from the import
        String violation = "Số người tảo hôn (3) nhiều hơn gấp đôi số cặp tảo hôn (2 là gấp đôi). [child-marriage.persons-at-most-twice-couples]";
        int row = b(form) + 1;
        assertThat(validated.exitCode()).as(validated.all()).isEqualTo(ExitCodes.INVALID);
        assertThat(validated.out()).contains("bieu-nhap.xlsx:" + row + ":1: lỗi: 23293 Phường Kon Tum, 2026: " + violation)
                .contains("['Số liệu'!E" + row + "]");
        assertThat(imported.out()).contains("bieu-nhap.xlsx: 'Số liệu'!E" + row + ": 23293 Phường Kon Tum, 2026: lỗi: " + violation);
        JsonNode json = JsonMapper.builder().build().readTree(Run.of("import", "--output", "json", dir.resolve("bieu-nhap.xlsx").toString()).out());
        assertThat(json.at("/violations/0/cell").asString()).isEqualTo("'Số liệu'!E" + row);
    }

    private static int b(Path form) throws IOException {
        try (XSSFWorkbook book = open(form)) {
            return rowOf(book.getSheet("Số liệu"), "23293");
        }
    }

    private Path template() {
        Path form = dir.resolve("tao-hon-2026.xlsx");
        Run run = Run.of("template", "--program", "child-marriage", "--unit", "51", "--period", "2026", "--out", form.toString());
        assertThat(run.exitCode()).as(run.all()).isZero();
        return form;
    }

    private static XSSFWorkbook open(Path file) throws IOException {
        try (InputStream in = Files.newInputStream(file)) {
            return new XSSFWorkbook(in);
        }
    }

    private Path save(XSSFWorkbook book, String name) throws IOException {
        Path file = dir.resolve(name);
        try (OutputStream out = Files.newOutputStream(file)) {
            book.write(out);
        }
        return file;
    }

    private static String text(XSSFSheet sheet, int r, int c) {
        XSSFRow row = sheet.getRow(r);
        XSSFCell cell = row == null ? null : row.getCell(c);
        return cell == null || cell.getCellType() != CellType.STRING ? "" : cell.getStringCellValue();
    }

    private static List<String> codeRow(XSSFSheet sheet) {
        List<String> codes = new ArrayList<>();
        for (int c = 2; c < sheet.getRow(5).getLastCellNum(); c++) codes.add(text(sheet, 5, c));
        return codes;
    }

    private static int rowOf(XSSFSheet sheet, String unit) {
        for (int r = 6; r <= sheet.getLastRowNum(); r++) {
            if (unit.equals(text(sheet, r, 0))) return r;
        }
        return -1;
    }
}
