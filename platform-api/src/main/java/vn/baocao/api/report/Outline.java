package vn.baocao.api.report;

import static org.apiguardian.api.API.Status.STABLE;

import jakarta.validation.Valid;
import jakarta.validation.constraints.NotEmpty;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import java.util.List;
import org.apiguardian.api.API;
import vn.baocao.api.internal.Lists;
import vn.baocao.api.text.LocalizedText;

/**
 * A report outline (đề cương): the numbered sections the receiving body asks for. It is data, kept
 * apart from any one report, so that every agency answering the same request uses the same one.
 *
 * @param id a key reports name it by ({@code so-ket-dan-van-kheo})
 * @param name what it is for
 * @param sections the sections, numbered by depth when rendered
 */
@API(status = STABLE, since = "0.1")
public record Outline(
        @NotNull @Pattern(regexp = "[a-z0-9][a-z0-9-]{0,63}") String id,
        @NotNull @Valid LocalizedText name,
        @NotEmpty List<@NotNull @Valid Section> sections) {

    public Outline {
        sections = Lists.copy(sections);
    }
}
