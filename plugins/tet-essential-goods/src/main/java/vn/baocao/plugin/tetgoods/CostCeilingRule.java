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

/** The average cost a household stays under the resolution's ceiling. */
final class CostCeilingRule implements ValidationRule {
    private final Allotments allotments;

    CostCeilingRule(Allotments allotments) {
        this.allotments = allotments;
    }

    @Override
    public String id() {
        return "tet-essential-goods.cost-ceiling";
    }

    @Override
    public Importance importance() {
        return Importance.ERROR;
    }

    @Override
    public List<Violation> check(RuleSubject subject) {
        List<Violation> violations = new ArrayList<>();
        for (Results.Indexed p : Results.indexedOfType(subject.programs(), TetGoodsPlugin.ID)) {
            for (Period period : Results.periods(p.program(), TetGoodsIndicators.SPENDING)) {
                BigDecimal spending = Results.total(p.program(), TetGoodsIndicators.SPENDING, period).orElse(BigDecimal.ZERO);
                Optional<BigDecimal> households = Results.total(p.program(), TetGoodsIndicators.HOUSEHOLDS, period).filter(h -> h.signum() > 0);
                if (households.isEmpty()) {
                    continue;
                }
                BigDecimal average = spending.divide(households.get(), 0, RoundingMode.HALF_UP);
                if (average.compareTo(allotments.costCeilingPerHousehold()) > 0) {
                    violations.add(Violation.of(p.pointerTo(TetGoodsIndicators.SPENDING, period),
                            "tet-essential-goods.rule.costCeiling", period.code(), VietnameseNumbers.format(average),
                            VietnameseNumbers.format(allotments.costCeilingPerHousehold())));
                }
            }
        }
        return violations;
    }
}
