package vn.baocao.server;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import tools.jackson.databind.JsonNode;
import vn.baocao.api.indicator.Indicator;
import vn.baocao.core.plugin.Registry;

/**
 * DHIS2's {@code POST /api/dataValueSets}, for tools that speak it: data values with codes as the id
 * scheme ({@code dataElement} an indicator code, {@code orgUnit} a unit code, the
 * {@code categoryOptionCombo} a category code of the indicator's one disaggregation, or
 * {@code SEX=F;ETHNIC=KIN}), DHIS2's period codes ({@code 202601}, {@code 2026Q1}, {@code 2026S1},
 * {@code 2026}), answered with DHIS2's import summary. Unlike DHIS2, a set is stored all or nothing.
 */
final class Dhis2DataValueSets {
    private static final Pattern MONTH = Pattern.compile("(\\d{4})(\\d{2})");
    private static final Pattern SIX_MONTHS = Pattern.compile("(\\d{4})S([12])");
    private static final Pattern INDEX = Pattern.compile("^/values/(\\d+)");
    private final Registry registry;

    Dhis2DataValueSets(Registry registry) {
        this.registry = registry;
    }

    /** The set as the platform's values file: one value per line, so that line n is data value n - 2. */
    String asValues(JsonNode set) {
        if (set == null || !set.isObject() || !set.path("dataValues").isArray()) throw ApiProblem.of(400, "dhis2.noDataValues");
        String period = set.path("period").asString("");
        String orgUnit = set.path("orgUnit").asString("");
        StringBuilder json = new StringBuilder("{\"values\": [\n");
        int i = 0;
        for (JsonNode value : set.get("dataValues")) {
            if (i++ > 0) json.append(",\n");
            Map<String, Object> item = new LinkedHashMap<>();
            String indicator = value.path("dataElement").asString("");
            item.put("indicator", indicator);
            item.put("unit", value.path("orgUnit").asString(orgUnit));
            item.put("period", period(value.path("period").asString(period)));
            categories(indicator, value.path("categoryOptionCombo").asString("")).ifPresent(c -> item.put("categories", c));
            // DHIS2 sends values as text: given to the platform's reading as text, digit for digit
            item.put("value", value.path("value").isNumber() ? value.get("value").asString() : value.path("value").asString(""));
            String comment = value.path("comment").asString("");
            if (!comment.isBlank()) item.put("comment", comment);
            json.append(Json.write(item));
        }
        return json.append("\n]}").toString();
    }

    /** DHIS2's import summary of a stored set. */
    static Map<String, Object> imported(ValueBatches.Outcome outcome) {
        Map<String, Object> summary = new LinkedHashMap<>();
        summary.put("status", "SUCCESS");
        summary.put("dryRun", outcome.dryRun());
        summary.put("importCount", Map.of("imported", outcome.added(), "updated", outcome.replaced(), "ignored", outcome.unchanged(), "deleted", 0));
        summary.put("conflicts", List.of());
        return summary;
    }

    /** DHIS2's import summary of a refused set: every conflict with the index of its data value. */
    static Map<String, Object> refused(ApiProblem problem, String message, long values) {
        List<Map<String, Object>> conflicts = new ArrayList<>();
        for (Map<String, Object> detail : problem.details) {
            Map<String, Object> conflict = new LinkedHashMap<>();
            Object pointer = detail.get("pointer");
            Matcher m = pointer == null ? null : INDEX.matcher(pointer.toString());
            Optional<Integer> index = m != null && m.find() ? Optional.of(Integer.parseInt(m.group(1)))
                    : Optional.ofNullable(detail.get("line")).map(l -> ((Number) l).intValue() - 2);
            conflict.put("object", pointer == null ? String.valueOf(detail.getOrDefault("unit", "")) : pointer.toString());
            conflict.put("value", String.valueOf(detail.getOrDefault("message", "")));
            conflict.put("errorCode", String.valueOf(detail.getOrDefault("code", problem.message.key())));
            if (pointer != null) conflict.put("property", pointer.toString().replaceFirst("^/values/\\d+/?", ""));
            index.ifPresent(i -> conflict.put("indexes", List.of(i)));
            conflicts.add(conflict);
        }
        Map<String, Object> summary = new LinkedHashMap<>();
        summary.put("status", "ERROR");
        summary.put("description", message);
        summary.put("importCount", Map.of("imported", 0, "updated", 0, "ignored", values, "deleted", 0));
        summary.put("conflicts", conflicts);
        return summary;
    }

    private static String period(String dhis2) {
        Matcher month = MONTH.matcher(dhis2);
        if (month.matches()) return month.group(1) + "-" + month.group(2);
        Matcher six = SIX_MONTHS.matcher(dhis2);
        if (six.matches()) return six.group(1) + "H" + six.group(2);
        return dhis2;
    }

    /** A combination's code as the indicator's categories: one code for a one-way disaggregation, or KEY=CODE pairs. */
    private Optional<Map<String, String>> categories(String indicator, String combo) {
        if (combo.isBlank() || combo.equalsIgnoreCase("default")) return Optional.empty();
        Map<String, String> categories = new LinkedHashMap<>();
        if (combo.contains("=")) {
            for (String pair : combo.split(";")) {
                String[] kv = pair.split("=", 2);
                categories.put(kv[0].strip(), kv.length > 1 ? kv[1].strip() : "");
            }
            return Optional.of(categories);
        }
        Optional<Indicator> known = registry.indicator(indicator);
        if (known.isPresent() && known.get().disaggregations().size() == 1) {
            categories.put(known.get().disaggregations().get(0).code(), combo.strip());
        } else {
            // the platform's reading names what is wrong with it
            categories.put("categoryOptionCombo", combo.strip());
        }
        return Optional.of(categories);
    }
}
