package vn.baocao.core.source;

import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import java.util.List;
import java.util.Optional;
import vn.baocao.api.report.Section;

/**
 * The outline a report source follows: the id of a shipped outline ({@code outline:
 * so-ket-dan-van-kheo}), or the sections written out in the source.
 *
 * @param ref the id of a shipped outline
 * @param sections the sections, when written out
 */
public record OutlineSpec(Optional<String> ref, List<@NotNull @Valid Section> sections) {

    public OutlineSpec {
        ref = ref == null ? Optional.empty() : ref;
        sections = sections == null ? List.of() : java.util.Collections.unmodifiableList(new java.util.ArrayList<>(sections));
    }

    public static OutlineSpec ofRef(String id) {
        return new OutlineSpec(Optional.of(id), List.of());
    }

    public static OutlineSpec of(List<Section> sections) {
        return new OutlineSpec(Optional.empty(), sections);
    }
}
