package vn.baocao.plugin.childmarriage;

import java.math.BigDecimal;
import java.util.List;
import vn.baocao.api.indicator.Aggregation;
import vn.baocao.api.indicator.Disaggregation;
import vn.baocao.api.indicator.Indicator;
import vn.baocao.api.indicator.Target;
import vn.baocao.api.indicator.TargetKind;
import vn.baocao.api.indicator.ValueType;
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
                new Indicator(COUPLES,
                        LocalizedText.of("Số cặp tảo hôn", "Child-marriage couples"),
                        LocalizedText.of("cặp", "couples"), ValueType.COUNT, Aggregation.SUM, List.of(),
                        List.of(new Target(PHASE, TargetKind.ANNUAL_DECREASE_PERCENT, BigDecimal.valueOf(2), DECISION_498))),
                new Indicator(UNDERAGE_PERSONS,
                        LocalizedText.of("Số người tảo hôn (chưa đủ tuổi kết hôn)", "Persons married under age"),
                        LocalizedText.of("người", "persons"), ValueType.COUNT, Aggregation.SUM, List.of(Disaggregation.SEX), List.of()),
                new Indicator(CONSANGUINEOUS_COUPLES,
                        LocalizedText.of("Số cặp hôn nhân cận huyết thống", "Consanguineous-marriage couples"),
                        LocalizedText.of("cặp", "couples"), ValueType.COUNT, Aggregation.SUM, List.of(),
                        List.of(new Target(PHASE, TargetKind.ANNUAL_DECREASE_PERCENT, BigDecimal.valueOf(3), DECISION_498))),
                new Indicator(COMMUNICATION_SESSIONS,
                        LocalizedText.of("Số buổi tuyên truyền, tư vấn về tảo hôn và hôn nhân cận huyết thống",
                                "Communication and counselling sessions on child and consanguineous marriage"),
                        LocalizedText.of("buổi", "sessions"), ValueType.COUNT, Aggregation.SUM, List.of(), List.of()),
                new Indicator(PARTICIPANTS,
                        LocalizedText.of("Số lượt người tham dự tuyên truyền", "Attendances at communication sessions"),
                        LocalizedText.of("lượt người", "attendances"), ValueType.COUNT, Aggregation.SUM, List.of(Disaggregation.SEX), List.of()));
    }
}
