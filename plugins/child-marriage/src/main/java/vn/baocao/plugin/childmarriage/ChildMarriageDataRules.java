package vn.baocao.plugin.childmarriage;

import java.util.List;
import vn.baocao.api.rule.DataRule;
import vn.baocao.api.rule.MissingValueStrategy;
import vn.baocao.api.rule.Operator;

/**
 * The persons-vs-couples check over imported values, for every unit and period: each child-marriage
 * couple has one or two spouses under age.
 */
final class ChildMarriageDataRules {
    private ChildMarriageDataRules() {}

    static List<DataRule> all() {
        return List.of(
                DataRule.builder("child-marriage.persons-at-least-couples")
                        .message("Số người tảo hôn ({0}) ít hơn số cặp tảo hôn ({1}).",
                                "Persons married under age ({0}) are fewer than child-marriage couples ({1}).")
                        .compare("#{CM_UNDERAGE_PERSONS}", Operator.GREATER_THAN_OR_EQUAL_TO, "#{CM_COUPLES}")
                        .whenMissing(MissingValueStrategy.SKIP_IF_ANY_VALUE_MISSING)
                        .build(),
                DataRule.builder("child-marriage.persons-at-most-twice-couples")
                        .message("Số người tảo hôn ({0}) nhiều hơn gấp đôi số cặp tảo hôn ({1} là gấp đôi).",
                                "Persons married under age ({0}) are more than twice the couples ({1}).")
                        .compare("#{CM_UNDERAGE_PERSONS}", Operator.LESS_THAN_OR_EQUAL_TO, "2 * #{CM_COUPLES}")
                        .whenMissing(MissingValueStrategy.SKIP_IF_ANY_VALUE_MISSING)
                        .build());
    }
}
