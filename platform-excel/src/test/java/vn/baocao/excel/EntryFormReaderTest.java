package vn.baocao.excel;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static vn.baocao.excel.Forms.cell;
import static vn.baocao.excel.Forms.cellXml;
import static vn.baocao.excel.Forms.cells;
import static vn.baocao.excel.Forms.columnOf;
import static vn.baocao.excel.Forms.imported;
import static vn.baocao.excel.Forms.open;
import static vn.baocao.excel.Forms.part;
import static vn.baocao.excel.Forms.rendered;
import static vn.baocao.excel.Forms.rowOf;
import static vn.baocao.excel.Forms.save;

import java.io.IOException;
import java.math.BigDecimal;
import java.nio.file.Path;
import java.util.Optional;
import org.apache.poi.ss.usermodel.FormulaError;
import org.apache.poi.xssf.usermodel.XSSFCell;
import org.apache.poi.xssf.usermodel.XSSFRow;
import org.apache.poi.xssf.usermodel.XSSFSheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import vn.baocao.core.data.DataProblem;
import vn.baocao.core.data.ImportResult;
import vn.baocao.core.data.ValueStore;

/**
 * The streaming reader on real .xlsx files: forms written by {@link EntryFormWriter} and filled with
 * POI, sheets laid out like CSV, read back through the platform's import into a real store.
 */
class EntryFormReaderTest {
    private static final String DATA = "'Số liệu'!";

    @TempDir
    Path dir;

    private ValueStore store;

    @BeforeEach
    void newStore() {
        store = Forms.JOB.newStore();
    }

    private Path form(String program) throws IOException {
        return Forms.write(program, "51", "2026", dir.resolve(program + ".xlsx"));
    }

    @Test
    void aFilledFormImportsWithItsValuesAndEachValueKnowsItsCell() throws IOException {
        Path file;
        int a;
        int b;
        try (XSSFWorkbook book = open(form("child-marriage"))) {
            XSSFSheet sheet = book.getSheet(EntryFormLayout.DATA_SHEET);
            a = rowOf(sheet, "21028");
            b = rowOf(sheet, "23293");
            int comment = columnOf(sheet, EntryFormLayout.COMMENT_CODE);
            cell(sheet, a, columnOf(sheet, "CM_COUPLES")).setCellValue(3);
            cell(sheet, a, columnOf(sheet, "CM_UNDERAGE_PERSONS|SEX=M")).setCellValue(1);
            cell(sheet, a, columnOf(sheet, "CM_UNDERAGE_PERSONS|SEX=F")).setCellValue(3);
            cell(sheet, a, comment).setCellValue("  tính cả hai vợ chồng  ");
            cell(sheet, b, columnOf(sheet, "CM_COUPLES")).setCellValue("12");   // a number typed as text
            file = save(book, dir.resolve("dien.xlsx"));
        }

        ImportResult result = imported(store, file);

        assertThat(result.problems()).isEmpty();
        assertThat(result.rows()).isEqualTo(4);
        assertThat(result.added()).isEqualTo(4);
        assertThat(store.value("CM_COUPLES", "21028", "2026")).contains(new BigDecimal("3"));
        // SEX lists M then F
        assertThat(store.value("CM_UNDERAGE_PERSONS", "21028", "2026", 0)).contains(new BigDecimal("1"));
        assertThat(store.value("CM_UNDERAGE_PERSONS", "21028", "2026", 1)).contains(new BigDecimal("3"));
        assertThat(store.value("CM_COUPLES", "23293", "2026")).contains(new BigDecimal("12"));
        // each value remembers its file and sheet row (1-based, as Excel numbers rows), and its comment
        assertThat(store.provenance("CM_COUPLES", "21028", "2026"))
                .contains(new ValueStore.Provenance("dien.xlsx", a + 1, Optional.of("tính cả hai vợ chồng")));
        assertThat(store.provenance("CM_COUPLES", "23293", "2026"))
                .contains(new ValueStore.Provenance("dien.xlsx", b + 1, Optional.empty()));

        ImportResult again = imported(store, file);
        assertThat(again.added()).isZero();
        assertThat(again.unchanged()).isEqualTo(4);
    }

