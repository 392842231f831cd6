package vn.baocao.api.document;

import static org.apiguardian.api.API.Status.STABLE;

import java.util.Arrays;
import java.util.Optional;
import org.apiguardian.api.API;
import vn.baocao.api.text.LocalizedText;

/**
 * Types of administrative document with the abbreviations of Decree 30/2020, Phụ lục III, plus the
 * legal texts that reports cite (law, decree, circular) and the official letter, which has none.
 */
@API(status = STABLE, since = "0.1")
public enum DocumentType {
    LUAT("", "Luật", "Law"),
    NGHI_DINH("NĐ", "Nghị định", "Decree"),
    THONG_TU("TT", "Thông tư", "Circular"),
    NGHI_QUYET("NQ", "Nghị quyết", "Resolution"),
    QUYET_DINH("QĐ", "Quyết định", "Decision"),
    CHI_THI("CT", "Chỉ thị", "Directive"),
    QUY_CHE("QC", "Quy chế", "Regulation"),
    QUY_DINH("QyĐ", "Quy định", "Rule"),
    THONG_CAO("TC", "Thông cáo", "Communiqué"),
    THONG_BAO("TB", "Thông báo", "Notice"),
    HUONG_DAN("HD", "Hướng dẫn", "Guidance"),
    CHUONG_TRINH("CTr", "Chương trình", "Programme"),
    KE_HOACH("KH", "Kế hoạch", "Plan"),
    PHUONG_AN("PA", "Phương án", "Scheme"),
    DE_AN("ĐA", "Đề án", "Project proposal"),
    DU_AN("DA", "Dự án", "Project"),
    BAO_CAO("BC", "Báo cáo", "Report"),
    BIEN_BAN("BB", "Biên bản", "Minutes"),
    TO_TRINH("TTr", "Tờ trình", "Submission"),
    HOP_DONG("HĐ", "Hợp đồng", "Contract"),
    CONG_DIEN("CĐ", "Công điện", "Official telegram"),
    BAN_GHI_NHO("BGN", "Bản ghi nhớ", "Memorandum of understanding"),
    BAN_THOA_THUAN("BTT", "Bản thỏa thuận", "Agreement"),
    GIAY_UY_QUYEN("GUQ", "Giấy ủy quyền", "Power of attorney"),
    GIAY_MOI("GM", "Giấy mời", "Invitation"),
    GIAY_GIOI_THIEU("GGT", "Giấy giới thiệu", "Letter of introduction"),
    GIAY_NGHI_PHEP("GNP", "Giấy nghỉ phép", "Leave permit"),
    PHIEU_GUI("PG", "Phiếu gửi", "Dispatch slip"),
    PHIEU_CHUYEN("PC", "Phiếu chuyển", "Transfer slip"),
    PHIEU_BAO("PB", "Phiếu báo", "Notification slip"),
    /** An official letter (công văn): its symbol names the issuer and the drafting unit, no type. */
    CONG_VAN("", "văn bản", "official letter");

    private final String abbreviation;
    private final LocalizedText name;

    DocumentType(String abbreviation, String vi, String en) {
        this.abbreviation = abbreviation;
        this.name = LocalizedText.of(vi, en);
    }

    /** The type code used in symbols ({@code KH} in {@code 70/KH-UBND}); empty where a type has none. */
    public String abbreviation() {
        return abbreviation;
    }

    /** The name used when citing: "Kế hoạch" in "Kế hoạch số 70/KH-UBND". */
    public LocalizedText displayName() {
        return name;
    }

    /** The type whose abbreviation this is, compared exactly ({@code QĐ} and {@code QyĐ} differ). */
    public static Optional<DocumentType> byAbbreviation(String abbreviation) {
        return Arrays.stream(values())
                .filter(t -> !t.abbreviation.isEmpty() && t.abbreviation.equals(abbreviation))
                .findFirst();
    }
}
