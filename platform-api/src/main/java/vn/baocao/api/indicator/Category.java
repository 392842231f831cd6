package vn.baocao.api.indicator;

import static org.apiguardian.api.API.Status.INTERNAL;
import static org.apiguardian.api.API.Status.STABLE;

import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import org.apiguardian.api.API;
import vn.baocao.api.text.LocalizedText;

/** One category of a disaggregation, such as {@code F} (female) of sex. */
@API(status = STABLE, since = "0.1")
public record Category(@Pattern(regexp = "[A-Z0-9_]{1,32}") @NotNull String code, @NotNull @Valid LocalizedText name) {

    /**
     * The canonical constructor, for reading code and the platform. A plugin makes one with
     * {@link #of} instead: a record may gain components, and its canonical constructor with them.
     */
    @API(status = INTERNAL, since = "0.2")
    public Category {
    }

    /** The category of this code and name: {@code Category.of("HRE", "Hrê", "Hrê")}. */
    @API(status = STABLE, since = "0.2")
    public static Category of(String code, String vietnamese, String english) {
        return new Category(code, LocalizedText.of(vietnamese, english));
    }
}
