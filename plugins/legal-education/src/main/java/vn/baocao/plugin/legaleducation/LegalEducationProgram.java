package vn.baocao.plugin.legaleducation;

import java.time.LocalDate;
import vn.baocao.api.document.DocumentReference;
import vn.baocao.api.document.DocumentType;
import vn.baocao.api.indicator.Indicator;
import vn.baocao.api.program.ProgramType;

/** The program type and its legal basis: QĐ 1163/QĐ-TTg for 2017–2021, then Program 1719 for 2022–2025. */
final class LegalEducationProgram {
    private LegalEducationProgram() {}

    static ProgramType type() {
        DocumentReference decision1163 = DocumentReference.builder(DocumentType.QUYET_DINH, "1163/QĐ-TTg").date(LocalDate.of(2017, 8, 8))
                .issuer("Thủ tướng Chính phủ")
                .subject("phê duyệt Đề án “Đẩy mạnh công tác phổ biến, giáo dục pháp luật và tuyên truyền, vận động đồng bào vùng dân tộc thiểu số và miền núi giai đoạn 2017 - 2021”").build();
        DocumentReference decision1719 = DocumentReference.builder(DocumentType.QUYET_DINH, "1719/QĐ-TTg").date(LocalDate.of(2021, 10, 14))
                .issuer("Thủ tướng Chính phủ")
                .subject("phê duyệt Chương trình mục tiêu quốc gia phát triển kinh tế - xã hội vùng đồng bào dân tộc thiểu số và miền núi giai đoạn 2021 - 2030, giai đoạn I: từ năm 2021 đến năm 2025").build();
        return ProgramType.builder(LegalEducationPlugin.ID)
                .name("Đề án Đẩy mạnh công tác phổ biến, giáo dục pháp luật và tuyên truyền, vận động đồng bào vùng dân tộc thiểu số",
                        "Legal dissemination, education and mobilisation of ethnic-minority communities")
                .legalBasis(decision1163)
                .legalBasis(decision1719)
                .indicators(LegalEducationIndicators.all().stream().map(Indicator::code).toArray(String[]::new))
                .build();
    }
}
