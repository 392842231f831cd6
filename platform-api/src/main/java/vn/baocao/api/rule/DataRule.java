package vn.baocao.api.rule;

import static org.apiguardian.api.API.Status.EXPERIMENTAL;

import java.util.Optional;
import java.util.Set;
import org.apiguardian.api.API;
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

    public DataRule {
        leftMissing = leftMissing == null ? MissingValueStrategy.SKIP_IF_ALL_VALUES_MISSING : leftMissing;
        rightMissing = rightMissing == null ? MissingValueStrategy.SKIP_IF_ALL_VALUES_MISSING : rightMissing;
        importance = importance == null ? Importance.ERROR : importance;
        periodTypes = periodTypes == null ? Set.of() : Set.copyOf(periodTypes);
        expandOver = expandOver == null ? Optional.empty() : expandOver;
        tolerance = tolerance == null ? Optional.empty() : tolerance;
    }
}
