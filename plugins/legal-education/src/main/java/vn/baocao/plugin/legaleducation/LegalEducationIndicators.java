package vn.baocao.plugin.legaleducation;

import java.util.List;
import vn.baocao.api.indicator.Aggregation;
import vn.baocao.api.indicator.Disaggregation;
import vn.baocao.api.indicator.Indicator;

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
                Indicator.builder(SESSIONS)
                        .name("Số hội nghị, buổi tuyên truyền, phổ biến, giáo dục pháp luật", "Legal dissemination sessions and conferences")
                        .unit("buổi", "sessions")
                        .build(),
                Indicator.builder(PARTICIPANTS)
                        .name("Số lượt người tham dự", "Attendances")
                        .unit("lượt người", "attendances")
                        .disaggregation(Disaggregation.SEX)
                        .build(),
                Indicator.builder(MATERIALS)
                        .name("Số tài liệu, tờ gấp tuyên truyền được phát hành", "Leaflets and materials issued")
                        .unit("bản", "copies")
                        .build(),
                Indicator.builder(BROADCASTS)
                        .name("Số chuyên mục, phóng sự phát thanh, truyền hình", "Radio and television programmes")
                        .unit("chuyên mục", "programmes")
                        .build(),
                // clubs in operation are a stock: the year's figure is the last one reported, not a sum of months
                Indicator.builder(CLUBS)
                        .name("Số câu lạc bộ pháp luật đang hoạt động", "Legal clubs in operation")
                        .unit("câu lạc bộ", "clubs")
                        .aggregation(Aggregation.STOCK)
                        .build());
    }
}
