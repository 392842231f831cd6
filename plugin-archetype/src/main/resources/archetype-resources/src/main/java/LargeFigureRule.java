package ${package};

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import vn.baocao.api.program.ProgramResult;
import vn.baocao.api.program.Results;
import vn.baocao.api.spi.Importance;
import vn.baocao.api.spi.RuleSubject;
import vn.baocao.api.spi.ValidationRule;
import vn.baocao.api.spi.Violation;
import vn.baocao.api.text.VietnameseNumbers;

/**
 * A figure far above what one province reports in a period is most often a typing error (an extra
 * zero, a total typed twice): warn, naming the figure, without refusing the report.
 */
final class LargeFigureRule implements ValidationRule {
    private final BigDecimal limit;

    LargeFigureRule(BigDecimal limit) {
        this.limit = limit;
    }

    @Override
    public String id() {
        return ProgramPlugin.ID + ".large-figure";
    }

    @Override
    public Importance importance() {
        return Importance.WARNING;
    }

    @Override
    public List<Violation> check(RuleSubject subject) {
        List<Violation> violations = new ArrayList<>();
        for (Results.Indexed indexed : Results.indexedOfType(subject.programs(), ProgramPlugin.ID)) {
            List<ProgramResult> results = indexed.program().results();
            for (int r = 0; r < results.size(); r++) {
                ProgramResult result = results.get(r);
                if (ProgramIndicators.CODE.equals(result.indicator()) && result.value().compareTo(limit) > 0) {
                    violations.add(Violation.of("/programs/" + indexed.index() + "/results/" + r + "/value",
                            ProgramPlugin.ID + ".rule.largeFigure", result.period().code(),
                            VietnameseNumbers.format(result.value()), VietnameseNumbers.format(limit)));
                }
            }
        }
        return violations;
    }
}
