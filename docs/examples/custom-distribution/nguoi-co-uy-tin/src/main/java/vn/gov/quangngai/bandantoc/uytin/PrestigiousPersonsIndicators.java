package vn.gov.quangngai.bandantoc.uytin;

import java.time.LocalDate;
import java.util.List;
import vn.baocao.api.document.DocumentReference;
import vn.baocao.api.document.DocumentType;
import vn.baocao.api.indicator.Aggregation;
import vn.baocao.api.indicator.Indicator;
import vn.baocao.api.program.ProgramType;

/** The persons recognised (a stock: the last figure of a period) and the Tết visits paid to them (a flow). */
final class PrestigiousPersonsIndicators {
    static final String PERSONS = "PP_PERSONS";
    static final String VISITS = "PP_TET_VISITS";

    private PrestigiousPersonsIndicators() {}

    static List<Indicator> all() {
        return List.of(
                Indicator.builder(PERSONS)
                        .name("Số người có uy tín được công nhận", "Prestigious persons recognised")
                        .unit("người", "persons")
                        .aggregation(Aggregation.STOCK)
                        .build(),
                Indicator.builder(VISITS)
                        .name("Số lượt thăm hỏi, tặng quà dịp Tết", "Tết visits with gifts")
                        .unit("lượt", "visits")
                        .build());
    }

    static ProgramType programType() {
        DocumentReference decision12 = DocumentReference.builder(DocumentType.QUYET_DINH, "12/2018/QĐ-TTg").date(LocalDate.of(2018, 3, 6))
                .issuer("Thủ tướng Chính phủ")
                .subject("về tiêu chí lựa chọn, công nhận người có uy tín và chính sách đối với người có uy tín trong đồng bào dân tộc thiểu số").build();
        return ProgramType.builder(PrestigiousPersonsPlugin.ID)
                .name("Chính sách đối với người có uy tín trong đồng bào dân tộc thiểu số",
                        "Policy for prestigious persons in ethnic-minority communities")
                .legalBasis(decision12)
                .indicators(PERSONS, VISITS)
                .build();
    }
}
