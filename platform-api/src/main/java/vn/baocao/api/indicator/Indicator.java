package vn.baocao.api.indicator;

import static org.apiguardian.api.API.Status.INTERNAL;
import static org.apiguardian.api.API.Status.STABLE;

import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import org.apiguardian.api.API;
import vn.baocao.api.internal.Lists;
import vn.baocao.api.internal.Required;
import vn.baocao.api.period.Period;
import vn.baocao.api.text.LocalizedText;

/**
 * An indicator (chỉ tiêu): what is counted, in what unit, how it adds up and how it breaks down.
 * Codes are unique across all loaded plugins. A plugin builds one with {@link #builder(String)}:
 *
 * <pre>{@code
 * Indicator.builder("CM_UNDERAGE_PERSONS")
 *         .name("Số người tảo hôn", "Persons married under age")
 *         .unit("người", "persons")
 *         .disaggregation(Disaggregation.SEX)
 *         .build();
 * }</pre>
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

    /**
     * The canonical constructor, for reading code and the platform. A plugin builds one with
     * {@link #builder} instead: a record may gain components, and its canonical constructor with them.
     */
    @API(status = INTERNAL, since = "0.2")
    public Indicator {
        disaggregations = Lists.copy(disaggregations);
        targets = Lists.copy(targets);
    }

    /** Starts an indicator: a count summed over units and time, with no breakdown and no target, until told otherwise. */
    @API(status = STABLE, since = "0.2")
    public static Builder builder(String code) {
        return new Builder(code);
    }

    /** Builds an {@link Indicator}; name and unit of measure are required. */
    @API(status = STABLE, since = "0.2")
    public static final class Builder {
        private final String code;
        private LocalizedText name;
        private LocalizedText unitOfMeasure;
        private ValueType valueType = ValueType.COUNT;
        private Aggregation aggregation = Aggregation.SUM;
        private final List<Disaggregation> disaggregations = new ArrayList<>();
        private final List<Target> targets = new ArrayList<>();

        private Builder(String code) {
            this.code = code;
        }

        public Builder name(LocalizedText name) {
            this.name = name;
            return this;
        }

        public Builder name(String vietnamese, String english) {
            return name(LocalizedText.of(vietnamese, english));
        }

        /** The unit of measure ("cặp"/"couples"). */
        public Builder unit(LocalizedText unitOfMeasure) {
            this.unitOfMeasure = unitOfMeasure;
            return this;
        }

        public Builder unit(String vietnamese, String english) {
            return unit(LocalizedText.of(vietnamese, english));
        }

        /** What the values are; a count unless told otherwise. */
        public Builder valueType(ValueType valueType) {
            this.valueType = valueType;
            return this;
        }

        /**
         * How values add up; {@link Aggregation#SUM} unless told otherwise. A stock (households on a
         * list, persons in office) is {@link Aggregation#STOCK}: summed over units, its last value over time.
         */
        public Builder aggregation(Aggregation aggregation) {
            this.aggregation = aggregation;
            return this;
        }

        /** Adds a way the values break down (sex, ethnic group); each value is for one of its categories. */
        public Builder disaggregation(Disaggregation disaggregation) {
            disaggregations.add(disaggregation);
            return this;
        }

        /** Adds a target the legal basis sets. */
        public Builder target(Target target) {
            targets.add(target);
            return this;
        }

        /** Adds a target: over {@code period}, of {@code kind} and {@code value}, set by {@code source}. */
        public Builder target(Period period, TargetKind kind, BigDecimal value, LocalizedText source) {
            return target(new Target(period, kind, value, source));
        }

        /** @throws IllegalStateException naming the part left out */
        public Indicator build() {
            String built = "indicator " + code;
            return new Indicator(Required.part(code, "indicator", "code", "Indicator.builder(code)"),
                    Required.part(name, built, "name", "name(vi, en)"),
                    Required.part(unitOfMeasure, built, "unit of measure", "unit(vi, en)"),
                    Required.part(valueType, built, "value type", "valueType(…)"),
                    Required.part(aggregation, built, "aggregation", "aggregation(…)"),
                    disaggregations, targets);
        }
    }
}
