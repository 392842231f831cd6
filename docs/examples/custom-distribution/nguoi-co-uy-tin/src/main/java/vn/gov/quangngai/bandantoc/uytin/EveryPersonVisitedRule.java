package vn.gov.quangngai.bandantoc.uytin;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import vn.baocao.api.period.Period;
import vn.baocao.api.program.Results;
import vn.baocao.api.spi.Importance;
import vn.baocao.api.spi.RuleSubject;
import vn.baocao.api.spi.ValidationRule;
import vn.baocao.api.spi.Violation;
import vn.baocao.api.text.VietnameseNumbers;

/** Every prestigious person is visited at Tết: fewer visits than persons in a year is worth a look. */
final class EveryPersonVisitedRule implements ValidationRule {

    @Override
    public String id() {
        return PrestigiousPersonsPlugin.ID + ".every-person-visited";
    }

    @Override
    public Importance importance() {
        return Importance.WARNING;
    }

    @Override
    public List<Violation> check(RuleSubject subject) {
        List<Violation> violations = new ArrayList<>();
        for (Results.Indexed indexed : Results.indexedOfType(subject.programs(), PrestigiousPersonsPlugin.ID)) {
            for (Period period : Results.periods(indexed.program(), PrestigiousPersonsIndicators.VISITS)) {
                BigDecimal visits = Results.total(indexed.program(), PrestigiousPersonsIndicators.VISITS, period).orElseThrow();
                Results.total(indexed.program(), PrestigiousPersonsIndicators.PERSONS, period)
                        .filter(persons -> visits.compareTo(persons) < 0)
                        .ifPresent(persons -> violations.add(Violation.of(
                                indexed.pointerTo(PrestigiousPersonsIndicators.VISITS, period),
                                PrestigiousPersonsPlugin.ID + ".rule.everyPersonVisited", period.code(),
                                VietnameseNumbers.format(visits), VietnameseNumbers.format(persons))));
            }
        }
        return violations;
    }
}
