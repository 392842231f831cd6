package vn.baocao.api.indicator;

import static org.apiguardian.api.API.Status.INTERNAL;
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

    /**
     * The canonical constructor, for reading code and the platform. A plugin makes one with
     * {@link #of} instead: a record may gain components, and its canonical constructor with them.
     */
    @API(status = INTERNAL, since = "0.2")
    public Disaggregation {
        categories = Lists.copy(categories);
    }

    /**
     * The breakdown of this code and name into these categories, in the order reports list them:
     * {@code Disaggregation.of("ETHNIC_GROUP", "Dân tộc", "Ethnic group", Category.of("HRE", "Hrê", "Hrê"), …)}.
     */
    @API(status = STABLE, since = "0.2")
    public static Disaggregation of(String code, String vietnamese, String english, Category... categories) {
        return new Disaggregation(code, LocalizedText.of(vietnamese, english), List.of(categories));
    }

    /** Sex as Vietnamese statistics record it. */
    public static final Disaggregation SEX = of("SEX", "Giới tính", "Sex", Category.of("M", "Nam", "Male"), Category.of("F", "Nữ", "Female"));
}
