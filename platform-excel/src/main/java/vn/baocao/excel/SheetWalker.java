package vn.baocao.excel;

import java.io.IOException;
import java.io.InputStream;
import java.math.BigDecimal;
import java.text.Normalizer;
import java.util.Arrays;
import java.util.HashMap;
import java.util.Map;
import javax.xml.XMLConstants;
import javax.xml.parsers.ParserConfigurationException;
import javax.xml.parsers.SAXParserFactory;
import org.apache.poi.xssf.model.SharedStrings;
import org.xml.sax.Attributes;
import org.xml.sax.InputSource;
import org.xml.sax.SAXException;
import org.xml.sax.XMLReader;
import org.xml.sax.helpers.DefaultHandler;

/**
 * Reads a worksheet's XML ({@code xl/worksheets/sheetN.xml}) as a stream and hands each row to
 * {@link #row(int, Cells)} as soon as its end tag is read: only the row being read is held, and of
 * it only the columns below {@link #limit}. A cell is read from its raw parts: {@code <c r= t=>},
 * the cached result in {@code <v>} exactly as written, the formula in {@code <f>} (a formula with
 * no {@code <v>} has never been computed), inline text in {@code <is><t>}, shared text by its index.
 *
 * <p>Anything a spreadsheet program cannot have written (a shared-string index that is not one, a
 * number that is not a number, a cell of more text than a cell holds) is a {@link Unreadable}.
 */
abstract class SheetWalker extends DefaultHandler {
    /** Excel's columns: A to XFD. */
    static final int MAX_COLUMNS = 16_384;
    /** The text a cell holds at most in Excel (and in POI). */
    static final int MAX_CELL_CHARS = 32_767;
    /** The text (inline, results, formulas) one row may hold in all, so that a row stays small. */
    static final int MAX_ROW_CHARS = 1 << 22;
    /** A number longer than this is not the shortest text of a double, as spreadsheets write them. */
    static final int MAX_NUMBER_CHARS = 64;
    /** Shared formulas whose text is remembered for the cells that only refer to them. */
    private static final int MAX_SHARED_FORMULAS = 4_096;

    private final SharedStrings strings;
    private final Cells cells = new Cells();
    /** The columns kept of each row: those the reader will look at. */
    int limit = MAX_COLUMNS;

    private boolean inSheetData, inCell, inInline, inPhonetic, collecting;
    private final StringBuilder chars = new StringBuilder(64);
    private int rowIndex = -1;
    private int column = -1;
    private int rowChars;
    private String type;
    private String value;
    private String inline;
    private String formula;
    private boolean hasFormula;
    private String sharedIndex;
    private final Map<String, String> sharedFormulas = new HashMap<>();

    SheetWalker(SharedStrings strings) {
        this.strings = strings;
    }

    /** A row of the sheet (0-based), with the cells it has; the cells are reused for the next row. */
    abstract void row(int r, Cells cells) throws SAXException;

    /** The end of the sheet's rows. */
    void end() throws SAXException {}

    /** Walks the sheet, to its end or until {@link #stop()} is called. */
    final void walk(InputStream in) throws IOException, SAXException {
        try {
            XMLReader reader;
            try {
                reader = parsers().newSAXParser().getXMLReader();
            } catch (ParserConfigurationException e) {
                throw new SAXException(e);
            }
            reader.setContentHandler(this);
            reader.setErrorHandler(this);
            reader.parse(new InputSource(in));
        } catch (Stop stop) {
            // the reader has what it needs
        }
    }

    /** Stops the walk: no more rows are read. */
    static SAXException stop() {
        return Stop.INSTANCE;
    }

    @Override
    public void startElement(String uri, String local, String qName, Attributes attributes) throws SAXException {
        if (inCell) {
            switch (local) {
                case "v" -> startCollecting();
                case "f" -> {
                    hasFormula = true;
                    startCollecting();
                    if ("shared".equals(attributes.getValue("t"))) sharedIndex = attributes.getValue("si");
                }
                case "is" -> inInline = true;
                case "rPh" -> inPhonetic = true;
                case "t" -> {
                    if (inInline && !inPhonetic) startCollecting();
                }
                default -> { }
            }
            return;
        }
        switch (local) {
            case "sheetData" -> inSheetData = true;
            case "row" -> {
                if (!inSheetData) return;
                String r = attributes.getValue("r");
                int next = r == null ? rowIndex + 1 : parseRow(r);
                rowIndex = next;
                column = -1;
                rowChars = 0;
                cells.clear();
            }
            case "c" -> {
                if (!inSheetData) return;
                inCell = true;
                String r = attributes.getValue("r");
                column = r == null ? column + 1 : parseColumn(r);
                type = attributes.getValue("t");
                value = null;
                inline = null;
                formula = null;
                hasFormula = false;
                sharedIndex = null;
            }
            default -> { }
        }
    }

