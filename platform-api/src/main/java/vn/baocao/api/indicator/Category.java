package vn.baocao.api.indicator;

import static org.apiguardian.api.API.Status.STABLE;

import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import org.apiguardian.api.API;
import vn.baocao.api.text.LocalizedText;

/** One category of a disaggregation, such as {@code F} (female) of sex. */
@API(status = STABLE, since = "0.1")
public record Category(@Pattern(regexp = "[A-Z0-9_]{1,32}") @NotNull String code, @NotNull @Valid LocalizedText name) {
}
