package vn.baocao.plugin.tetgoods;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import vn.baocao.api.period.Period;
import vn.baocao.api.program.Results;
import vn.baocao.api.spi.Importance;
import vn.baocao.api.spi.RuleSubject;
import vn.baocao.api.spi.ValidationRule;
import vn.baocao.api.spi.Violation;
import vn.baocao.api.text.VietnameseNumbers;

/**
 * The quantities handed out match the allotments: fish sauce, oil and salt by the households, MSG by
 * the persons, each within the tolerance.
 */
final class AllotmentsRule implements ValidationRule {
    private final Allotments allotments;

    AllotmentsRule(Allotments allotments) {
        this.allotments = allotments;
    }

    @Override
    public String id() {
        return "tet-essential-goods.allotments";
    }

    @Override
    public Importance importance() {
        return Importance.ERROR;
    }

    @Override
    public List<Violation> check(RuleSubject subject) {
        List<Violation> violations = new ArrayList<>();
        for (Results.Indexed p : Results.indexedOfType(subject.programs(), TetGoodsPlugin.ID)) {
            for (Period period : Results.periods(p.program(), TetGoodsIndicators.HOUSEHOLDS)) {
                Optional<BigDecimal> households = Results.total(p.program(), TetGoodsIndicators.HOUSEHOLDS, period);
                Optional<BigDecimal> persons = Results.total(p.program(), TetGoodsIndicators.PERSONS, period);
                compare(p, period, TetGoodsIndicators.FISH_SAUCE, households, allotments.fishSaucePerHousehold(), violations);
                compare(p, period, TetGoodsIndicators.COOKING_OIL, households, allotments.cookingOilPerHousehold(), violations);
                compare(p, period, TetGoodsIndicators.SALT, households, allotments.saltPerHousehold(), violations);
                compare(p, period, TetGoodsIndicators.MSG, persons, allotments.msgPerPerson(), violations);
            }
        }
        return violations;
    }

    private void compare(Results.Indexed p, Period period, String indicator, Optional<BigDecimal> base,
                         BigDecimal perUnit, List<Violation> violations) {
        Optional<BigDecimal> actual = Results.total(p.program(), indicator, period);
        if (actual.isEmpty() || base.isEmpty() || base.get().signum() == 0) {
            return;
        }
        BigDecimal expected = base.get().multiply(perUnit);
        BigDecimal allowed = expected.multiply(allotments.tolerancePercent()).divide(BigDecimal.valueOf(100), 4, RoundingMode.HALF_UP);
        if (actual.get().subtract(expected).abs().compareTo(allowed) > 0) {
            violations.add(Violation.of(p.pointerTo(indicator, period), "tet-essential-goods.rule.allotment",
                    period.code(), indicator, VietnameseNumbers.format(actual.get()), VietnameseNumbers.format(expected),
                    VietnameseNumbers.format(allotments.tolerancePercent())));
        }
    }
}
