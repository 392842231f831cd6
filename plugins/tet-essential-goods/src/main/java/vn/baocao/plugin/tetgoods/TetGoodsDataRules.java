package vn.baocao.plugin.tetgoods;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import vn.baocao.api.rule.DataRule;
import vn.baocao.api.rule.MissingValueStrategy;
import vn.baocao.api.rule.Operator;
import vn.baocao.api.text.VietnameseNumbers;

/**
 * The policy's checks, for every unit and period with figures (a district's as well as the
 * province's): each quantity handed out matches its allotment for the households or persons served,
 * within the tolerance; spending stays within the allocation; the average cost a household stays
 * under the ceiling.
 */
final class TetGoodsDataRules {
    private TetGoodsDataRules() {}

    static List<DataRule> all(Allotments a) {
        List<DataRule> rules = new ArrayList<>();
        rules.add(allotment("fish-sauce", TetGoodsIndicators.FISH_SAUCE, TetGoodsIndicators.HOUSEHOLDS, a.fishSaucePerHousehold(),
                "nước mắm", "fish sauce", "lít/hộ", "l a household", a));
        rules.add(allotment("cooking-oil", TetGoodsIndicators.COOKING_OIL, TetGoodsIndicators.HOUSEHOLDS, a.cookingOilPerHousehold(),
                "dầu ăn", "cooking oil", "lít/hộ", "l a household", a));
        rules.add(allotment("salt", TetGoodsIndicators.SALT, TetGoodsIndicators.HOUSEHOLDS, a.saltPerHousehold(),
                "muối iốt", "iodised salt", "kg/hộ", "kg a household", a));
        rules.add(allotment("msg", TetGoodsIndicators.MSG, TetGoodsIndicators.PERSONS, a.msgPerPerson(),
                "bột ngọt", "monosodium glutamate", "kg/khẩu", "kg a person", a));
        rules.add(DataRule.builder("tet-essential-goods.spending-within-allocation")
                .message("Kinh phí thực hiện {0} đồng vượt kinh phí được phân bổ {1} đồng.", "Spending of {0} đồng exceeds the allocation of {1} đồng.")
                .compare(ref(TetGoodsIndicators.SPENDING), Operator.LESS_THAN_OR_EQUAL_TO, ref(TetGoodsIndicators.ALLOCATION))
                .whenMissing(MissingValueStrategy.SKIP_IF_ANY_VALUE_MISSING)
                .build());
        String ceiling = a.costCeilingPerHousehold().toPlainString();
        rules.add(DataRule.builder("tet-essential-goods.cost-ceiling")
                .message("Kinh phí thực hiện {0} đồng vượt mức tối đa " + VietnameseNumbers.format(a.costCeilingPerHousehold())
                                + " đồng/hộ cho số hộ được cấp ({1} đồng).",
                        "Spending of {0} đồng exceeds the ceiling of " + english(a.costCeilingPerHousehold()) + " đồng a household for the households served ({1} đồng).")
                .compare(ref(TetGoodsIndicators.SPENDING), Operator.LESS_THAN_OR_EQUAL_TO, ceiling + " * " + ref(TetGoodsIndicators.HOUSEHOLDS))
                .whenMissing(MissingValueStrategy.SKIP_IF_ANY_VALUE_MISSING)
                .build());
        return rules;
    }

    private static DataRule allotment(String id, String quantity, String base, BigDecimal perUnit, String vi, String en,
                                      String unitVi, String unitEn, Allotments a) {
        String per = perUnit.toPlainString();
        String tolerance = a.tolerancePercent().toPlainString();
        return DataRule.builder("tet-essential-goods.allotment." + id)
                .message("Lượng " + vi + " đã cấp ({0}) lệch quá " + VietnameseNumbers.format(a.tolerancePercent()) + "% so với định mức "
                                + VietnameseNumbers.format(perUnit) + " " + unitVi + " ({1}).",
                        "The " + en + " handed out ({0}) is more than " + tolerance + "% off the allotment of " + per + " " + unitEn + " ({1}).")
                .compare(ref(quantity), Operator.EQUAL_TO, per + " * " + ref(base))
                .whenMissing(MissingValueStrategy.SKIP_IF_ANY_VALUE_MISSING)
                .tolerance(tolerance + "%")
                .build();
    }

    private static String english(BigDecimal value) {
        return new java.text.DecimalFormat("#,##0.##", java.text.DecimalFormatSymbols.getInstance(java.util.Locale.ENGLISH)).format(value);
    }

    private static String ref(String indicator) {
        return "#{" + indicator + "}";
    }
}
