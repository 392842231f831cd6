package ${package};

import java.time.LocalDate;
import vn.baocao.api.document.DocumentReference;
import vn.baocao.api.document.DocumentType;
import vn.baocao.api.indicator.Indicator;
import vn.baocao.api.program.ProgramType;

/** The program type, its legal basis and its indicator. */
final class ProgramIndicators {
    static final String CODE = "${indicatorCode}";

    private ProgramIndicators() {}

    static Indicator indicator() {
        // a count summed over units and periods unless told otherwise (valueType, aggregation, disaggregation, target)
        return Indicator.builder(CODE)
                .name("Số hộ được hỗ trợ", "Households supported")
                .unit("hộ", "households")
                .build();
    }

    static ProgramType programType() {
        // the document that establishes the program; replace it with the program's own
        DocumentReference basis = DocumentReference.builder(DocumentType.QUYET_DINH, "1719/QĐ-TTg").date(LocalDate.of(2021, 10, 14))
                .issuer("Thủ tướng Chính phủ")
                .subject("phê duyệt Chương trình mục tiêu quốc gia phát triển kinh tế - xã hội vùng đồng bào dân tộc thiểu số và miền núi giai đoạn 2021 - 2030").build();
        return ProgramType.builder(ProgramPlugin.ID)
                .name("${programName}", "${programNameEn}")
                .legalBasis(basis)
                .indicators(CODE)
                .build();
    }
}
