package vn.baocao.app.cli;

import java.io.PrintWriter;
import java.util.ArrayList;
import java.util.List;

/** A plain-text table with columns as wide as their widest cell, for terminal output. */
final class Table {
    private final List<String[]> rows = new ArrayList<>();

    Table(String... header) {
        rows.add(header);
    }

    void row(String... cells) {
        rows.add(cells);
    }

    void print(PrintWriter out) {
        print(out, "");
    }

    /** The table with every line indented, for a table under a heading. */
    void print(PrintWriter out, String indent) {
        int columns = rows.get(0).length;
        int[] widths = new int[columns];
        for (String[] row : rows) {
            for (int c = 0; c < columns; c++) {
                widths[c] = Math.max(widths[c], width(row[c]));
            }
        }
        for (int r = 0; r < rows.size(); r++) {
            StringBuilder line = new StringBuilder();
            for (int c = 0; c < columns; c++) {
                String cell = rows.get(r)[c];
                line.append(cell);
                if (c < columns - 1) {
                    line.append(" ".repeat(widths[c] - width(cell) + 2));
                }
            }
            out.println(indent + line.toString().stripTrailing());
            if (r == 0) {
                StringBuilder rule = new StringBuilder();
                for (int c = 0; c < columns; c++) {
                    rule.append("-".repeat(widths[c])).append(c < columns - 1 ? "  " : "");
                }
                out.println(indent + rule);
            }
        }
    }

    /** Width in code points: NFC Vietnamese letters are one code point each. */
    private static int width(String s) {
        return s.codePointCount(0, s.length());
    }
}
