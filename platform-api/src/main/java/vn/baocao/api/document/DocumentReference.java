package vn.baocao.api.document;

import static org.apiguardian.api.API.Status.STABLE;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.PastOrPresent;
import java.time.LocalDate;
import org.apiguardian.api.API;
import vn.baocao.api.constraints.DocumentSymbol;
import vn.baocao.api.constraints.MatchingDocumentType;

/**
 * A document cited by a report, from which a citation such as "Kế hoạch số 31-KH/TU ngày 16/3/2021
 * của Ban Thường vụ Tỉnh ủy về việc …" is generated rather than typed.
 *
 * @param type what kind of document it is
 * @param number its number and symbol
 * @param date the date it was signed
 * @param issuer the body that issued it, as the citation names it ("Ban Thường vụ Tỉnh ủy")
 * @param subject its excerpt (trích yếu), as the citation continues it ("về việc …")
 */
@API(status = STABLE, since = "0.1")
@MatchingDocumentType
public record DocumentReference(
        @NotNull DocumentType type,
        @NotNull @DocumentSymbol(numbered = true) DocumentNumber number,
        @NotNull @PastOrPresent LocalDate date,
        @NotBlank String issuer,
        @NotBlank String subject) {
}
