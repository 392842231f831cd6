package vn.baocao.plugin.tetgoods;

import java.time.LocalDate;
import vn.baocao.api.document.DocumentReference;
import vn.baocao.api.document.DocumentType;
import vn.baocao.api.indicator.Indicator;
import vn.baocao.api.program.ProgramType;

/**
 * The program type and its legal basis: the Quảng Ngãi People's Council resolution passed on
 * 10 October 2018 for 2019–2025. Its number is not in the platform's sources, so it is cited
 * unnumbered; an agency citing it fills the number in its report source.
 */
final class TetGoodsProgram {
    private TetGoodsProgram() {}

    static ProgramType type() {
        DocumentReference resolution = DocumentReference.builder(DocumentType.NGHI_QUYET, "/2018/NQ-HĐND").date(LocalDate.of(2018, 10, 10))
                .issuer("Hội đồng nhân dân tỉnh Quảng Ngãi")
                .subject("về chính sách cấp không thu tiền một số mặt hàng thiết yếu cho đồng bào dân tộc thiểu số trong dịp Tết Nguyên đán, giai đoạn 2019 - 2025").build();
        return ProgramType.builder(TetGoodsPlugin.ID)
                .name("Chính sách cấp không thu tiền một số mặt hàng thiết yếu cho đồng bào dân tộc thiểu số trong dịp Tết Nguyên đán",
                        "Free essential goods for ethnic-minority households at Lunar New Year")
                .legalBasis(resolution)
                .indicators(TetGoodsIndicators.all().stream().map(Indicator::code).toArray(String[]::new))
                .build();
    }
}
