package vn.baocao.api.report;

import static org.apiguardian.api.API.Status.STABLE;

import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import java.util.List;
import java.util.Optional;
import org.apiguardian.api.API;
import vn.baocao.api.internal.Lists;

/**
 * A section of a report's outline (đề cương). Numbers are not stored: they follow from the depth,
 * {@code I.} at the first level, {@code 1.} at the second, {@code a)} at the third.
 *
 * @param id a key that narrative and blocks refer to ({@code dac-diem-tinh-hinh}), if any
 * @param heading the heading as the outline words it
 * @param sections the sections below it
 * @param runIn whether the body starts on the heading's line ("1. Ưu điểm: Nhìn chung, …")
 */
@API(status = STABLE, since = "0.1")
public record Section(
        Optional<@Pattern(regexp = "[a-z0-9][a-z0-9-]{0,63}") String> id,
        @NotBlank String heading,
        List<@NotNull @Valid Section> sections,
        boolean runIn) {

    public Section {
        id = id == null ? Optional.empty() : id;
        sections = Lists.copy(sections);
    }
}