    @Test
    void everyWrongCellIsNamedAndNothingIsStored() throws IOException {
        Path file;
        String negative;
        String words;
        String unknownUnit;
        String noUnit;
        try (XSSFWorkbook book = open(form("child-marriage"))) {
            XSSFSheet sheet = book.getSheet(EntryFormLayout.DATA_SHEET);
            int a = rowOf(sheet, "21028");
            int b = rowOf(sheet, "23293");
            int couples = columnOf(sheet, "CM_COUPLES");
            int female = columnOf(sheet, "CM_UNDERAGE_PERSONS|SEX=F");
            cell(sheet, a, couples).setCellValue(3);                 // right
            cell(sheet, b, couples).setCellValue(-2);                // a negative count
            cell(sheet, b, female).setCellValue("hai");              // words for a number
            int spare = sheet.getLastRowNum();
            cell(sheet, spare, 0).setCellValue("99999");             // a unit that does not exist
            cell(sheet, spare, couples).setCellValue(1);
            cell(sheet, spare - 1, couples).setCellValue(1);         // a value without a unit
            negative = DATA + "C" + (b + 1);
            words = DATA + "E" + (b + 1);
            unknownUnit = DATA + "A" + (spare + 1);
            noUnit = DATA + "A" + spare;
            file = save(book, dir.resolve("loi.xlsx"));
        }

        ImportResult result = imported(store, file);

        assertThat(result.stored()).isFalse();
        assertThat(cells(result)).containsExactlyInAnyOrder(negative, words, unknownUnit, noUnit);
        assertThat(result.problems()).extracting(DataProblem::code)
                .containsExactlyInAnyOrder("data.badValue", "number.notANumber", "data.unknownUnit", "form.missingUnit");
        DataProblem bad = result.problems().stream().filter(p -> p.cell().orElseThrow().equals(negative)).findFirst().orElseThrow();
        assertThat(bad.message().render(Forms.VIETNAMESE)).isEqualTo("Giá trị “-2” của chỉ tiêu CM_COUPLES phải là số nguyên không âm.");
        assertThat(store.size()).as("the file is taken whole or not at all").isZero();
    }

    @Test
    void aFormulaWithoutACachedResultIsRefusedAtItsCell() throws IOException {
        Path file;
        int a;
        int couples;
        int male;
        try (XSSFWorkbook book = open(form("child-marriage"))) {
            XSSFSheet sheet = book.getSheet(EntryFormLayout.DATA_SHEET);
            a = rowOf(sheet, "21028");
            couples = columnOf(sheet, "CM_COUPLES");
            male = columnOf(sheet, "CM_UNDERAGE_PERSONS|SEX=M");
            cell(sheet, a, couples).setCellFormula("1+2");           // never computed, as a program may write it
            XSSFCell computed = (XSSFCell) cell(sheet, a, male);
            computed.setCellFormula("2*2");
            book.getCreationHelper().createFormulaEvaluator().evaluateFormulaCell(computed);   // this one has its result
            file = save(book, dir.resolve("cong-thuc.xlsx"));
        }
        String sheetXml = part(file, "xl/worksheets/sheet1.xml");
        String uncomputed = cellXml(sheetXml, "C" + (a + 1));
        assertThat(uncomputed).contains("<f>1+2</f>").doesNotContain("<v>");
        assertThat(cellXml(sheetXml, "D" + (a + 1))).contains("<f>2*2</f>").contains("<v>4");

        ImportResult result = imported(store, file);

        assertThat(result.stored()).isFalse();
        assertThat(result.problems()).singleElement().satisfies(p -> {
            assertThat(p.code()).isEqualTo("form.formulaWithoutResult");
            assertThat(p.cell()).contains(DATA + "C" + (a + 1));
            assertThat(p.message().render(Forms.VIETNAMESE)).isEqualTo("Ô có công thức “1+2” nhưng chưa có kết quả tính.");
            assertThat(p.message().render(Forms.ENGLISH)).isEqualTo("The cell has the formula “1+2” but no computed result.");
        });
        assertThat(result.rows()).as("the computed formula is read by its result").isEqualTo(1);
    }

