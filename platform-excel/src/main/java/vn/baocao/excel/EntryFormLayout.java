package vn.baocao.excel;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import vn.baocao.api.indicator.Category;
import vn.baocao.api.indicator.Disaggregation;
import vn.baocao.api.indicator.Indicator;

/**
 * Where things are in an entry form, shared by the writer and the reader: the data sheet with a row
 * per unit and a column per indicator and category, and a hidden sheet saying what the form is for.
 */
final class EntryFormLayout {
    static final String DATA_SHEET = "Số liệu";
    static final String META_SHEET = "baocao";
    static final String FORMAT = "baocao-entry-form/1";
    /** Rows (0-based): indicator names, category names, machine codes; then one row per unit. */
    static final int INDICATOR_ROW = 3;
    static final int CATEGORY_ROW = 4;
    static final int CODE_ROW = 5;
    static final int FIRST_DATA_ROW = 6;
    static final int UNIT_CODE_COLUMN = 0;
    static final int UNIT_NAME_COLUMN = 1;
    static final int FIRST_VALUE_COLUMN = 2;
    static final String COMMENT_CODE = "comment";
    /** Meta sheet rows: key in column A, value in column B; unit codes for the list from column D. */
    static final int META_FORMAT = 0, META_PROGRAM = 1, META_UNIT = 2, META_PERIOD = 3;
    static final int META_UNIT_LIST_COLUMN = 3;
    /** An indicator with more category combinations than this does not fit a form's columns. */
    static final int MAX_COLUMNS_PER_INDICATOR = 60;

    private EntryFormLayout() {}

    /** A value column: an indicator and one category of each of its disaggregations. */
    record Column(Indicator indicator, List<Category> categories) {

        /** The machine code in the code row: {@code CM_UNDERAGE_PERSONS|SEX=M}. */
        String code() {
            StringBuilder code = new StringBuilder(indicator.code());
            for (int d = 0; d < categories.size(); d++) {
                code.append(d == 0 ? '|' : ';').append(indicator.disaggregations().get(d).code()).append('=').append(categories.get(d).code());
            }
            return code.toString();
        }
    }

    /** The columns of an indicator: one, or one per combination of its categories. */
    static List<Column> columns(Indicator indicator) {
        List<List<Category>> combinations = new ArrayList<>();
        combinations.add(List.of());
        for (Disaggregation d : indicator.disaggregations()) {
            List<List<Category>> next = new ArrayList<>();
            for (List<Category> before : combinations) {
                for (Category c : d.categories()) {
                    List<Category> longer = new ArrayList<>(before);
                    longer.add(c);
                    next.add(List.copyOf(longer));
                }
            }
            combinations = next;
        }
        return combinations.stream().map(c -> new Column(indicator, c)).toList();
    }

    /** The indicator code and categories of a code-row text, or empty when it is not one. */
    static Optional<String[]> parse(String code) {
        if (code == null || code.isBlank()) return Optional.empty();
        int bar = code.indexOf('|');
        if (bar < 0) return Optional.of(new String[] {code.trim()});
        String[] pairs = code.substring(bar + 1).split(";");
        String[] parts = new String[1 + 2 * pairs.length];
        parts[0] = code.substring(0, bar).trim();
        for (int i = 0; i < pairs.length; i++) {
            int eq = pairs[i].indexOf('=');
            if (eq < 0) return Optional.empty();
            parts[1 + 2 * i] = pairs[i].substring(0, eq).trim();
            parts[2 + 2 * i] = pairs[i].substring(eq + 1).trim();
        }
        return Optional.of(parts);
    }
}
