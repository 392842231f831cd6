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

        /**
         * How wide each column is against the others, from what it holds, for every format to share:
         * a number column as wide as its longest figure or the longest word of its heading, a text
         * column as its longest text up to {@value #LONGEST_TEXT} characters, so that the unit's name
         * gets the room the figures do not need; never under {@value #NARROWEST}.
         */
        @API(status = EXPERIMENTAL, since = "0.2")
        public int[] columnWeights() {
            int[] weights = new int[header.size()];
            for (int c = 0; c < weights.length; c++) {
                int widest = longestWord(header.get(c));
                for (List<String> row : rows) {
                    widest = Math.max(widest, c < row.size() ? row.get(c).strip().length() : 0);
                }
                weights[c] = Math.max(NARROWEST, isNumberColumn(c) ? widest : Math.min(widest, LONGEST_TEXT));
            }
            return weights;
        }

        /** Characters a text column is weighed at most: beyond it, its cells wrap. */
        private static final int LONGEST_TEXT = 40;
        /** Characters a column is weighed at least, so that a heading word of a narrow column still fits. */
        private static final int NARROWEST = 6;

        private static int longestWord(String text) {
            int longest = 0;
            for (String word : text.strip().split("\\s+")) {
                longest = Math.max(longest, word.length());
            }
            return longest;
        }
    }

    /**
     * A chart of figures: bars by category (the units under an area, say), one series a year, or a
     * line over the categories (the years). DOCX makes it a native chart that Word and LibreOffice
     * can edit; HTML and PDF a picture; Markdown its figures as a table. A value may be null where a
     * category has none.
     *
     * @param kind bars or a line
     * @param title the caption, above it
     * @param unit the unit of measure of the values (the value axis's title)
     * @param categories the labels along the category axis
     * @param series each with a value per category
     */
    @API(status = EXPERIMENTAL, since = "0.2")
    record Chart(Kind kind, String title, String unit, List<String> categories, List<Series> series) implements BlockContent {

        @API(status = EXPERIMENTAL, since = "0.2")
        public enum Kind {
            BARS,
            LINE
        }

        /** A named row of values, one per category (null where there is none). */
        @API(status = EXPERIMENTAL, since = "0.2")
        public record Series(String name, List<java.math.BigDecimal> values) {
            public Series {
                values = java.util.Collections.unmodifiableList(new java.util.ArrayList<>(values));
            }
        }

        public Chart {
            categories = List.copyOf(categories);
            series = List.copyOf(series);
            for (Series s : series) {
                if (s.values().size() != categories.size()) {
                    throw new IllegalArgumentException("series " + s.name() + " has " + s.values().size() + " values for "
                            + categories.size() + " categories");
                }
            }
        }
    }
}
