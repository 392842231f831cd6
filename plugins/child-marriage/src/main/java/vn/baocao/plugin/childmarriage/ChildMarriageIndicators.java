package vn.baocao.plugin.childmarriage;

import java.math.BigDecimal;
import java.util.List;
import vn.baocao.api.indicator.Disaggregation;
import vn.baocao.api.indicator.Indicator;
import vn.baocao.api.indicator.TargetKind;
import vn.baocao.api.period.Period;
import vn.baocao.api.text.LocalizedText;

/**
 * The indicators of QĐ 498/QĐ-TTg as provinces report them. A child marriage (tảo hôn) is one where
 * one or both spouses are under the legal age (20 for men, 18 for women).
 */
final class ChildMarriageIndicators {
    static final String COUPLES = "CM_COUPLES";
    static final String UNDERAGE_PERSONS = "CM_UNDERAGE_PERSONS";
    static final String CONSANGUINEOUS_COUPLES = "CM_CONSANGUINEOUS_COUPLES";
    static final String COMMUNICATION_SESSIONS = "CM_COMMUNICATION_SESSIONS";
    static final String PARTICIPANTS = "CM_PARTICIPANTS";

    private static final LocalizedText DECISION_498 = LocalizedText.of("QĐ 498/QĐ-TTg, mục tiêu cụ thể", "QĐ 498/QĐ-TTg, specific targets");
    private static final Period PHASE = Period.parse("2015/2025");

    private ChildMarriageIndicators() {}

    static List<Indicator> all() {
        return List.of(
                Indicator.builder(COUPLES)
                        .name("Số cặp tảo hôn", "Child-marriage couples")
                        .unit("cặp", "couples")
                        .target(PHASE, TargetKind.ANNUAL_DECREASE_PERCENT, BigDecimal.valueOf(2), DECISION_498)
                        .build(),
                Indicator.builder(UNDERAGE_PERSONS)
                        .name("Số người tảo hôn (chưa đủ tuổi kết hôn)", "Persons married under age")
                        .unit("người", "persons")
                        .disaggregation(Disaggregation.SEX)
                        .build(),
                Indicator.builder(CONSANGUINEOUS_COUPLES)
                        .name("Số cặp hôn nhân cận huyết thống", "Consanguineous-marriage couples")
                        .unit("cặp", "couples")
                        .target(PHASE, TargetKind.ANNUAL_DECREASE_PERCENT, BigDecimal.valueOf(3), DECISION_498)
                        .build(),
                Indicator.builder(COMMUNICATION_SESSIONS)
                        .name("Số buổi tuyên truyền, tư vấn về tảo hôn và hôn nhân cận huyết thống",
                                "Communication and counselling sessions on child and consanguineous marriage")
                        .unit("buổi", "sessions")
                        .build(),
                Indicator.builder(PARTICIPANTS)
                        .name("Số lượt người tham dự tuyên truyền", "Attendances at communication sessions")
                        .unit("lượt người", "attendances")
                        .disaggregation(Disaggregation.SEX)
                        .build());
    }
}