    @Test
    void aFormulaWhoseResultIsEmptyIsRefusedRatherThanReadAsZero() throws IOException {
        Path file;
        int a;
        try (XSSFWorkbook book = open(form("child-marriage"))) {
            XSSFSheet sheet = book.getSheet(EntryFormLayout.DATA_SHEET);
            a = rowOf(sheet, "21028");
            XSSFCell formula = (XSSFCell) cell(sheet, a, columnOf(sheet, "CM_COUPLES"));
            formula.setCellFormula("1+2");
            formula.getCTCell().setV("");   // an empty result, as some writers (openpyxl) leave a formula
            XSSFCell empty = (XSSFCell) cell(sheet, a, columnOf(sheet, "CM_UNDERAGE_PERSONS|SEX=M"));
            empty.setCellValue(0);
            empty.getCTCell().setV("");     // an empty number: no value at all
            cell(sheet, a, columnOf(sheet, "CM_UNDERAGE_PERSONS|SEX=F")).setCellValue(2);
            file = save(book, dir.resolve("ket-qua-rong.xlsx"));
        }
        assertThat(cellXml(part(file, "xl/worksheets/sheet1.xml"), "C" + (a + 1))).contains("<f>1+2</f>").containsPattern("<v\\s*/>|<v></v>");

        ImportResult result = imported(store, file);

        assertThat(result.stored()).isFalse();
        assertThat(result.problems()).singleElement().satisfies(p -> {
            assertThat(p.code()).isEqualTo("form.formulaWithoutResult");
            assertThat(p.cell()).contains(DATA + "C" + (a + 1));
        });
        assertThat(result.rows()).as("the empty number is no value, the 2 is one").isEqualTo(1);
    }

    @Test
    void aNumericCellOfMoreDigitsThanExcelHoldsIsRefused() throws IOException {
        Path file;
        int a;
        try (XSSFWorkbook book = open(form("child-marriage"))) {
            XSSFSheet sheet = book.getSheet(EntryFormLayout.DATA_SHEET);
            a = rowOf(sheet, "21028");
            // twenty digits as a double (POI writes 1.2345678901234567E19) and as the raw text of the cell
            cell(sheet, a, columnOf(sheet, "CM_COUPLES")).setCellValue(12345678901234567890d);
            XSSFCell raw = (XSSFCell) cell(sheet, a, columnOf(sheet, "CM_UNDERAGE_PERSONS|SEX=M"));
            raw.setCellValue(0);
            raw.getCTCell().setV("12345678901234567890");
            // fifteen digits are what Excel keeps, and are taken
            cell(sheet, a, columnOf(sheet, "CM_UNDERAGE_PERSONS|SEX=F")).setCellValue(123456789012345d);
            file = save(book, dir.resolve("dai.xlsx"));
        }
        assertThat(cellXml(part(file, "xl/worksheets/sheet1.xml"), "D" + (a + 1))).contains("<v>12345678901234567890</v>");

        ImportResult result = imported(store, file);

        assertThat(cells(result)).containsExactlyInAnyOrder(DATA + "C" + (a + 1), DATA + "D" + (a + 1));
        assertThat(result.problems()).allSatisfy(p -> assertThat(p.code()).isEqualTo("form.numberTooLong"));
        assertThat(result.problems()).extracting(p -> p.message().render(Forms.ENGLISH)).containsExactlyInAnyOrder(
                "The number 12345678901234567000 has more digits than Excel holds exactly (15 digits).",
                "The number 12345678901234567890 has more digits than Excel holds exactly (15 digits).");
        assertThat(result.rows()).isEqualTo(1);
    }

    @Test
    void aNumberOfFewDigitsButBeyondWhatAValueHoldsIsRefusedAtItsCell() throws IOException {
        ImportResult result = imported(store, table(new Object[][] {
                {"indicator", "unit", "period", "value"},
                {"CM_COUPLES", "21028", "2026-01", 1e19},
                {"CM_COUPLES", "21028", "2026-02", 1e300},
                {"CM_COUPLES", "21028", "2026-03", 9.22e18}}, "lon.xlsx"));

        assertThat(result.problems()).extracting(DataProblem::code, p -> p.cell().orElse("")).containsExactly(
                org.assertj.core.api.Assertions.tuple("number.tooLarge", "Sheet1!D2"),
                org.assertj.core.api.Assertions.tuple("number.tooLarge", "Sheet1!D3"));
        assertThat(result.problems().get(1).message().render(Forms.ENGLISH))
                .isEqualTo("“1E+300” lies outside the numbers held exactly (−9,223,372,036,854,775,807 to 9,223,372,036,854,775,807).");
        assertThat(result.rows()).isEqualTo(1);
    }

