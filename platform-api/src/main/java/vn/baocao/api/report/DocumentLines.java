package vn.baocao.api.report;

import static org.apiguardian.api.API.Status.EXPERIMENTAL;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.apiguardian.api.API;
import vn.baocao.api.document.Citations;
import vn.baocao.api.document.DocumentNumber;

/**
 * The lines of the header that follow Decree 30's rules on numbers and dates: the {@code Số:} line
 * and the place-and-date line, with blanks left for the number and the day until signing.
 */
@API(status = EXPERIMENTAL, since = "0.1")
public final class DocumentLines {
    /** The space left for what is filled in by hand at signing. */
    public static final String BLANK = "      ";
    private static final Locale VIETNAMESE = Locale.forLanguageTag("vi");

    private DocumentLines() {}

    /** {@code Số: 595/BC-BDT}, {@code Số: 05/BC-BDT}, or {@code Số:      /BC-BDT} before signing. */
    public static String numberLine(DocumentNumber number) {
        return "Số: " + (number.isNumbered() ? number.toString() : BLANK.substring(1) + number);
    }

    /**
     * The recipients block's lines after "Nơi nhận:": each recipient as {@code - Sở Nội vụ;}, then
     * the archive line {@code - Lưu: VT, Thủy.} ending with a full stop.
     */
    public static List<String> recipientLines(Report report) {
        List<String> lines = new ArrayList<>();
        report.recipients().forEach(r -> lines.add("- " + r + ";"));
        lines.add("- Lưu: " + String.join(", ", report.archive()) + ".");
        return lines;
    }

    /**
     * The signature block's title lines, upper case: {@code KT. TRƯỞNG BAN} then {@code PHÓ TRƯỞNG BAN};
     * only the signer's title when the head signs, and {@code Q. TRƯỞNG BAN} alone when an acting head
     * does. The name follows after the space for signature
     * and seal.
     */
    public static List<String> signatureTitles(Signature signature) {
        List<String> lines = new ArrayList<>();
        if (signature.authority().equals(java.util.Optional.of(vn.baocao.api.report.AuthorityPrefix.Q))) {
            // an acting head signs under the head's title alone: Q. TRƯỞNG BAN
            lines.add("Q. " + upper(signature.onBehalfOf().orElse(signature.title())));
            return lines;
        }
        signature.authority().ifPresent(prefix -> lines.add(prefix.printed() + signature.onBehalfOf().map(t -> " " + upper(t)).orElse("")));
        lines.add(upper(signature.title()));
        return lines;
    }

    /** Upper case as Vietnamese writes it (ư → Ư, đ → Đ). */
    public static String upper(String text) {
        return text.toUpperCase(VIETNAMESE);
    }

    /**
     * The line under an annex's title that ties it to the report:
     * {@code (Kèm theo Báo cáo số 12/BC-BDT ngày 10 tháng 01 năm 2020 của Ban Dân tộc)}, the number and
     * day left blank as on the report until it is numbered and signed.
     */
    @org.apiguardian.api.API(status = org.apiguardian.api.API.Status.EXPERIMENTAL, since = "0.2")
    public static String annexLine(Report report) {
        String number = numberLine(report.number()).substring("Số: ".length());
        String date = dateLine(report.place(), report.date()).substring(report.place().length() + 2);
        return "(Kèm theo Báo cáo số " + number + " " + date + " của " + report.issuingBody() + ")";
    }

    /** {@code Quảng Ngãi, ngày 05 tháng 6 năm 2023}, or with the day left blank. */
    public static String dateLine(String place, IssueDate date) {
        String day = date.day().isPresent() ? String.format("%02d", date.day().getAsInt()) : BLANK.substring(2);
        return place + ", ngày " + day + " tháng " + Citations.month(date.month().getMonthValue()) + " năm " + date.month().getYear();
    }
}
