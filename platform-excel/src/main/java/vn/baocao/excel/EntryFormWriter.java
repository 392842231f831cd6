package vn.baocao.excel;

import static vn.baocao.excel.EntryFormLayout.*;

import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.stream.Collectors;
import org.apache.poi.ss.usermodel.BorderStyle;
import org.apache.poi.ss.usermodel.CellStyle;
import org.apache.poi.ss.usermodel.DataValidation;
import org.apache.poi.ss.usermodel.DataValidationConstraint;
import org.apache.poi.ss.usermodel.DataValidationConstraint.OperatorType;
import org.apache.poi.ss.usermodel.DataValidationHelper;
import org.apache.poi.ss.usermodel.FillPatternType;
import org.apache.poi.ss.usermodel.Font;
import org.apache.poi.ss.usermodel.HorizontalAlignment;
import org.apache.poi.ss.usermodel.IndexedColors;
import org.apache.poi.ss.usermodel.SheetVisibility;
import org.apache.poi.ss.usermodel.VerticalAlignment;
import org.apache.poi.ss.util.CellRangeAddress;
import org.apache.poi.ss.util.CellRangeAddressList;
import org.apache.poi.xssf.usermodel.XSSFCell;
import org.apache.poi.xssf.usermodel.XSSFRow;
import org.apache.poi.xssf.usermodel.XSSFSheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import vn.baocao.api.indicator.Indicator;
import vn.baocao.api.indicator.ValueType;
import vn.baocao.api.period.Period;
import vn.baocao.api.program.ProgramType;
import vn.baocao.api.unit.AdministrativeUnit;
import vn.baocao.core.i18n.Messages;

/**
 * Writes the Excel entry form of a program for the units under an area in a period: a row per unit,
 * a column per indicator and category, labels in the user's language, headers locked, each value
 * cell checked by Excel as it is typed (whole numbers not below zero for counts, …), and the unit
 * code chosen from a list. The file appears whole or not at all.
 */
public final class EntryFormWriter {
    /** The form's own words. */
    public static final String BUNDLE = "vn.baocao.excel.messages";
    private final Messages messages;
    private final Locale locale;

    public EntryFormWriter(Messages messages) {
        // the form's own words travel with it, for every program of the command line and the server
        this.messages = messages.with(EntryFormWriter.class.getModule(), BUNDLE);
        this.locale = messages.locale();
    }

