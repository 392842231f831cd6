package vn.baocao.format.docx;

import java.util.List;
import vn.baocao.api.spi.BlockContent;

/**
 * Widths for a data table's columns, from what they hold: a number column as wide as its longest
 * figure or the longest word of its heading, a text column as its longest text up to a line's
 * share, so that the unit's name gets the room the figures do not need.
 */
final class ColumnWidths {
    /** Characters a text column is given at most before its cells wrap. */
    private static final int LONGEST_TEXT = 40;
    /** Characters a column is given at least, so that a heading word of a narrow column still fits. */
    private static final int NARROWEST = 6;

    private ColumnWidths() {}

    /** Twips for each column, adding up to {@code total}. */
    static int[] of(BlockContent.Table table, int total) {
        int columns = table.header().size();
        int[] weights = new int[columns];
        for (int c = 0; c < columns; c++) {
            int widest = longestWord(table.header().get(c));
            for (List<String> row : table.rows()) {
                widest = Math.max(widest, c < row.size() ? row.get(c).strip().length() : 0);
            }
            weights[c] = Math.max(NARROWEST, table.isNumberColumn(c) ? widest : Math.min(widest, LONGEST_TEXT));
        }
        int sum = 0;
        for (int w : weights) {
            sum += w;
        }
        int[] widths = new int[columns];
        int given = 0;
        for (int c = 0; c < columns; c++) {
            widths[c] = c == columns - 1 ? total - given : total * weights[c] / sum;
            given += widths[c];
        }
        return widths;
    }

    private static int longestWord(String text) {
        int longest = 0;
        for (String word : text.strip().split("\\s+")) {
            longest = Math.max(longest, word.length());
        }
        return longest;
    }
}
