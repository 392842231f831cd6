package vn.baocao.api.indicator;

import static org.apiguardian.api.API.Status.EXPERIMENTAL;

import jakarta.validation.Valid;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import org.apiguardian.api.API;
import vn.baocao.api.text.LocalizedText;

/**
 * An indicator computed from others by a formula, such as a rate or the cost per household. It is
 * evaluated on the totals, not summed from per-unit results: the cost per household of a province is
 * its spending over its households, as DHIS2 computes program indicators.
 *
 * @param code unique among indicators and derived indicators
 * @param formula an expression over indicators in the syntax of data rules:
 *                {@code #{TG_SPENDING} / #{TG_HOUSEHOLDS}}, {@code #{CM_UNDERAGE_PERSONS.SEX:F}},
 *                {@code previous(#{CM_COUPLES})}
 * @param decimals the decimals a report shows
 */
@API(status = EXPERIMENTAL, since = "0.1")
public record DerivedIndicator(
        @NotNull @Pattern(regexp = "[A-Z][A-Z0-9_]{1,63}") String code,
        @NotNull @Valid LocalizedText name,
        @NotNull @Valid LocalizedText unitOfMeasure,
        @NotBlank String formula,
        @Min(0) @Max(6) int decimals) {
}
