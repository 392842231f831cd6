package vn.baocao.core.source;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import vn.baocao.api.document.DocumentReference;
import vn.baocao.api.report.IssueDate;
import vn.baocao.core.i18n.MessageRef;

/**
 * A report cites only documents issued before it: a plan dated after the report is a mistyped year
 * (2020 for 2019) that would reach the signed text. Refused at the document's date.
 */
final class DocumentDates {
    private static final java.time.format.DateTimeFormatter DAY = java.time.format.DateTimeFormatter.ofPattern("dd/MM/yyyy");
    private static final java.time.format.DateTimeFormatter MONTH = java.time.format.DateTimeFormatter.ofPattern("MM/yyyy");

    private DocumentDates() {}

    static List<SourceReferences.Finding> check(ReportSource source) {
        IssueDate issued = source.report().date();
        // a date whose day is left blank for the signature is at the latest the month's last day
        LocalDate latest = issued.date().orElse(issued.month().atEndOfMonth());
        List<SourceReferences.Finding> findings = new ArrayList<>();
        check(source.documents(), "/documents", latest, issued, findings);
        source.campaign().ifPresent(c -> {
            check(c.launchingDocuments(), "/campaign/launchingDocuments", latest, issued, findings);
            check(c.guidingDocuments(), "/campaign/guidingDocuments", latest, issued, findings);
        });
        return findings;
    }

    private static void check(List<DocumentReference> documents, String at, LocalDate latest, IssueDate issued,
            List<SourceReferences.Finding> findings) {
        for (int i = 0; i < documents.size(); i++) {
            DocumentReference d = documents.get(i);
            if (d.date() != null && d.date().isAfter(latest)) {
                findings.add(new SourceReferences.Finding("document.afterReport", at + "/" + i + "/date",
                        MessageRef.of("document.afterReport", d.number().toString(), DAY.format(d.date()),
                                issued.date().map(DAY::format).orElse(MONTH.format(issued.month()))),
                        MessageRef.of("document.afterReport.hint")));
            }
        }
    }
}
