package vn.baocao.api.spi;

import static org.apiguardian.api.API.Status.EXPERIMENTAL;

import java.util.List;
import java.util.stream.Collectors;
import org.apiguardian.api.API;

/** Content of a report section, independent of the output format. */
@API(status = EXPERIMENTAL, since = "0.1")
public sealed interface BlockContent {

    /** A body paragraph: justified, first line indented. */
    @API(status = EXPERIMENTAL, since = "0.1")
    record Paragraph(List<TextRun> runs) implements BlockContent {
        public Paragraph {
            runs = List.copyOf(runs);
        }

        public static Paragraph of(String text) {
            return new Paragraph(List.of(TextRun.plain(text)));
        }

        /** The text without emphasis. */
        public String text() {
            return runs.stream().map(TextRun::text).collect(Collectors.joining());
        }
    }

    /** Items printed as paragraphs that start with {@code "- "}. */
    @API(status = EXPERIMENTAL, since = "0.1")
    record BulletList(List<Paragraph> items) implements BlockContent {
        public BulletList {
            items = List.copyOf(items);
        }
    }

    /**
     * A table with one header row, repeated on each page a format breaks it across. A column whose
     * cells are all figures is a number column (right-aligned, as narrow as its figures); the last
     * {@code totalRows} rows are totals, set in bold.
     */
    @API(status = EXPERIMENTAL, since = "0.1")
    record Table(List<String> header, List<List<String>> rows, @API(status = EXPERIMENTAL, since = "0.2") int totalRows) implements BlockContent {
        private static final java.util.regex.Pattern FIGURE = java.util.regex.Pattern.compile("[-+]?[0-9][0-9.,]*\\s*%?|—|-|");

        public Table {
            header = List.copyOf(header);
            rows = rows.stream().map(List::copyOf).toList();
            if (totalRows < 0 || totalRows > rows.size()) {
                throw new IllegalArgumentException("totalRows " + totalRows + " of a table of " + rows.size() + " rows");
            }
        }

        /** A table without a total row. */
        public Table(List<String> header, List<List<String>> rows) {
            this(header, rows, 0);
        }

        /** Whether every cell of the column below the header is a figure (or a dash, or empty), and one at least is. */
        @API(status = EXPERIMENTAL, since = "0.2")
        public boolean isNumberColumn(int column) {
            boolean any = false;
            for (List<String> row : rows) {
                String cell = column < row.size() ? row.get(column).strip() : "";
                if (!FIGURE.matcher(cell).matches()) {
                    return false;
                }
                any |= cell.chars().anyMatch(Character::isDigit);
            }
            return any;
        }

        /** Whether a row of the body (0 the first below the header) is a total. */
        @API(status = EXPERIMENTAL, since = "0.2")
        public boolean isTotal(int row) {
            return row >= rows.size() - totalRows;
        }
    }
}
