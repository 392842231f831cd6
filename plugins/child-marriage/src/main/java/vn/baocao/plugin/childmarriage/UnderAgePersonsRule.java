package vn.baocao.plugin.childmarriage;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import vn.baocao.api.period.Period;
import vn.baocao.api.program.Program;
import vn.baocao.api.program.ProgramResult;
import vn.baocao.api.program.Results;
import vn.baocao.api.spi.Importance;
import vn.baocao.api.spi.RuleSubject;
import vn.baocao.api.spi.ValidationRule;
import vn.baocao.api.spi.Violation;

/**
 * Every child-marriage couple has one or two spouses under age, so over a period the under-age
 * persons lie between the number of couples and twice that number.
 */
final class UnderAgePersonsRule implements ValidationRule {

    @Override
    public String id() {
        return "child-marriage.persons-vs-couples";
    }

    @Override
    public Importance importance() {
        return Importance.ERROR;
    }

    @Override
    public List<Violation> check(RuleSubject subject) {
        List<Violation> violations = new ArrayList<>();
        for (Results.Indexed indexed : Results.indexedOfType(subject.programs(), ChildMarriagePlugin.ID)) {
            Program program = indexed.program();
            Map<Period, BigDecimal> couples = new HashMap<>();
            Map<Period, BigDecimal> persons = new HashMap<>();
            Map<Period, Integer> personsAt = new HashMap<>();
            List<ProgramResult> results = program.results();
            for (int r = 0; r < results.size(); r++) {
                ProgramResult result = results.get(r);
                if (ChildMarriageIndicators.COUPLES.equals(result.indicator()) && result.categories().isEmpty()) {
                    couples.merge(result.period(), result.value(), BigDecimal::add);
                } else if (ChildMarriageIndicators.UNDERAGE_PERSONS.equals(result.indicator())) {
                    persons.merge(result.period(), result.value(), BigDecimal::add);
                    personsAt.putIfAbsent(result.period(), r);
                }
            }
            for (Map.Entry<Period, BigDecimal> entry : persons.entrySet()) {
                BigDecimal c = couples.get(entry.getKey());
                if (c == null) {
                    continue;
                }
                BigDecimal n = entry.getValue();
                if (n.compareTo(c) < 0 || n.compareTo(c.multiply(BigDecimal.valueOf(2))) > 0) {
                    violations.add(Violation.of("/programs/" + indexed.index() + "/results/" + personsAt.get(entry.getKey()) + "/value",
                            "child-marriage.rule.personsVsCouples", entry.getKey().code(), n.toPlainString(), c.toPlainString()));
                }
            }
        }
        return violations;
    }
}
