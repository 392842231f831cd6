package vn.baocao.core.source;

import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Stream;
import vn.baocao.api.campaign.Campaign;
import vn.baocao.api.campaign.RegisteredModel;
import vn.baocao.api.document.DocumentReference;
import vn.baocao.api.program.Program;
import vn.baocao.api.report.Report;
import vn.baocao.api.spi.RuleSubject;

/**
 * A report source file (YAML or JSON). It keeps apart what different people own: the metadata,
 * the outline the receiving body set, the narrative staff write for each section, and the records
 * (documents, campaign, programs) from which lists, citations and tables are computed.
 *
 * @param report the metadata: bodies, number, place and date, kind, title, recipients, signature
 * @param outline the outline followed: a shipped one by id, or written out
 * @param content each section's content, by section id, in order
 * @param closing the paragraph after the last section ("Ban Dân tộc tỉnh báo cáo Sở Nội vụ …./.")
 * @param documents documents cited in the narrative that the campaign does not list
 * @param campaign the campaign the report reviews, if any
 * @param programs the programs and policies the agency carried out
 * @param data indicator value files (CSV, YAML or JSON), relative to the source: their yearly totals
 *             for each program's area fill the figures the source does not give
 * @param consolidates for a summary report, the agencies' sources it brings together
 * @param numberStyle how the data files write figures ({@code vi}: 51.300 and 12,5), where a file
 *                    does not say so itself; else the installation's
 * @param annexes the annexes printed after the signature, each on pages of its own
 */
public record ReportSource(
        @NotNull @Valid Report report,
        @NotNull @Valid OutlineSpec outline,
        Map<@NotNull String, List<@NotNull ContentItem>> content,
        Optional<String> closing,
        List<@NotNull @Valid DocumentReference> documents,
        Optional<@Valid Campaign> campaign,
        List<@NotNull @Valid Program> programs,
        List<@NotNull String> data,
        Optional<@Valid Consolidation> consolidates,
        Optional<vn.baocao.core.data.NumberStyle> numberStyle,
        List<@NotNull @Valid Annex> annexes) implements RuleSubject {

    public ReportSource {
        content = content == null ? Map.of() : Collections.unmodifiableMap(new LinkedHashMap<>(content));
        closing = closing == null ? Optional.empty() : closing;
        documents = copy(documents);
        campaign = campaign == null ? Optional.empty() : campaign;
        programs = copy(programs);
        data = copy(data);
        consolidates = consolidates == null ? Optional.empty() : consolidates;
        numberStyle = numberStyle == null ? Optional.empty() : numberStyle;
        annexes = copy(annexes);
    }

    /** The same source with other programs: the ones whose figures data files completed. */
    public ReportSource withReport(Report filled) {
        return new ReportSource(filled, outline, content, closing, documents, campaign, programs, data, consolidates, numberStyle, annexes);
    }

    public ReportSource withPrograms(List<Program> completed) {
        return new ReportSource(report, outline, content, closing, documents, campaign, completed, data, consolidates, numberStyle, annexes);
    }

    /** Every document the source knows, in the order they appear: the ones narrative may cite. */
    public List<DocumentReference> allDocuments() {
        Stream<DocumentReference> fromCampaign = campaign.stream().flatMap(c -> Stream.of(
                c.launchingDocuments().stream(),
                c.guidingDocuments().stream(),
                c.models().stream().map(RegisteredModel::registration)).flatMap(s -> s));
        return Stream.concat(documents.stream(), fromCampaign).filter(d -> d != null && d.number() != null).toList();
    }

    private static <T> List<T> copy(List<T> list) {
        return list == null ? List.of() : Collections.unmodifiableList(new ArrayList<>(list));
    }
}
