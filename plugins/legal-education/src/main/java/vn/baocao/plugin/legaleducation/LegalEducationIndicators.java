package vn.baocao.plugin.legaleducation;

import java.util.List;
import vn.baocao.api.indicator.Aggregation;
import vn.baocao.api.indicator.Disaggregation;
import vn.baocao.api.indicator.Indicator;
import vn.baocao.api.indicator.ValueType;
import vn.baocao.api.text.LocalizedText;

/** What provinces count under the legal-education project (see docs/plugins/legal-education.md). */
final class LegalEducationIndicators {
    static final String SESSIONS = "LE_SESSIONS";
    static final String PARTICIPANTS = "LE_PARTICIPANTS";
    static final String MATERIALS = "LE_MATERIALS";
    static final String BROADCASTS = "LE_BROADCASTS";
    static final String CLUBS = "LE_CLUBS";

    private LegalEducationIndicators() {}

    static List<Indicator> all() {
        return List.of(
                new Indicator(SESSIONS,
                        LocalizedText.of("Số hội nghị, buổi tuyên truyền, phổ biến, giáo dục pháp luật", "Legal dissemination sessions and conferences"),
                        LocalizedText.of("buổi", "sessions"), ValueType.COUNT, Aggregation.SUM, List.of(), List.of()),
                new Indicator(PARTICIPANTS,
                        LocalizedText.of("Số lượt người tham dự", "Attendances"),
                        LocalizedText.of("lượt người", "attendances"), ValueType.COUNT, Aggregation.SUM, List.of(Disaggregation.SEX), List.of()),
                new Indicator(MATERIALS,
                        LocalizedText.of("Số tài liệu, tờ gấp tuyên truyền được phát hành", "Leaflets and materials issued"),
                        LocalizedText.of("bản", "copies"), ValueType.COUNT, Aggregation.SUM, List.of(), List.of()),
                new Indicator(BROADCASTS,
                        LocalizedText.of("Số chuyên mục, phóng sự phát thanh, truyền hình", "Radio and television programmes"),
                        LocalizedText.of("chuyên mục", "programmes"), ValueType.COUNT, Aggregation.SUM, List.of(), List.of()),
                new Indicator(CLUBS,
                        LocalizedText.of("Số câu lạc bộ pháp luật đang hoạt động", "Legal clubs in operation"),
                        LocalizedText.of("câu lạc bộ", "clubs"), ValueType.COUNT, Aggregation.STOCK, List.of(), List.of()));
    }
}
