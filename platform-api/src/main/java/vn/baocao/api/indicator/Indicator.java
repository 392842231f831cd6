package vn.baocao.api.indicator;

import static org.apiguardian.api.API.Status.STABLE;

import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import java.util.List;
import org.apiguardian.api.API;
import vn.baocao.api.internal.Lists;
import vn.baocao.api.text.LocalizedText;

/**
 * An indicator (chỉ tiêu): what is counted, in what unit, how it adds up and how it breaks down.
 * Codes are unique across all loaded plugins.
 *
 * @param code upper-case code, unique on the platform ({@code CM_COUPLES})
 * @param name the name in Vietnamese and English
 * @param unitOfMeasure the unit of measure ("cặp"/"couples", "hộ"/"households")
 * @param valueType what the values are
 * @param aggregation how values add up over units and over time
 * @param disaggregations how values break down (sex, ethnic group); empty for totals only
 * @param targets targets set by the legal basis, if any
 */
@API(status = STABLE, since = "0.1")
public record Indicator(
        @NotNull @Pattern(regexp = "[A-Z][A-Z0-9_]{1,63}") String code,
        @NotNull @Valid LocalizedText name,
        @NotNull @Valid LocalizedText unitOfMeasure,
        @NotNull ValueType valueType,
        @NotNull @Valid Aggregation aggregation,
        List<@NotNull @Valid Disaggregation> disaggregations,
        List<@NotNull @Valid Target> targets) {

    public Indicator {
        disaggregations = Lists.copy(disaggregations);
        targets = Lists.copy(targets);
    }
}
