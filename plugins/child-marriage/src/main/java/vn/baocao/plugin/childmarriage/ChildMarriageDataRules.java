package vn.baocao.plugin.childmarriage;

import java.util.List;
import java.util.Optional;
import java.util.Set;
import vn.baocao.api.rule.DataRule;
import vn.baocao.api.rule.MissingValueStrategy;
import vn.baocao.api.rule.Operator;
import vn.baocao.api.spi.Importance;
import vn.baocao.api.text.LocalizedText;

/**
 * The persons-vs-couples check over imported values, for every unit and period: each child-marriage
 * couple has one or two spouses under age.
 */
final class ChildMarriageDataRules {
    private ChildMarriageDataRules() {}

    static List<DataRule> all() {
        return List.of(
                new DataRule("child-marriage.persons-at-least-couples",
                        LocalizedText.of("Số người tảo hôn ({0}) ít hơn số cặp tảo hôn ({1}).",
                                "Persons married under age ({0}) are fewer than child-marriage couples ({1})."),
                        "#{CM_UNDERAGE_PERSONS}", Operator.GREATER_THAN_OR_EQUAL_TO, "#{CM_COUPLES}",
                        MissingValueStrategy.SKIP_IF_ANY_VALUE_MISSING, MissingValueStrategy.SKIP_IF_ANY_VALUE_MISSING,
                        Importance.ERROR, Set.of(), Optional.empty(), Optional.empty()),
                new DataRule("child-marriage.persons-at-most-twice-couples",
                        LocalizedText.of("Số người tảo hôn ({0}) nhiều hơn gấp đôi số cặp tảo hôn ({1} là gấp đôi).",
                                "Persons married under age ({0}) are more than twice the couples ({1})."),
                        "#{CM_UNDERAGE_PERSONS}", Operator.LESS_THAN_OR_EQUAL_TO, "2 * #{CM_COUPLES}",
                        MissingValueStrategy.SKIP_IF_ANY_VALUE_MISSING, MissingValueStrategy.SKIP_IF_ANY_VALUE_MISSING,
                        Importance.ERROR, Set.of(), Optional.empty(), Optional.empty()));
    }
}