    @Override
    public void endElement(String uri, String local, String qName) throws SAXException {
        if (inCell) {
            switch (local) {
                case "v" -> value = collected();
                case "f" -> {
                    formula = collected();
                    if (sharedIndex != null) {
                        if (!formula.isEmpty() && sharedFormulas.size() < MAX_SHARED_FORMULAS) sharedFormulas.put(sharedIndex, formula);
                        else if (formula.isEmpty()) formula = sharedFormulas.getOrDefault(sharedIndex, "");
                    }
                }
                case "t" -> {
                    if (collecting) inline = inline == null ? collected() : inline + collected();
                }
                case "rPh" -> inPhonetic = false;
                case "is" -> inInline = false;
                case "c" -> {
                    inCell = false;
                    cell();
                }
                default -> { }
            }
            return;
        }
        switch (local) {
            case "row" -> {
                if (inSheetData) row(rowIndex, cells);
            }
            case "sheetData" -> inSheetData = false;
            default -> { }
        }
    }

    @Override
    public void endDocument() throws SAXException {
        end();
    }

    @Override
    public void characters(char[] ch, int start, int length) throws SAXException {
        if (!collecting) return;
        rowChars += length;
        if (chars.length() + length > MAX_CELL_CHARS || rowChars > MAX_ROW_CHARS) throw new Unreadable();
        chars.append(ch, start, length);
    }

    private void startCollecting() {
        collecting = column < limit;
        chars.setLength(0);
    }

    private String collected() {
        collecting = false;
        String text = chars.toString();
        chars.setLength(0);
        return text;
    }

    /** Keeps the cell just read, in the form the reader asks for. */
    private void cell() throws SAXException {
        if (column < 0 || column >= MAX_COLUMNS) throw new Unreadable();
        cells.width = Math.max(cells.width, column + 1);
        if (column >= limit) return;
        // a formula whose result was never saved: no <v>, or an empty one (as some writers leave it); never 0
        if (hasFormula && (value == null || value.isBlank())) {
            cells.put(column, Cells.FORMULA_WITHOUT_RESULT, formula == null ? "" : formula, null, true);
            return;
        }
        String t = type == null ? "n" : type;
        switch (t) {
            case "s" -> {
                if (value == null) {
                    cells.put(column, Cells.TEXT, "", null, hasFormula);
                    return;
                }
                String text;
                try {
                    text = strings.getItemAt(Integer.parseInt(value.strip())).getString();
                } catch (RuntimeException e) {
                    // not an index into the shared strings
                    throw new Unreadable();
                }
                cells.put(column, Cells.TEXT, text == null ? "" : text, null, hasFormula);
            }
            case "inlineStr" -> cells.put(column, Cells.TEXT, inline != null ? inline : value != null ? value : "", null, hasFormula);
            case "b" -> {
                if (value == null) cells.put(column, Cells.BLANK, null, null, hasFormula);
                else {
                    String v = value.strip();
                    cells.put(column, Cells.TEXT, v.equals("1") || v.equalsIgnoreCase("true") ? "1" : "0", null, hasFormula);
                }
            }
            case "n" -> {
                if (value == null || value.isBlank()) {
                    cells.put(column, Cells.BLANK, null, null, hasFormula);
                    return;
                }
                String v = value.strip();
                if (v.length() > MAX_NUMBER_CHARS) {
                    cells.put(column, Cells.NUMBER, v.substring(0, 40) + "…", null, hasFormula);
                    return;
                }
                BigDecimal number;
                try {
                    number = new BigDecimal(v);
                } catch (NumberFormatException e) {
                    throw new Unreadable();
                }
                cells.put(column, Cells.NUMBER, v, number, hasFormula);
            }
            // "str" (a formula's text result), "e" (an error: its text, #DIV/0!), "d" (an ISO date) and any other: the text as written
            default -> cells.put(column, value == null ? Cells.BLANK : Cells.TEXT, value, null, hasFormula);
        }
    }

    /** The row of a cell reference's digits ({@code 12} of {@code AB12}, 0-based 11), or of a row's {@code r}. */
    private static int parseRow(String r) throws SAXException {
        int row = 0;
        boolean digits = false;
        for (int i = 0; i < r.length(); i++) {
            char c = r.charAt(i);
            if (c >= '0' && c <= '9') {
                row = row * 10 + (c - '0');
                digits = true;
                if (row > 1 << 24) throw new Unreadable();
            } else if (c != '$' && !(c >= 'A' && c <= 'Z') && !(c >= 'a' && c <= 'z')) {
                throw new Unreadable();
            }
        }
        if (!digits || row == 0) throw new Unreadable();
        return row - 1;
    }

    /** The column of a cell reference ({@code AB12}: 27). */
    private static int parseColumn(String r) throws SAXException {
        int col = 0;
        int letters = 0;
        for (int i = 0; i < r.length(); i++) {
            char c = r.charAt(i);
            if (c >= 'A' && c <= 'Z') col = col * 26 + (c - 'A' + 1);
            else if (c >= 'a' && c <= 'z') col = col * 26 + (c - 'a' + 1);
            else if (c == '$') continue;
            else break;
            if (++letters > 3) throw new Unreadable();
        }
        if (letters == 0) throw new Unreadable();
        return col - 1;
    }

