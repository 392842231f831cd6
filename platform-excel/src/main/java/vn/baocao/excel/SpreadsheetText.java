package vn.baocao.excel;

/**
 * Text for spreadsheet cells. A cell that begins with {@code =}, {@code +}, {@code -} or {@code @}
 * is taken for a formula by Excel and LibreOffice when a user edits or re-imports it (formula
 * injection), so such text is written with a leading apostrophe, which spreadsheets show as text.
 */
public final class SpreadsheetText {
    private SpreadsheetText() {}

    public static String neutralise(String text) {
        if (text == null || text.isEmpty()) return text;
        char first = text.charAt(0);
        boolean risky = first == '=' || first == '+' || first == '-' || first == '@' || first == '\t' || first == '\r';
        return risky ? "'" + text : text;
    }
}