    @Test
    void aDecimalIsStoredExactlyAsTheCellWritesIt() throws IOException {
        Path file;
        try (XSSFWorkbook book = open(form("tet-essential-goods"))) {
            XSSFSheet sheet = book.getSheet(EntryFormLayout.DATA_SHEET);
            int fishSauce = columnOf(sheet, "TG_FISH_SAUCE");
            cell(sheet, rowOf(sheet, "21028"), fishSauce).setCellValue(0.1);
            cell(sheet, rowOf(sheet, "23293"), fishSauce).setCellValue(1234.5678);
            file = save(book, dir.resolve("thap-phan.xlsx"));
        }
        assertThat(part(file, "xl/worksheets/sheet1.xml")).contains("<v>0.1</v>");

        ImportResult result = imported(store, file);

        assertThat(result.problems()).isEmpty();
        // one tenth, not the double nearest to it (0.1000000000000000055511151231257827…)
        assertThat(store.value("TG_FISH_SAUCE", "21028", "2026")).hasValueSatisfying(v -> {
            assertThat(v.unscaledValue().longValueExact()).isEqualTo(1);
            assertThat(v.scale()).isEqualTo(1);
        });
        assertThat(store.value("TG_FISH_SAUCE", "23293", "2026")).contains(new BigDecimal("1234.5678"));
    }

    @Test
    void aSheetLaidOutLikeCsvIsReadRowByRowAndWrongCellsNamed() throws IOException {
        Object[][] rows = {
                {"indicator", "unit", "period", "sex", "value", "comment"},
                {"CM_COUPLES", "21028", "2026-03", "", 2, ""},
                {"CM_UNDERAGE_PERSONS", "21028", "2026-03", "F", 2, "hai em"},
                {"CM_UNDERAGE_PERSONS", "21028", "2026-03", "X", 1, ""},      // no such category: D4
                {"CM_COUPLES", "23293", "2026-03", "", 1.5, ""},              // not a whole number: E5
                {"", "", "", "", "", ""},                                    // an empty row is skipped
                {"CM_COUPLES", 23293, 2026, "", 4, ""}};                      // unit and period typed as numbers
        Path file = table(rows, "bang.xlsx");

        ImportResult wrong = imported(store, file);

        assertThat(cells(wrong)).containsExactlyInAnyOrder("Sheet1!D4", "Sheet1!E5");
        assertThat(wrong.problems()).extracting(DataProblem::code).containsExactlyInAnyOrder("data.unknownCategory", "data.badValue");
        assertThat(store.size()).isZero();

        rows[3][3] = "M";
        rows[4][4] = 1;
        ImportResult right = imported(store, table(rows, "bang-dung.xlsx"));

        assertThat(right.problems()).isEmpty();
        assertThat(right.added()).isEqualTo(5);
        assertThat(store.value("CM_UNDERAGE_PERSONS", "21028", "2026-03", 1)).contains(new BigDecimal("2"));
        assertThat(store.value("CM_COUPLES", "23293", "2026")).contains(new BigDecimal("4"));
        assertThat(store.provenance("CM_UNDERAGE_PERSONS", "21028", "2026-03", 1))
                .contains(new ValueStore.Provenance("bang-dung.xlsx", 3, Optional.of("hai em")));
        assertThat(store.provenance("CM_COUPLES", "23293", "2026")).hasValueSatisfying(p -> assertThat(p.line()).isEqualTo(7));
    }

    @Test
    void aCsvShapedSheetWithAWrongHeaderIsRefusedAtItsCells() throws IOException {
        ImportResult result = imported(store, table(new Object[][] {
                {"indicator", "colour", "value"},
                {"CM_COUPLES", "xanh", 2}}, "tieu-de.xlsx"));

        assertThat(result.problems()).extracting(DataProblem::code, p -> p.cell().orElse(""))
                .containsExactly(
                        org.assertj.core.api.Assertions.tuple("data.unknownColumn", "Sheet1!B1"),
                        org.assertj.core.api.Assertions.tuple("data.missingColumn", "Sheet1!A1"),
                        org.assertj.core.api.Assertions.tuple("data.missingColumn", "Sheet1!A1"));
    }

    @Test
    void booleanCellsAreReadAsOneOrZeroAndErrorCellsAsTheirText() throws IOException {
        Path file;
        try (XSSFWorkbook book = new XSSFWorkbook()) {
            XSSFSheet sheet = book.createSheet("Sheet1");
            row(sheet, 0, "indicator", "unit", "period", "value");
            row(sheet, 1, "CM_COUPLES", "21028", "2026", null).createCell(3).setCellValue(true);
            row(sheet, 2, "CM_COUPLES", "23293", "2026", null).createCell(3).setCellErrorValue(FormulaError.DIV0.getCode());
            file = save(book, dir.resolve("kieu.xlsx"));
        }

        ImportResult result = imported(store, file);

        assertThat(result.problems()).singleElement().satisfies(p -> {
            assertThat(p.cell()).contains("Sheet1!D3");
            assertThat(p.message().render(Forms.VIETNAMESE)).isEqualTo("“#DIV/0!” không phải là một số.");
        });
        assertThat(result.rows()).isEqualTo(1);

        try (XSSFWorkbook book = open(file)) {
            book.getSheetAt(0).removeRow(book.getSheetAt(0).getRow(2));
            file = save(book, dir.resolve("kieu-dung.xlsx"));
        }
        assertThat(imported(store, file).problems()).isEmpty();
        assertThat(store.value("CM_COUPLES", "21028", "2026")).contains(new BigDecimal("1"));
    }

