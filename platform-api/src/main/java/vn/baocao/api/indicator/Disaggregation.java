package vn.baocao.api.indicator;

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
 * A way of breaking values down, such as sex or ethnic group, with its categories. A value is
 * recorded for one category of each of its indicator's disaggregations.
 */
@API(status = STABLE, since = "0.1")
public record Disaggregation(
        @NotNull @Pattern(regexp = "[A-Z][A-Z0-9_]{0,31}") String code,
        @NotNull @Valid LocalizedText name,
        @NotEmpty List<@NotNull @Valid Category> categories) {

    public Disaggregation {
        categories = Lists.copy(categories);
    }

    /** Sex as Vietnamese statistics record it. */
    public static final Disaggregation SEX = new Disaggregation("SEX", LocalizedText.of("Giới tính", "Sex"), List.of(
            new Category("M", LocalizedText.of("Nam", "Male")),
            new Category("F", LocalizedText.of("Nữ", "Female"))));
}
