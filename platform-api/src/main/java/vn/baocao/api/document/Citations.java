package vn.baocao.api.document;

import static org.apiguardian.api.API.Status.EXPERIMENTAL;

import java.time.LocalDate;
import org.apiguardian.api.API;

/**
 * How a report cites another document (admin-documents §2):
 * {@code <Loại> số <số, ký hiệu> ngày <d/M/yyyy> của <cơ quan> <trích yếu>}, as in "Kế hoạch số
 * 31-KH/TU ngày 16/3/2021 của Ban Thường vụ Tỉnh ủy về việc …", or only as far as the date.
 */
@API(status = EXPERIMENTAL, since = "0.1")
public final class Citations {
    private Citations() {}

    /** The full citation, with issuer and subject. */
    public static String full(DocumentReference reference) {
        return brief(reference) + " của " + reference.issuer() + " " + reference.subject();
    }

    /** Type, number and date only: "văn bản số 375/BDT-CSDT ngày 15/6/2021". */
    public static String brief(DocumentReference reference) {
        return reference.type().displayName().vi() + " số " + reference.number() + " ngày " + shortDate(reference.date());
    }

    /**
     * A date as body text writes it: the day with two digits, the month with two digits for January
     * and February only, as in the date line ("16/3/2021", "04/6/2020", "05/01/2020").
     */
    public static String shortDate(LocalDate date) {
        return String.format("%02d/%s/%d", date.getDayOfMonth(), month(date.getMonthValue()), date.getYear());
    }

    /** A month as Decree 30 writes it: {@code 01}, {@code 02}, then {@code 3} … {@code 12}. */
    public static String month(int month) {
        return month <= 2 ? String.format("%02d", month) : Integer.toString(month);
    }
}
