package vn.baocao.excel;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.math.BigDecimal;
import java.util.List;
import org.apache.poi.ss.usermodel.CellStyle;
import org.apache.poi.ss.usermodel.Font;
import org.apache.poi.xssf.usermodel.XSSFCell;
import org.apache.poi.xssf.usermodel.XSSFRow;
import org.apache.poi.xssf.usermodel.XSSFSheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;

/**
 * A table as an Excel workbook of one sheet: a title, a header row and rows of text and figures,
 * as the figures page offers it. A figure is written as a number when a spreadsheet holds it
 * exactly, and otherwise as its digits in text: never rounded on the way.
 */
public final class TableWorkbook {
    private TableWorkbook() {}

    /** @param rows each cell a {@link String} or a {@link BigDecimal} (null: empty) */
    public static byte[] write(String sheetName, String title, List<String> headers, List<List<Object>> rows) {
        try (XSSFWorkbook book = new XSSFWorkbook(); ByteArrayOutputStream out = new ByteArrayOutputStream()) {
            XSSFSheet sheet = book.createSheet(SpreadsheetText.neutralise(sheetName).replaceAll("[\\\\/?*\\[\\]:]", " "));
            CellStyle bold = book.createCellStyle();
            Font font = book.createFont();
            font.setBold(true);
            bold.setFont(font);
            XSSFCell titleCell = sheet.createRow(0).createCell(0);
            titleCell.setCellValue(SpreadsheetText.neutralise(title));
            titleCell.setCellStyle(bold);
            XSSFRow header = sheet.createRow(2);
            for (int c = 0; c < headers.size(); c++) {
                XSSFCell cell = header.createCell(c);
                cell.setCellValue(SpreadsheetText.neutralise(headers.get(c)));
                cell.setCellStyle(bold);
            }
            for (int r = 0; r < rows.size(); r++) {
                XSSFRow row = sheet.createRow(3 + r);
                List<Object> values = rows.get(r);
                for (int c = 0; c < values.size(); c++) {
                    Object value = values.get(c);
                    if (value == null) continue;
                    XSSFCell cell = row.createCell(c);
                    if (value instanceof BigDecimal number) {
                        double d = number.doubleValue();
                        if (new BigDecimal(d).compareTo(number) == 0) cell.setCellValue(d);
                        else cell.setCellValue(number.toPlainString());
                    } else {
                        cell.setCellValue(SpreadsheetText.neutralise(value.toString()));
                    }
                }
            }
            // widths set, not measured: measuring needs the fonts of a desktop
            for (int c = 0; c < headers.size(); c++) sheet.setColumnWidth(c, (c == 1 ? 36 : 14) * 256);
            book.write(out);
            return out.toByteArray();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