    /**
     * The cells of one row, by column: what each shows as text, a number exactly as written, whether
     * it holds a formula and whether that formula has a result.
     */
    static final class Cells {
        static final byte ABSENT = 0, BLANK = 1, TEXT = 2, NUMBER = 3, FORMULA_WITHOUT_RESULT = 4;

        private byte[] kinds = new byte[16];
        private String[] raws = new String[16];
        private BigDecimal[] numbers = new BigDecimal[16];
        private boolean[] formulas = new boolean[16];
        private int[] used = new int[16];
        private int usedCount;
        /** One more than the last column with a cell (POI's {@code getLastCellNum}); 0 for a row without cells. */
        int width;

        void clear() {
            for (int i = 0; i < usedCount; i++) {
                int c = used[i];
                kinds[c] = ABSENT;
                raws[c] = null;
                numbers[c] = null;
                formulas[c] = false;
            }
            usedCount = 0;
            width = 0;
        }

        void put(int column, byte kind, String raw, BigDecimal number, boolean formula) {
            if (column >= kinds.length) {
                int size = Math.min(MAX_COLUMNS, Math.max(column + 1, kinds.length * 2));
                kinds = Arrays.copyOf(kinds, size);
                raws = Arrays.copyOf(raws, size);
                numbers = Arrays.copyOf(numbers, size);
                formulas = Arrays.copyOf(formulas, size);
            }
            if (kinds[column] == ABSENT) {
                if (usedCount == used.length) used = Arrays.copyOf(used, Math.min(MAX_COLUMNS, used.length * 2));
                used[usedCount++] = column;
            }
            kinds[column] = kind;
            raws[column] = raw;
            numbers[column] = number;
            formulas[column] = formula;
        }

        byte kind(int column) {
            return column < kinds.length ? kinds[column] : ABSENT;
        }

        /** Whether the cell holds a formula, computed or not. */
        boolean isFormula(int column) {
            return column < formulas.length && formulas[column];
        }

        /** The number of a numeric cell as written, or null when it was too long to be one Excel writes. */
        BigDecimal number(int column) {
            return column < numbers.length ? numbers[column] : null;
        }

        /** The text of a numeric cell as written; the formula of a formula without result. */
        String raw(int column) {
            return column < raws.length ? raws[column] : null;
        }

        /** Whether the cell shows no text (blank, absent, only spaces; a formula without result shows none). */
        boolean isEmpty(int column) {
            return switch (kind(column)) {
                case NUMBER -> false;
                case TEXT -> raws[column].isBlank();
                default -> true;
            };
        }

        /**
         * What the cell shows, as text, composed (NFC) and without surrounding spaces: a number in
         * plain digits without trailing zeros ({@code 2026}, {@code 0.1}), a boolean as 1 or 0, an
         * error as its text, a formula by its last result.
         */
        String text(int column) {
            return switch (kind(column)) {
                case TEXT -> Normalizer.normalize(raws[column].strip(), Normalizer.Form.NFC);
                case NUMBER -> plain(numbers[column], raws[column]);
                default -> "";
            };
        }

        private static String plain(BigDecimal number, String raw) {
            if (number == null) return raw;
            BigDecimal stripped = number.stripTrailingZeros();
            // 1E+400 is a number, but not one to write out in full
            if (stripped.scale() < -400 || stripped.scale() > 400) return stripped.toString();
            return stripped.toPlainString();
        }
    }

    /** The file is not one a spreadsheet program wrote. */
    static final class Unreadable extends SAXException {
        private static final long serialVersionUID = 1L;

        Unreadable() {
            super("not a worksheet");
        }

        @Override
        public synchronized Throwable fillInStackTrace() {
            return this;
        }
    }

    /** The end of a walk the reader asked for. */
    private static final class Stop extends SAXException {
        private static final long serialVersionUID = 1L;
        static final Stop INSTANCE = new Stop();

        private Stop() {
            super("stop");
        }

        @Override
        public synchronized Throwable fillInStackTrace() {
            return this;
        }
    }

    /** Namespace-aware parsers that read no DTD and resolve no external entity (a factory per walk: factories are not thread-safe). */
    private static SAXParserFactory parsers() {
        SAXParserFactory factory = SAXParserFactory.newDefaultInstance();
        factory.setNamespaceAware(true);
        factory.setValidating(false);
        factory.setXIncludeAware(false);
        try {
            factory.setFeature(XMLConstants.FEATURE_SECURE_PROCESSING, true);
            factory.setFeature("http://apache.org/xml/features/disallow-doctype-decl", true);
            factory.setFeature("http://xml.org/sax/features/external-general-entities", false);
            factory.setFeature("http://xml.org/sax/features/external-parameter-entities", false);
            factory.setFeature("http://apache.org/xml/features/nonvalidating/load-external-dtd", false);
        } catch (ParserConfigurationException | SAXException e) {
            throw new IllegalStateException("the JDK's XML parser lacks a safety feature", e);
        }
        return factory;
    }
}
