package vn.baocao.core.source;

import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import java.util.List;
import java.util.Optional;
import vn.baocao.api.campaign.Campaign;
import vn.baocao.api.program.Program;
import vn.baocao.api.report.Report;
import vn.baocao.api.spi.RuleSubject;

/**
 * The content of a report source file (YAML or JSON): the report's metadata and outline, the
 * campaign it reviews, and the programs it accounts for.
 */
public record ReportSource(
        @NotNull @Valid Report report,
        Optional<@Valid Campaign> campaign,
        List<@NotNull @Valid Program> programs) implements RuleSubject {

    public ReportSource {
        campaign = campaign == null ? Optional.empty() : campaign;
        programs = programs == null ? List.of() : java.util.Collections.unmodifiableList(new java.util.ArrayList<>(programs));
    }
}