    @Test
    void aFormWithoutFiguresOrOfAnotherShapeIsRefusedAsToday() throws IOException {
        ImportResult empty = imported(store, form("child-marriage"));
        assertThat(empty.problems()).singleElement().satisfies(p -> {
            assertThat(p.code()).isEqualTo("form.empty");
            assertThat(p.cell()).contains(DATA + "C7");
            assertThat(p.message().render(Forms.VIETNAMESE)).isEqualTo("Biểu nhập chưa có số liệu nào.");
        });

        Path other = Forms.write("legal-education", "51", "2026", dir.resolve("le.xlsx"));
        ImportResult otherProgram = Forms.JOB.importFile(store, other, "le.xlsx", vn.baocao.core.data.ImportOptions.defaults()
                .withProgram(Forms.PLATFORM.registry().programType("child-marriage"))).imported().orElseThrow();
        assertThat(otherProgram.problems()).singleElement().satisfies(p -> assertThat(p.message().render(Forms.VIETNAMESE))
                .isEqualTo("Biểu nhập dành cho chương trình “legal-education”, không phải “child-marriage”."));

        Path notAForm;
        try (XSSFWorkbook book = new XSSFWorkbook()) {
            row(book.createSheet("Trang 1"), 0, "Danh sách", "xã");
            notAForm = save(book, dir.resolve("khac.xlsx"));
        }
        assertThat(imported(store, notAForm).problems()).extracting(DataProblem::code).containsExactly("form.notAForm");

        Path badCode;
        try (XSSFWorkbook book = open(form("child-marriage"))) {
            XSSFSheet sheet = book.getSheet(EntryFormLayout.DATA_SHEET);
            cell(sheet, EntryFormLayout.CODE_ROW, 3).setCellValue("CM_UNDERAGE_PERSONS|SEX");
            cell(sheet, rowOf(sheet, "21028"), 2).setCellValue(1);
            badCode = save(book, dir.resolve("ma-cot.xlsx"));
        }
        assertThat(imported(store, badCode).problems()).singleElement().satisfies(p -> {
            assertThat(p.code()).isEqualTo("form.badColumnCode");
            assertThat(p.cell()).contains(DATA + "D6");
        });
        assertThat(store.size()).isZero();
    }

    @Test
    void aFaultOfThePlatformIsNotTakenForAnUnreadableFile() throws IOException {
        EntryFormReader reader = new EntryFormReader();
        Path table = table(new Object[][] {{"indicator", "unit", "period", "value"}, {"CM_COUPLES", "21028", "2026", 1}}, "bang.xlsx");
        Path form = form("child-marriage");
        for (Path file : new Path[] {table, form}) {
            assertThatThrownBy(() -> reader.read(file, Forms.PLATFORM.registry(), Optional.empty(), program -> {
                throw new IllegalStateException("a fault of the platform");
            })).as(file.getFileName().toString()).isInstanceOf(IllegalStateException.class).hasMessage("a fault of the platform");
        }
    }

    private Path table(Object[][] rows, String name) throws IOException {
        try (XSSFWorkbook book = new XSSFWorkbook()) {
            XSSFSheet sheet = book.createSheet("Sheet1");
            for (int r = 0; r < rows.length; r++) {
                XSSFRow row = sheet.createRow(r);
                for (int c = 0; c < rows[r].length; c++) {
                    if (rows[r][c] instanceof Number n) row.createCell(c).setCellValue(n.doubleValue());
                    else if (!"".equals(rows[r][c])) row.createCell(c).setCellValue((String) rows[r][c]);
                }
            }
            return save(book, dir.resolve(name));
        }
    }

    private static XSSFRow row(XSSFSheet sheet, int r, String... texts) {
        XSSFRow row = sheet.createRow(r);
        for (int c = 0; c < texts.length; c++) {
            if (texts[c] != null) row.createCell(c).setCellValue(texts[c]);
        }
        return row;
    }
}
