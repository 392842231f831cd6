package vn.baocao.api.indicator;

import static org.apiguardian.api.API.Status.EXPERIMENTAL;
import static org.apiguardian.api.API.Status.INTERNAL;

import jakarta.validation.Valid;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import org.apiguardian.api.API;
import vn.baocao.api.internal.Required;
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

    /**
     * The canonical constructor, for reading code and the platform. A plugin builds one with
     * {@link #builder} instead: a record may gain components, and its canonical constructor with them.
     */
    @API(status = INTERNAL, since = "0.2")
    public DerivedIndicator {
        // nothing to normalise: the marker is what this constructor is for
    }


    /** Starts a derived indicator, shown with no decimals until told otherwise. */
    @API(status = EXPERIMENTAL, since = "0.2")
    public static Builder builder(String code) {
        return new Builder(code);
    }

    /** Builds a {@link DerivedIndicator}; name, unit of measure and formula are required. */
    @API(status = EXPERIMENTAL, since = "0.2")
    public static final class Builder {
        private final String code;
        private LocalizedText name;
        private LocalizedText unitOfMeasure;
        private String formula;
        private int decimals;

        private Builder(String code) {
            this.code = code;
        }

        public Builder name(String vietnamese, String english) {
            this.name = LocalizedText.of(vietnamese, english);
            return this;
        }

        public Builder unit(String vietnamese, String english) {
            this.unitOfMeasure = LocalizedText.of(vietnamese, english);
            return this;
        }

        /** The expression, in the syntax of data rules: {@code #{TG_SPENDING} / #{TG_HOUSEHOLDS}}. */
        public Builder formula(String formula) {
            this.formula = formula;
            return this;
        }

        /** The decimals a report shows, 0 to 6. */
        public Builder decimals(int decimals) {
            this.decimals = decimals;
            return this;
        }

        /** @throws IllegalStateException naming the part left out */
        public DerivedIndicator build() {
            String built = "derived indicator " + code;
            return new DerivedIndicator(Required.part(code, "derived indicator", "code", "DerivedIndicator.builder(code)"),
                    Required.part(name, built, "name", "name(vi, en)"),
                    Required.part(unitOfMeasure, built, "unit of measure", "unit(vi, en)"),
                    Required.part(formula, built, "formula", "formula(…)"), decimals);
        }
    }
}
