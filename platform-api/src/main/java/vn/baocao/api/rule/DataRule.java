package vn.baocao.api.rule;

import static org.apiguardian.api.API.Status.EXPERIMENTAL;
import static org.apiguardian.api.API.Status.INTERNAL;

import java.util.EnumSet;
import java.util.Optional;
import java.util.Set;
import org.apiguardian.api.API;
import vn.baocao.api.internal.Required;
import vn.baocao.api.period.PeriodType;
import vn.baocao.api.spi.Importance;
import vn.baocao.api.text.LocalizedText;

/**
 * A rule over indicator values, in the manner of DHIS2: two expressions compared, for every unit and
 * period with values.
 *
 * <p>Expressions add, subtract, multiply and divide numbers and values: {@code #{CM_COUPLES}} is an
 * indicator's value summed over its categories, {@code #{CM_UNDERAGE_PERSONS.SEX:F}} one category,
 * {@code #{CM_UNDERAGE_PERSONS.SEX:*}} the category the rule is expanded to, and
 * {@code previous(#{CM_COUPLES})} the value of the period before (the month, quarter or year before).
 * A plugin builds one with {@link #builder(String)}:
 *
 * <pre>{@code
 * DataRule.builder("child-marriage.persons-at-least-couples")
 *         .message("Số người tảo hôn ({0}) ít hơn số cặp ({1}).", "Persons ({0}) are fewer than couples ({1}).")
 *         .compare("#{CM_UNDERAGE_PERSONS}", Operator.GREATER_THAN_OR_EQUAL_TO, "#{CM_COUPLES}")
 *         .whenMissing(MissingValueStrategy.SKIP_IF_ANY_VALUE_MISSING)
 *         .build();
 * }</pre>
 *
 * @param id unique on the platform ({@code child-marriage.persons-at-least-couples})
 * @param message what a violation says, in Vietnamese and English; {0} and {1} are the two sides
 * @param left the left expression
 * @param operator how the sides compare
 * @param right the right expression
 * @param leftMissing what missing values on the left side do
 * @param rightMissing what missing values on the right side do
 * @param importance error, warning or note
 * @param periodTypes the period types the rule applies to; empty for all
 * @param expandOver a disaggregation code: the rule is checked once for each of its categories,
 *                   {@code *} standing for it in the expressions
 * @param tolerance how far apart the sides may be
 */
@API(status = EXPERIMENTAL, since = "0.1")
public record DataRule(String id, LocalizedText message, String left, Operator operator, String right,
                       MissingValueStrategy leftMissing, MissingValueStrategy rightMissing, Importance importance,
                       Set<PeriodType> periodTypes, Optional<String> expandOver, Optional<Tolerance> tolerance) {

    /**
     * The canonical constructor, for reading code and the platform. A plugin builds one with
     * {@link #builder} instead: a record may gain components, and its canonical constructor with them.
     */
    @API(status = INTERNAL, since = "0.2")
    public DataRule {
        leftMissing = leftMissing == null ? MissingValueStrategy.SKIP_IF_ALL_VALUES_MISSING : leftMissing;
        rightMissing = rightMissing == null ? MissingValueStrategy.SKIP_IF_ALL_VALUES_MISSING : rightMissing;
        importance = importance == null ? Importance.ERROR : importance;
        periodTypes = periodTypes == null ? Set.of() : Set.copyOf(periodTypes);
        expandOver = expandOver == null ? Optional.empty() : expandOver;
        tolerance = tolerance == null ? Optional.empty() : tolerance;
    }

    /** Starts a rule: an error, skipped where all values of a side are missing, for every period type, until told otherwise. */
    @API(status = EXPERIMENTAL, since = "0.2")
    public static Builder builder(String id) {
        return new Builder(id);
    }

    /** Builds a {@link DataRule}; the message and the comparison are required. */
    @API(status = EXPERIMENTAL, since = "0.2")
    public static final class Builder {
        private final String id;
        private LocalizedText message;
        private String left;
        private Operator operator;
        private String right;
        private MissingValueStrategy leftMissing = MissingValueStrategy.SKIP_IF_ALL_VALUES_MISSING;
        private MissingValueStrategy rightMissing = MissingValueStrategy.SKIP_IF_ALL_VALUES_MISSING;
        private Importance importance = Importance.ERROR;
        private final Set<PeriodType> periodTypes = EnumSet.noneOf(PeriodType.class);
        private String expandOver;
        private Tolerance tolerance;

        private Builder(String id) {
            this.id = id;
        }

        /** What a violation says; {0} and {1} are the two sides' values. */
        public Builder message(String vietnamese, String english) {
            this.message = LocalizedText.of(vietnamese, english);
            return this;
        }

        /** The comparison the values must pass: {@code #{A}}, {@code >=}, {@code 2 * #{B}}. */
        public Builder compare(String left, Operator operator, String right) {
            this.left = left;
            this.operator = operator;
            this.right = right;
            return this;
        }

        /** What missing values on either side do. */
        public Builder whenMissing(MissingValueStrategy strategy) {
            return whenMissing(strategy, strategy);
        }

        public Builder whenMissing(MissingValueStrategy left, MissingValueStrategy right) {
            this.leftMissing = left;
            this.rightMissing = right;
            return this;
        }

        public Builder importance(Importance importance) {
            this.importance = importance;
            return this;
        }

        /** Limits the rule to these period types (a yearly figure, not each month). */
        public Builder periodTypes(PeriodType... types) {
            periodTypes.addAll(Set.of(types));
            return this;
        }

        /** Checks the rule once for each category of a disaggregation, {@code *} standing for it: {@code #{X.SEX:*}}. */
        public Builder expandOver(String disaggregationCode) {
            this.expandOver = disaggregationCode;
            return this;
        }

        /** How far apart the sides may be: {@code "5%"} of the right side, or an amount {@code "2"}. */
        public Builder tolerance(String tolerance) {
            this.tolerance = Tolerance.parse(tolerance);
            return this;
        }

        /** @throws IllegalStateException naming the part left out */
        public DataRule build() {
            String built = "data rule " + id;
            Required.part(id, "data rule", "id", "DataRule.builder(id)");
            Required.part(message, built, "message", "message(vi, en)");
            String call = "compare(left, operator, right)";
            return new DataRule(id, message, Required.part(left, built, "left side", call), Required.part(operator, built, "operator", call),
                    Required.part(right, built, "right side", call), leftMissing, rightMissing, importance, periodTypes,
                    Optional.ofNullable(expandOver), Optional.ofNullable(tolerance));
        }
    }
}
