package vn.gov.quangngai.bandantoc.uytin;

import java.time.LocalDate;
import java.util.List;
import vn.baocao.api.document.DocumentNumber;
import vn.baocao.api.document.DocumentReference;
import vn.baocao.api.document.DocumentType;
import vn.baocao.api.indicator.Aggregation;
import vn.baocao.api.indicator.Indicator;
import vn.baocao.api.indicator.ValueType;
import vn.baocao.api.program.ProgramType;
import vn.baocao.api.text.LocalizedText;

/** The persons recognised (a stock: the last figure of a period) and the Tết visits paid to them (a flow). */
final class PrestigiousPersonsIndicators {
    static final String PERSONS = "PP_PERSONS";
    static final String VISITS = "PP_TET_VISITS";

    private PrestigiousPersonsIndicators() {}

    static List<Indicator> all() {
        return List.of(
                new Indicator(PERSONS, LocalizedText.of("Số người có uy tín được công nhận", "Prestigious persons recognised"),
                        LocalizedText.of("người", "persons"), ValueType.COUNT, Aggregation.STOCK, List.of(), List.of()),
                new Indicator(VISITS, LocalizedText.of("Số lượt thăm hỏi, tặng quà dịp Tết", "Tết visits with gifts"),
                        LocalizedText.of("lượt", "visits"), ValueType.COUNT, Aggregation.SUM, List.of(), List.of()));
    }

    static ProgramType programType() {
        DocumentReference decision12 = new DocumentReference(DocumentType.QUYET_DINH, DocumentNumber.parse("12/2018/QĐ-TTg"),
                LocalDate.of(2018, 3, 6), "Thủ tướng Chính phủ",
                "về tiêu chí lựa chọn, công nhận người có uy tín và chính sách đối với người có uy tín trong đồng bào dân tộc thiểu số");
        return new ProgramType(PrestigiousPersonsPlugin.ID,
                LocalizedText.of("Chính sách đối với người có uy tín trong đồng bào dân tộc thiểu số",
                        "Policy for prestigious persons in ethnic-minority communities"),
                List.of(decision12), List.of(PERSONS, VISITS));
    }
}
