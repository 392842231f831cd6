package vn.baocao.api.document;

import static org.apiguardian.api.API.Status.INTERNAL;
import static org.apiguardian.api.API.Status.STABLE;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.PastOrPresent;
import java.time.LocalDate;
import org.apiguardian.api.API;
import vn.baocao.api.constraints.DocumentSymbol;
import vn.baocao.api.constraints.MatchingDocumentType;
import vn.baocao.api.internal.Required;

/**
 * A document cited by a report, from which a citation such as "Kế hoạch số 31-KH/TU ngày 16/3/2021
 * của Ban Thường vụ Tỉnh ủy về việc …" is generated rather than typed. A plugin builds one:
 *
 * <pre>{@code
 * DocumentReference.builder(DocumentType.QUYET_DINH, "498/QĐ-TTg")
 *         .date(LocalDate.of(2015, 4, 14))
 *         .issuer("Thủ tướng Chính phủ")
 *         .subject("phê duyệt Đề án …")
 *         .build();
 * }</pre>
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

    /**
     * The canonical constructor, for reading code and the platform. A plugin builds one with
     * {@link #builder} instead: a record may gain components, and its canonical constructor with them.
     */
    @API(status = INTERNAL, since = "0.2")
    public DocumentReference {
    }

    /**
     * A reference to the document of this type and number ("498/QĐ-TTg"; "/2018/NQ-HĐND" when its
     * number is not known).
     *
     * @throws IllegalArgumentException when the number is not a number and symbol
     */
    @API(status = STABLE, since = "0.2")
    public static Builder builder(DocumentType type, String number) {
        return new Builder(type, DocumentNumber.parse(number));
    }

    /** Sets a reference's parts; {@link #build} checks that each is given. */
    @API(status = STABLE, since = "0.2")
    public static final class Builder {
        private final DocumentType type;
        private final DocumentNumber number;
        private LocalDate date;
        private String issuer;
        private String subject;

        private Builder(DocumentType type, DocumentNumber number) {
            this.type = type;
            this.number = number;
        }

        /** The day it was signed. */
        public Builder date(LocalDate date) {
            this.date = date;
            return this;
        }

        /** The body that issued it, as the citation names it ("Thủ tướng Chính phủ"). */
        public Builder issuer(String issuer) {
            this.issuer = issuer;
            return this;
        }

        /** Its excerpt, as the citation continues it after "về việc" ("phê duyệt Đề án …"). */
        public Builder subject(String subject) {
            this.subject = subject;
            return this;
        }

        /** @throws IllegalStateException naming the part left out and the call that sets it */
        public DocumentReference build() {
            String built = "document " + number;
            return new DocumentReference(Required.part(type, built, "type", "builder(type, number)"), number,
                    Required.part(date, built, "date", "date(LocalDate.of(…))"),
                    Required.part(issuer, built, "issuer", "issuer(\"Thủ tướng Chính phủ\")"),
                    Required.part(subject, built, "subject", "subject(\"phê duyệt …\")"));
        }
    }
}