    public void write(ProgramType program, List<Indicator> indicators, AdministrativeUnit area, List<AdministrativeUnit> units,
                      Period period, Path out) throws IOException {
        List<Column> columns = new ArrayList<>();
        for (Indicator indicator : indicators) {
            List<Column> own = columns(indicator);
            if (own.size() > MAX_COLUMNS_PER_INDICATOR) {
                throw new IllegalArgumentException(messages.get("form.tooManyColumns", indicator.code(), own.size()));
            }
            columns.addAll(own);
        }
        try (XSSFWorkbook book = new XSSFWorkbook()) {
            Styles styles = new Styles(book);
            XSSFSheet sheet = book.createSheet(DATA_SHEET);
            XSSFSheet meta = book.createSheet(META_SHEET);
            int commentColumn = FIRST_VALUE_COLUMN + columns.size();

            text(sheet, 0, 0, messages.get("form.title", program.name().in(locale).toUpperCase(locale)), styles.title);
            text(sheet, 1, 0, messages.get("form.subtitle", area.name(), area.code(), period.code()), styles.plain);
            text(sheet, 2, 0, messages.get("form.instructions"), styles.note);

            header(sheet, UNIT_CODE_COLUMN, messages.get("form.unitCode"), styles);
            header(sheet, UNIT_NAME_COLUMN, messages.get("form.unitName"), styles);
            header(sheet, commentColumn, messages.get("form.comment"), styles);
            text(sheet, CODE_ROW, commentColumn, COMMENT_CODE, styles.code);
            int c = FIRST_VALUE_COLUMN;
            for (Indicator indicator : indicators) {
                List<Column> own = columns(indicator);
                String name = indicator.name().in(locale) + " (" + indicator.unitOfMeasure().in(locale) + ")";
                text(sheet, INDICATOR_ROW, c, name, styles.header);
                for (int k = 0; k < own.size(); k++) {
                    Column column = own.get(k);
                    String category = column.categories().isEmpty() ? messages.get("form.total")
                            : column.categories().stream().map(cat -> cat.name().in(locale)).collect(Collectors.joining(", "));
                    if (k > 0) text(sheet, INDICATOR_ROW, c + k, "", styles.header);
                    text(sheet, CATEGORY_ROW, c + k, category, styles.header);
                    text(sheet, CODE_ROW, c + k, column.code(), styles.code);
                    sheet.setColumnWidth(c + k, 14 * 256);
                }
                if (own.size() > 1) {
                    sheet.addMergedRegion(new CellRangeAddress(INDICATOR_ROW, INDICATOR_ROW, c, c + own.size() - 1));
                }
                c += own.size();
            }
            sheet.getRow(INDICATOR_ROW).setHeightInPoints(60);
            sheet.setColumnWidth(UNIT_CODE_COLUMN, 12 * 256);
            sheet.setColumnWidth(UNIT_NAME_COLUMN, 30 * 256);
            sheet.setColumnWidth(commentColumn, 40 * 256);

            for (int u = 0; u < units.size(); u++) {
                int r = FIRST_DATA_ROW + u;
                text(sheet, r, UNIT_CODE_COLUMN, units.get(u).code(), styles.locked);
                text(sheet, r, UNIT_NAME_COLUMN, units.get(u).name(), styles.locked);
                for (int k = 0; k <= columns.size(); k++) {
                    sheet.getRow(r).createCell(FIRST_VALUE_COLUMN + k).setCellStyle(styles.entry);
                }
            }
            // a few spare rows, for a unit the list missed, with the code chosen from the list
            int lastRow = FIRST_DATA_ROW + units.size() + 4;
            for (int r = FIRST_DATA_ROW + units.size(); r <= lastRow; r++) {
                for (int k = 0; k <= commentColumn; k++) {
                    row(sheet, r).createCell(k).setCellStyle(k == UNIT_NAME_COLUMN ? styles.locked : styles.entry);
                }
            }

            meta(meta, program, area, period, units);
            validations(sheet, columns, lastRow, units.size());
            sheet.createFreezePane(FIRST_VALUE_COLUMN, FIRST_DATA_ROW);
            sheet.protectSheet("");
            meta.protectSheet("");
            book.setSheetVisibility(book.getSheetIndex(meta), SheetVisibility.VERY_HIDDEN);
            book.setActiveSheet(0);
            writeAtomically(book, out);
        }
    }

    private void meta(XSSFSheet meta, ProgramType program, AdministrativeUnit area, Period period, List<AdministrativeUnit> units) {
        String[][] pairs = {{"format", FORMAT}, {"program", program.id()}, {"unit", area.code()}, {"period", period.code()}};
        for (int i = 0; i < pairs.length; i++) {
            XSSFRow row = row(meta, i);
            row.createCell(0).setCellValue(pairs[i][0]);
            row.createCell(1).setCellValue(SpreadsheetText.neutralise(pairs[i][1]));
        }
        for (int u = 0; u < units.size(); u++) {
            row(meta, u).createCell(META_UNIT_LIST_COLUMN).setCellValue(units.get(u).code());
        }
    }

    private void validations(XSSFSheet sheet, List<Column> columns, int lastRow, int unitCount) {
        DataValidationHelper helper = sheet.getDataValidationHelper();
        for (int k = 0; k < columns.size(); k++) {
            ValueType type = columns.get(k).indicator().valueType();
            DataValidationConstraint constraint = switch (type) {
                case COUNT, MONEY -> helper.createIntegerConstraint(OperatorType.GREATER_OR_EQUAL, "0", null);
                case INTEGER -> helper.createIntegerConstraint(OperatorType.BETWEEN, "-1000000000", "1000000000");
                case NUMBER -> helper.createDecimalConstraint(OperatorType.BETWEEN, "-1E15", "1E15");
                case PERCENTAGE -> helper.createDecimalConstraint(OperatorType.BETWEEN, "0", "100");
                case BOOLEAN -> helper.createExplicitListConstraint(new String[] {"0", "1"});
            };
            int column = FIRST_VALUE_COLUMN + k;
            add(sheet, helper, constraint, new CellRangeAddressList(FIRST_DATA_ROW, lastRow, column, column), "form.invalid." + type.name());
        }
        if (unitCount > 0) {
            String list = "'" + META_SHEET + "'!$" + (char) ('A' + META_UNIT_LIST_COLUMN) + "$1:$" + (char) ('A' + META_UNIT_LIST_COLUMN) + "$" + unitCount;
            add(sheet, helper, helper.createFormulaListConstraint(list),
                    new CellRangeAddressList(FIRST_DATA_ROW, lastRow, UNIT_CODE_COLUMN, UNIT_CODE_COLUMN), "form.invalid.unit");
        }
    }

