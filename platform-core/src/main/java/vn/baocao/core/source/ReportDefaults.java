package vn.baocao.core.source;

import java.util.Optional;
import vn.baocao.api.report.Report;
import vn.baocao.api.report.Signature;

/**
 * What an installation fills into a report that leaves it out: the agency's superior and issuing
 * bodies, its place name and its usual signer. A source always wins over these; they only spare
 * every report of one agency from repeating them.
 */
public record ReportDefaults(Optional<String> superiorBody, Optional<String> issuingBody, Optional<String> place,
                             Optional<Signature> signature) {

    public static final ReportDefaults NONE = new ReportDefaults(Optional.empty(), Optional.empty(), Optional.empty(),
            Optional.empty());

    /** The report with each missing or blank field the installation has a default for filled in. */
    public Report applyTo(Report report) {
        if (report == null || this.equals(NONE)) {
            return report;
        }
        return new Report(report.kind(), or(report.superiorBody(), superiorBody), or(report.issuingBody(), issuingBody),
                report.number(), or(report.place(), place), report.date(), report.period(), report.title(),
                report.addressee(), report.recipients(), report.archive(),
                report.signature() != null ? report.signature() : signature.orElse(null));
    }

    /** The fields of {@code report} a source may leave out, since these defaults fill them. */
    public java.util.Set<String> fieldsFilled() {
        java.util.Set<String> filled = new java.util.LinkedHashSet<>();
        superiorBody.ifPresent(v -> filled.add("superiorBody"));
        issuingBody.ifPresent(v -> filled.add("issuingBody"));
        place.ifPresent(v -> filled.add("place"));
        signature.ifPresent(v -> filled.add("signature"));
        return filled;
    }

    private static String or(String given, Optional<String> fallback) {
        return given != null && !given.isBlank() ? given : fallback.orElse(given);
    }
}
