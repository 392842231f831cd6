package vn.baocao.api.report;

import static org.apiguardian.api.API.Status.INTERNAL;
import static org.apiguardian.api.API.Status.STABLE;

import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotEmpty;
import jakarta.validation.constraints.NotNull;
import java.util.List;
import java.util.Optional;
import org.apiguardian.api.API;
import vn.baocao.api.constraints.DocumentSymbol;
import vn.baocao.api.constraints.PeriodCode;
import vn.baocao.api.document.DocumentNumber;
import vn.baocao.api.internal.Lists;
import vn.baocao.api.period.Period;

/**
 * A report's metadata: everything Decree 30 puts around the body text. The body follows an
 * {@link Outline}, which the receiving body sets and which is kept apart as data.
 *
 * @param kind periodic, thematic, ad hoc, mid-phase or final review
 * @param superiorBody the body above the issuer, printed first in the header ("UBND TỈNH QUẢNG NGÃI")
 * @param issuingBody the issuing body ("BAN DÂN TỘC")
 * @param number the number and symbol; unnumbered ({@code /BC-BDT}) until signed
 * @param place the place in the date line ("Quảng Ngãi")
 * @param date the date, whose day may be left for signing
 * @param period the period the report covers
 * @param title the excerpt (trích yếu) under "BÁO CÁO"
 * @param addressee the body in a "Kính gửi:" line, if any
 * @param recipients the bodies in "Nơi nhận:", without the archive line
 * @param archive the archive line's entries ("VT", then the drafting unit or person)
 * @param signature the signature block
 */
@API(status = STABLE, since = "0.1")
public record Report(
        @NotNull ReportKind kind,
        @NotBlank String superiorBody,
        @NotBlank String issuingBody,
        @NotNull @DocumentSymbol(types = "BC") DocumentNumber number,
        @NotBlank String place,
        @NotNull IssueDate date,
        @NotNull @PeriodCode Period period,
        @NotBlank String title,
        Optional<String> addressee,
        @NotEmpty List<@NotBlank String> recipients,
        @NotEmpty List<@NotBlank String> archive,
        @NotNull @Valid Signature signature) {

    /**
     * The canonical constructor, for the platform, which builds a report from its source. Plugins and
     * formats only read one: a record may gain components, and its canonical constructor with them.
     */
    @API(status = INTERNAL, since = "0.2")
    public Report {
        addressee = addressee == null ? Optional.empty() : addressee;
        recipients = Lists.copy(recipients);
        archive = Lists.copy(archive);
    }
}
