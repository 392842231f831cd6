package vn.baocao.plugin.legaleducation;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.ArrayList;
import java.util.List;
import vn.baocao.api.period.Period;
import vn.baocao.api.program.Program;
import vn.baocao.api.program.Results;
import vn.baocao.api.spi.Importance;
import vn.baocao.api.spi.RuleSubject;
import vn.baocao.api.spi.ValidationRule;
import vn.baocao.api.spi.Violation;

/**
 * Attendance needs sessions: participants reported for a period with no session is an error; an
 * average above {@link #MAX_AVERAGE} people a session is reported as an error too, since communes'
 * meeting halls do not hold more and such figures are almost always a typing mistake.
 */
final class AttendanceRule implements ValidationRule {
    static final BigDecimal MAX_AVERAGE = BigDecimal.valueOf(300);

    @Override
    public String id() {
        return "legal-education.attendance";
    }

    @Override
    public Importance importance() {
        return Importance.ERROR;
    }

    @Override
    public List<Violation> check(RuleSubject subject) {
        List<Violation> violations = new ArrayList<>();
        for (Results.Indexed indexed : Results.indexedOfType(subject.programs(), LegalEducationPlugin.ID)) {
            Program program = indexed.program();
            for (Period period : Results.periods(program, LegalEducationIndicators.PARTICIPANTS)) {
                BigDecimal participants = Results.total(program, LegalEducationIndicators.PARTICIPANTS, period).orElse(BigDecimal.ZERO);
                BigDecimal sessions = Results.total(program, LegalEducationIndicators.SESSIONS, period).orElse(BigDecimal.ZERO);
                String at = indexed.pointerTo(LegalEducationIndicators.PARTICIPANTS, period);
                if (participants.signum() > 0 && sessions.signum() == 0) {
                    violations.add(Violation.of(at, "legal-education.rule.noSessions", period.code(), participants.toPlainString()));
                } else if (sessions.signum() > 0) {
                    BigDecimal average = participants.divide(sessions, 1, RoundingMode.HALF_UP);
                    if (average.compareTo(MAX_AVERAGE) > 0) {
                        violations.add(Violation.of(at, "legal-education.rule.crowded", period.code(), average.toPlainString(),
                                MAX_AVERAGE.toPlainString()));
                    }
                }
            }
        }
        return violations;
    }
}