    private void add(XSSFSheet sheet, DataValidationHelper helper, DataValidationConstraint constraint, CellRangeAddressList cells, String message) {
        DataValidation validation = helper.createValidation(constraint, cells);
        validation.setShowErrorBox(true);
        validation.setErrorStyle(DataValidation.ErrorStyle.STOP);
        validation.createErrorBox(messages.get("form.invalid.title"), messages.get(message));
        validation.setEmptyCellAllowed(true);
        sheet.addValidationData(validation);
    }

    private void header(XSSFSheet sheet, int column, String label, Styles styles) {
        text(sheet, INDICATOR_ROW, column, label, styles.header);
        text(sheet, CATEGORY_ROW, column, "", styles.header);
        sheet.addMergedRegion(new CellRangeAddress(INDICATOR_ROW, CATEGORY_ROW, column, column));
    }

    private static void text(XSSFSheet sheet, int r, int c, String text, CellStyle style) {
        XSSFCell cell = row(sheet, r).createCell(c);
        cell.setCellValue(SpreadsheetText.neutralise(text));
        cell.setCellStyle(style);
    }

    private static XSSFRow row(XSSFSheet sheet, int r) {
        XSSFRow row = sheet.getRow(r);
        return row != null ? row : sheet.createRow(r);
    }

    private static void writeAtomically(XSSFWorkbook book, Path out) throws IOException {
        // whole or not at all, under the folder's lock: a killed run leaves no half form and no hidden file
        vn.baocao.core.render.WholeFile.write(out, book::write);
    }

    /** The cell styles of a form: locked labels, unlocked entry cells. */
    private static final class Styles {
        final CellStyle title, plain, note, header, code, locked, entry;

        Styles(XSSFWorkbook book) {
            Font bold = book.createFont();
            bold.setBold(true);
            Font big = book.createFont();
            big.setBold(true);
            big.setFontHeightInPoints((short) 13);
            Font small = book.createFont();
            small.setItalic(true);
            small.setFontHeightInPoints((short) 9);
            Font grey = book.createFont();
            grey.setColor(IndexedColors.GREY_50_PERCENT.getIndex());
            grey.setFontHeightInPoints((short) 8);

            title = book.createCellStyle();
            title.setFont(big);
            plain = book.createCellStyle();
            note = book.createCellStyle();
            note.setFont(small);
            header = bordered(book);
            header.setFont(bold);
            header.setWrapText(true);
            header.setAlignment(HorizontalAlignment.CENTER);
            header.setVerticalAlignment(VerticalAlignment.CENTER);
            header.setFillForegroundColor(IndexedColors.GREY_25_PERCENT.getIndex());
            header.setFillPattern(FillPatternType.SOLID_FOREGROUND);
            code = bordered(book);
            code.setFont(grey);
            locked = bordered(book);
            locked.setFillForegroundColor(IndexedColors.GREY_25_PERCENT.getIndex());
            locked.setFillPattern(FillPatternType.SOLID_FOREGROUND);
            entry = bordered(book);
            entry.setLocked(false);
        }

        private static CellStyle bordered(XSSFWorkbook book) {
            CellStyle style = book.createCellStyle();
            style.setBorderTop(BorderStyle.THIN);
            style.setBorderBottom(BorderStyle.THIN);
            style.setBorderLeft(BorderStyle.THIN);
            style.setBorderRight(BorderStyle.THIN);
            return style;
        }
    }
}
