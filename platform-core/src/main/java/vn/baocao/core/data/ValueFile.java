package vn.baocao.core.data;

import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Indicator values written as YAML or JSON, for a handful of figures typed by hand or sent by
 * another system:
 *
 * <pre>
 * numberStyle: vi          # optional: how the values' texts write numbers (vi, en, plain)
 * values:
 *   - indicator: CM_UNDERAGE_PERSONS
 *     unit: "21028"
 *     period: 2026-01
 *     categories: {SEX: F}
 *     value: 3
 *     comment: cả hai vợ chồng dưới tuổi
 * </pre>
 */
public record ValueFile(String numberStyle, List<Entry> values) {

    public ValueFile {
        values = values == null ? List.of() : Collections.unmodifiableList(new ArrayList<>(values));
    }

    /** One value; scalars are read as text so that the importer checks them as it checks CSV. */
    public record Entry(String indicator, String unit, String period, Map<String, String> categories, String value, String comment) {

        public Entry {
            categories = categories == null ? Map.of() : Collections.unmodifiableMap(new LinkedHashMap<>(categories));
        }
    }
}
