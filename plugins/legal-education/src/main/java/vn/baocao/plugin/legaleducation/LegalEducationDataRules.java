package vn.baocao.plugin.legaleducation;

import java.util.List;
import vn.baocao.api.rule.DataRule;
import vn.baocao.api.rule.MissingValueStrategy;
import vn.baocao.api.rule.Operator;

/**
 * Attendance needs sessions: at most {@link #MAX_AVERAGE} attendances a session, checked for every
 * unit and period with figures. Sessions not reported count as none, so attendance reported without
 * any session fails too. Communes' meeting halls do not hold more; such figures are almost always a
 * typing mistake.
 */
final class LegalEducationDataRules {
    static final int MAX_AVERAGE = 300;

    private LegalEducationDataRules() {}

    static List<DataRule> all() {
        return List.of(DataRule.builder("legal-education.attendance")
                .message("Có {0} lượt người tham dự, vượt quá " + MAX_AVERAGE + " lượt cho mỗi buổi tuyên truyền đã báo cáo (tối đa {1}): "
                                + "thiếu số buổi (LE_SESSIONS) hoặc gõ thừa chữ số.",
                        "{0} attendances, more than " + MAX_AVERAGE + " for each session reported (at most {1}): "
                                + "the sessions (LE_SESSIONS) are missing or a digit was typed twice.")
                .compare("#{" + LegalEducationIndicators.PARTICIPANTS + "}", Operator.LESS_THAN_OR_EQUAL_TO,
                        MAX_AVERAGE + " * #{" + LegalEducationIndicators.SESSIONS + "}")
                // sessions left out count as none, so that attendances without sessions are caught
                .whenMissing(MissingValueStrategy.SKIP_IF_ALL_VALUES_MISSING, MissingValueStrategy.NEVER_SKIP)
                .build());
    }
}
