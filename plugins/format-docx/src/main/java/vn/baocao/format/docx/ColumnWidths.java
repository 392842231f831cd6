package vn.baocao.format.docx;

import vn.baocao.api.spi.BlockContent;

/** Widths for a data table's columns in twips, shared out by the table's own column weights. */
final class ColumnWidths {
    private ColumnWidths() {}

    /** Twips for each column, adding up to {@code total}. */
    static int[] of(BlockContent.Table table, int total) {
        int[] weights = table.columnWeights();
        int sum = 0;
        for (int w : weights) {
            sum += w;
        }
        int[] widths = new int[weights.length];
        int given = 0;
        for (int c = 0; c < weights.length; c++) {
            widths[c] = c == weights.length - 1 ? total - given : total * weights[c] / sum;
            given += widths[c];
        }
        return widths;
    }
}
