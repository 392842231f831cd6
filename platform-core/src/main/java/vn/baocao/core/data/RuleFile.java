package vn.baocao.core.data;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import vn.baocao.api.rule.DataRule;

/**
 * A YAML (or JSON) file of rules over indicator values, which an integrator drops into a
 * distribution without compiling anything:
 *
 * <pre>
 * rules:
 *   - id: tet.fish-sauce
 *     message: {vi: "Nước mắm {0} lít, định mức {1} lít", en: "Fish sauce {0} l, allotment {1} l"}
 *     left: "#{TG_FISH_SAUCE}"
 *     operator: "=="
 *     right: "2 * #{TG_HOUSEHOLDS}"
 *     tolerance: 5%
 * </pre>
 */
public record RuleFile(List<DataRule> rules) {

    public RuleFile {
        rules = rules == null ? List.of() : Collections.unmodifiableList(new ArrayList<>(rules));
    }
}
