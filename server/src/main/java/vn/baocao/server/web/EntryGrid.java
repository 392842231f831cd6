package vn.baocao.server.web;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import vn.baocao.api.indicator.Category;
import vn.baocao.api.indicator.Disaggregation;
import vn.baocao.api.indicator.Indicator;
import vn.baocao.core.data.RuleEngine;
import vn.baocao.core.i18n.Messages;
import vn.baocao.server.StoredValue;

/**
 * A program's form laid out from its indicators: one grid for each set of disaggregations, a row
 * per indicator and a column per combination of categories, each cell with its value now, its
 * version and the value of the period before; the rules' problems placed at the cells they concern.
 */
public record EntryGrid(String title, List<Column> columns, List<Row> rows) {

    /** @param categories the cell's categories as the API takes them, {@code {"SEX":"F"}} */
    public record Column(String label, Map<String, String> categories) {}

    public record Row(String indicator, String name, String unitOfMeasure, List<Cell> cells) {}

    /**
     * @param id the input's id, also the anchor a problem links to
     * @param categoriesJson the categories as JSON, for the script that saves the cell
     * @param version the stored value's version (0: none yet), sent back as {@code If-Match}
     * @param previous the previous period's value as a person reads it, empty when none
     */
    public record Cell(String id, String label, String categoriesJson, String value, long version, String previous, List<String> problems) {
        public boolean invalid() {
            return !problems.isEmpty();
        }
    }

    private static final Pattern REFERENCE = Pattern.compile("#\\{([A-Z0-9_]+)");

    static List<EntryGrid> of(List<Indicator> indicators, List<StoredValue> now, List<StoredValue> before,
                              List<RuleEngine.Violation> violations, Messages messages) {
        Locale locale = messages.locale();
        Map<String, StoredValue> current = byKey(now);
        Map<String, StoredValue> previous = byKey(before);
        Map<List<String>, List<Indicator>> groups = new LinkedHashMap<>();
        for (Indicator indicator : indicators) {
            groups.computeIfAbsent(indicator.disaggregations().stream().map(Disaggregation::code).toList(), k -> new ArrayList<>()).add(indicator);
        }
        List<EntryGrid> grids = new ArrayList<>();
        for (List<Indicator> group : groups.values()) {
            List<Disaggregation> by = group.get(0).disaggregations();
            List<Column> columns = columns(by, locale);
            List<Row> rows = new ArrayList<>();
            for (Indicator indicator : group) {
                List<Cell> cells = new ArrayList<>();
                for (Column column : columns) {
                    String key = indicator.code() + "|" + key(column.categories());
                    StoredValue value = current.get(key);
                    StoredValue earlier = previous.get(key);
                    String label = indicator.name().in(locale) + (column.categories().isEmpty() ? "" : ", " + column.label());
                    cells.add(new Cell(id(indicator.code(), column.categories()), label, json(column.categories()),
                            value == null ? "" : value.value().toPlainString(), value == null ? 0 : value.version(),
                            earlier == null ? "" : shown(earlier.value(), locale), problemsOf(indicator.code(), column.categories(), violations, messages)));
                }
                rows.add(new Row(indicator.code(), indicator.name().in(locale), indicator.unitOfMeasure().in(locale), cells));
            }
            String title = by.isEmpty() ? messages.get("web.entry.values") : by.stream().map(d -> d.name().in(locale)).collect(Collectors.joining(" × "));
            grids.add(new EntryGrid(title, columns, rows));
        }
        return grids;
    }

    /** Every combination of the disaggregations' categories, in their order; one column without any. */
    private static List<Column> columns(List<Disaggregation> by, Locale locale) {
        List<Column> columns = new ArrayList<>(List.of(new Column("", Map.of())));
        for (Disaggregation d : by) {
            List<Column> next = new ArrayList<>();
            for (Column column : columns) {
                for (Category c : d.categories()) {
                    Map<String, String> categories = new LinkedHashMap<>(column.categories());
                    categories.put(d.code(), c.code());
                    next.add(new Column(column.label().isEmpty() ? c.name().in(locale) : column.label() + ", " + c.name().in(locale), categories));
                }
            }
            columns = next;
        }
        if (by.isEmpty()) return List.of(new Column("", Map.of()));
        return columns;
    }

    /** A rule's problem belongs to the cells of the indicators it reads (of its category when it was expanded to one). */
    private static List<String> problemsOf(String indicator, Map<String, String> categories, List<RuleEngine.Violation> violations, Messages messages) {
        List<String> found = new ArrayList<>();
        for (RuleEngine.Violation v : violations) {
            if (!reads(v, indicator)) continue;
            if (v.category().isPresent() && !categories.containsValue(v.category().get())) continue;
            found.add(v.message(messages));
        }
        return found;
    }

    /** The cell a rule's problem links to: the first cell of the first indicator it reads (its left side first). */
    static String cellOf(RuleEngine.Violation v, List<Indicator> indicators) {
        Matcher m = REFERENCE.matcher(v.rule().left() + " " + v.rule().right());
        while (m.find()) {
            for (Indicator i : indicators) if (i.code().equals(m.group(1))) return firstCell(i);
        }
        return "";
    }

    static boolean reads(RuleEngine.Violation v, String indicator) {
        Matcher m = REFERENCE.matcher(v.rule().left() + " " + v.rule().right());
        while (m.find()) {
            if (m.group(1).equals(indicator)) return true;
        }
        return false;
    }

    private static Map<String, StoredValue> byKey(List<StoredValue> values) {
        Map<String, StoredValue> map = new LinkedHashMap<>();
        for (StoredValue v : values) map.put(v.indicator() + "|" + v.categories(), v);
        return map;
    }

    /** As the store keeps them: {@code SEX=F;ETHNIC=KIN}. */
    private static String key(Map<String, String> categories) {
        return categories.entrySet().stream().map(e -> e.getKey() + "=" + e.getValue()).collect(Collectors.joining(";"));
    }

    /** The cell a problem of the indicator links to: its first. */
    static String firstCell(Indicator indicator) {
        Map<String, String> first = new LinkedHashMap<>();
        for (Disaggregation d : indicator.disaggregations()) first.put(d.code(), d.categories().get(0).code());
        return id(indicator.code(), first);
    }

    static String id(String indicator, Map<String, String> categories) {
        return "cell-" + indicator + categories.values().stream().map(c -> "-" + c).collect(Collectors.joining());
    }

    private static String json(Map<String, String> categories) {
        return categories.entrySet().stream().map(e -> "\"" + e.getKey() + "\":\"" + e.getValue() + "\"").collect(Collectors.joining(",", "{", "}"));
    }

    /** A figure as its reader writes it: 1.234,5 in Vietnamese, 1,234.5 in English. */
    static String shown(BigDecimal value, Locale locale) {
        Locale symbols = locale.getLanguage().equals("en") ? Locale.ENGLISH : Locale.forLanguageTag("vi");
        java.text.DecimalFormat format = new java.text.DecimalFormat("#,##0", java.text.DecimalFormatSymbols.getInstance(symbols));
        // every digit the value has: a figure is shown exactly or not at all
        format.setMaximumFractionDigits(Math.max(0, value.stripTrailingZeros().scale()));
        return format.format(value);
    }
}
