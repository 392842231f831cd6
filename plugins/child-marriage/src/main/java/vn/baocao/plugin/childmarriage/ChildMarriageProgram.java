package vn.baocao.plugin.childmarriage;

import java.time.LocalDate;
import vn.baocao.api.document.DocumentReference;
import vn.baocao.api.document.DocumentType;
import vn.baocao.api.indicator.Indicator;
import vn.baocao.api.program.ProgramType;

/** The program type and its legal basis. */
final class ChildMarriageProgram {
    private ChildMarriageProgram() {}

    static ProgramType type() {
        DocumentReference decision498 = DocumentReference.builder(DocumentType.QUYET_DINH, "498/QĐ-TTg").date(LocalDate.of(2015, 4, 14))
                .issuer("Thủ tướng Chính phủ")
                .subject("phê duyệt Đề án “Giảm thiểu tình trạng tảo hôn và hôn nhân cận huyết thống trong vùng đồng bào dân tộc thiểu số giai đoạn 2015 - 2025”").build();
        DocumentReference decision1719 = DocumentReference.builder(DocumentType.QUYET_DINH, "1719/QĐ-TTg").date(LocalDate.of(2021, 10, 14))
                .issuer("Thủ tướng Chính phủ")
                .subject("phê duyệt Chương trình mục tiêu quốc gia phát triển kinh tế - xã hội vùng đồng bào dân tộc thiểu số và miền núi giai đoạn 2021 - 2030, giai đoạn I: từ năm 2021 đến năm 2025").build();
        return ProgramType.builder(ChildMarriagePlugin.ID)
                .name("Đề án giảm thiểu tình trạng tảo hôn và hôn nhân cận huyết thống trong vùng đồng bào dân tộc thiểu số",
                        "Reducing child marriage and consanguineous marriage in ethnic-minority areas")
                .legalBasis(decision498)
                .legalBasis(decision1719)
                .indicators(ChildMarriageIndicators.all().stream().map(Indicator::code).toArray(String[]::new))
                .build();
    }
}
