package vn.baocao.core.source;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotEmpty;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;

/**
 * What a summary report brings together: the report sources of the agencies under the issuing
 * body (each one's review of the same campaign, with its data), and the agencies expected to report,
 * so that the summary can say which have not.
 *
 * @param sources the agencies' report sources, relative to the summary's own source
 * @param expected the agencies expected to report, by the name they sign as issuing body
 */
public record Consolidation(@NotEmpty List<@NotBlank String> sources, List<@NotBlank String> expected) {

    public Consolidation {
        sources = sources == null ? List.of() : Collections.unmodifiableList(new ArrayList<>(sources));
        expected = expected == null ? List.of() : Collections.unmodifiableList(new ArrayList<>(expected));
    }
}
