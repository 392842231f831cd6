package vn.baocao.plugin.tetgoods;

import java.math.BigDecimal;
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

/** What was spent does not exceed what was allocated for the same Tết. */
final class SpendingWithinAllocationRule implements ValidationRule {

    @Override
    public String id() {
        return "tet-essential-goods.spending-within-allocation";
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
                Optional<BigDecimal> allocation = Results.total(p.program(), TetGoodsIndicators.ALLOCATION, period);
                if (allocation.isPresent() && spending.compareTo(allocation.get()) > 0) {
                    violations.add(Violation.of(p.pointerTo(TetGoodsIndicators.SPENDING, period),
                            "tet-essential-goods.rule.overspent", period.code(), VietnameseNumbers.format(spending),
                            VietnameseNumbers.format(allocation.get())));
                }
            }
        }
        return violations;
    }
}
