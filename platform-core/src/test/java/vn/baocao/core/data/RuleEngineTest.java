package vn.baocao.core.data;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import vn.baocao.api.indicator.Aggregation;
import vn.baocao.api.indicator.Disaggregation;
import vn.baocao.api.indicator.Indicator;
import vn.baocao.api.indicator.ValueType;
import vn.baocao.api.period.PeriodType;
import vn.baocao.api.program.ProgramType;
import vn.baocao.api.rule.DataRule;
import vn.baocao.api.rule.MissingValueStrategy;
import vn.baocao.api.rule.Operator;
import vn.baocao.api.rule.Tolerance;
import vn.baocao.api.service.IndicatorCatalog;
import vn.baocao.api.spi.Importance;
import vn.baocao.api.text.LocalizedText;
import vn.baocao.core.units.BundledUnitDirectory;

/** DHIS2's validation-rule semantics, and the template, tolerance and previous-period additions. */
class RuleEngineTest {
    private static final List<Indicator> INDICATORS = List.of(count("A", List.of()), count("B", List.of()), count("C", List.of()),
            count("D", List.of()), count("P", List.of(Disaggregation.SEX)), count("Q", List.of(Disaggregation.SEX)));
    private static final BundledUnitDirectory UNITS = new BundledUnitDirectory();

    @TempDir
    static Path dir;

    private ValueStore store;

    @BeforeEach
    void values() throws Exception {
        store = new ValueStore(catalog(), UNITS);
        // in Phường Nghĩa Lộ (21028): A = 5 and B = 5 and C = 3 in January 2026, A = 8 in February;
        // D has no value; persons P by sex (M 4, F 9) against Q (M 5, F 6); a yearly A of 100
        Path csv = Files.writeString(dir.resolve("values.csv"), """
                indicator,unit,period,sex,value
                A,21028,2026-01,,5
                B,21028,2026-01,,5
                C,21028,2026-01,,3
                A,21028,2026-02,,8
                P,21028,2026-01,M,4
                P,21028,2026-01,F,9
                Q,21028,2026-01,M,5
                Q,21028,2026-01,F,6
                A,21028,2026,,100
                """);
        assertThat(CsvReader.importFile(store, csv, ImportOptions.defaults()).problems()).isEmpty();
    }

    @ParameterizedTest(name = "{0} {1} {2} in 2026-01: violated = {3}")
    @CsvSource({
            "#{A}, ==, #{B}, false", "#{A}, ==, #{C}, true",
            "#{A}, !=, #{C}, false", "#{A}, !=, #{B}, true",
            "#{C}, <, #{A}, false",  "#{A}, <, #{B}, true",
            "#{A}, <=, #{B}, false", "#{A}, <=, #{C}, true",
            "#{A}, >, #{C}, false",  "#{A}, >, #{B}, true",
            "#{A}, >=, #{B}, false", "#{C}, >=, #{A}, true",
            "#{A} - 2, ==, #{C}, false", "#{A} * 2 / (#{B} - #{C}), ==, 5, false"})
    void eachOperatorComparesTheTwoSides(String left, String operator, String right, boolean violated) {
        assertThat(violations(rule(left, Operator.of(operator), right, null, null, Set.of(PeriodType.MONTH), null, null))
                .stream().anyMatch(v -> v.period().equals("2026-01"))).isEqualTo(violated);
    }

    @Test
    void aCompulsoryPairNeedsBothSidesOrNeither() {
        assertThat(violations(rule("#{A}", Operator.COMPULSORY_PAIR, "#{D}", null, null, Set.of(PeriodType.MONTH), null, null)))
                .extracting(RuleEngine.Violation::period).containsExactly("2026-01", "2026-02");
        assertThat(violations(rule("#{A}", Operator.COMPULSORY_PAIR, "#{B}", null, null, Set.of(PeriodType.MONTH), null, null)))
                .extracting(RuleEngine.Violation::period).containsExactly("2026-02");
    }

    @Test
    void anExclusivePairRefusesBothSides() {
        assertThat(violations(rule("#{A}", Operator.EXCLUSIVE_PAIR, "#{B}", null, null, Set.of(PeriodType.MONTH), null, null)))
                .extracting(RuleEngine.Violation::period).containsExactly("2026-01");
    }

    @Test
    void skipIfAnyValueMissingSkipsWhenOneOfTheSidesValuesIsMissing() {
        // A + D = 5 + nothing; against C = 3 the comparison would fail
        assertThat(violations(rule("#{A} + #{D}", Operator.LESS_THAN_OR_EQUAL_TO, "#{C}", MissingValueStrategy.SKIP_IF_ANY_VALUE_MISSING, null,
                Set.of(PeriodType.MONTH), null, null))).isEmpty();
    }

    @Test
    void skipIfAllValuesMissingCountsAMissingValueAsZeroWhenOthersArePresent() {
        assertThat(violations(rule("#{A} + #{D}", Operator.LESS_THAN_OR_EQUAL_TO, "#{C}", MissingValueStrategy.SKIP_IF_ALL_VALUES_MISSING, null,
                Set.of(PeriodType.MONTH), null, null))).extracting(v -> v.left().intValueExact()).containsExactly(5);
        assertThat(violations(rule("#{D}", Operator.GREATER_THAN, "#{C}", MissingValueStrategy.SKIP_IF_ALL_VALUES_MISSING, null,
                Set.of(PeriodType.MONTH), null, null))).isEmpty();
    }

    @Test
    void neverSkipEvaluatesWithMissingValuesAsZero() {
        // D is missing everywhere: 0 > C fails in January (C = 3) and in February (C missing, 0 > 0)
        assertThat(violations(rule("#{D}", Operator.GREATER_THAN, "#{C}", MissingValueStrategy.NEVER_SKIP, MissingValueStrategy.NEVER_SKIP,
                Set.of(PeriodType.MONTH), null, null))).extracting(RuleEngine.Violation::period).containsExactly("2026-01", "2026-02");
    }

    @Test
    void oneRuleExpandedOverADisaggregationChecksEachCategory() {
        List<RuleEngine.Violation> v = violations(rule("#{P.SEX:*}", Operator.LESS_THAN_OR_EQUAL_TO, "#{Q.SEX:*}", null, null, Set.of(), "SEX", null));
        assertThat(v).singleElement().satisfies(x -> {
            assertThat(x.category()).contains("F");
            assertThat(x.left()).isEqualByComparingTo("9");
            assertThat(x.right()).isEqualByComparingTo("6");
            assertThat(x.unitCode()).isEqualTo("21028");
        });
        // without expansion the totals compare: 13 <= 11 fails once
        assertThat(violations(rule("#{P}", Operator.LESS_THAN_OR_EQUAL_TO, "#{Q}", null, null, Set.of(), null, null))).hasSize(1);
    }

    @Test
    void aToleranceLetsCloseValuesPass() {
        assertThat(violations(rule("#{A}", Operator.EQUAL_TO, "#{C}", null, null, Set.of(PeriodType.MONTH), null, "50%"))).hasSize(1);
        assertThat(violations(rule("#{A}", Operator.EQUAL_TO, "#{C}", null, null, Set.of(PeriodType.MONTH), null, "70%"))).isEmpty();
        assertThat(violations(rule("#{A}", Operator.EQUAL_TO, "#{C}", null, null, Set.of(PeriodType.MONTH), null, "2"))).isEmpty();
    }

    @Test
    void aRuleComparesWithThePeriodBefore() {
        // growth of at most 10 % a month: February (8) against January (5) fails; January has no month before
        assertThat(violations(rule("#{A}", Operator.LESS_THAN_OR_EQUAL_TO, "previous(#{A}) * 1.1", null, null, Set.of(PeriodType.MONTH), null, null)))
                .singleElement().satisfies(v -> {
                    assertThat(v.period()).isEqualTo("2026-02");
                    assertThat(v.right()).isEqualByComparingTo("5.5");
                });
    }

    @Test
    void aRuleAppliesOnlyToItsPeriodTypes() {
        assertThat(violations(rule("#{A}", Operator.LESS_THAN, "50", null, null, Set.of(PeriodType.YEAR), null, null)))
                .extracting(RuleEngine.Violation::period).containsExactly("2026");
    }

    @Test
    void anExpressionThatDoesNotCompileIsReportedWithItsPosition() {
        List<RuleEngine.RuleProblem> problems = new ArrayList<>();
        RuleEngine.compile(List.of(rule("#{A} + #{Z}", Operator.EQUAL_TO, "(#{B}", null, null, Set.of(), null, null)), store, problems);
        assertThat(problems).extracting(RuleEngine.RuleProblem::side, RuleEngine.RuleProblem::position, p -> p.message().key())
                .containsExactly(org.assertj.core.groups.Tuple.tuple("left", 7, "rules.expression.unknownIndicator"),
                        org.assertj.core.groups.Tuple.tuple("right", 5, "rules.expression.expected"));
    }

    @Test
    void requiresAsksForTheRightSideWheneverTheLeftHasAValueButNotTheReverse() {
        // A is reported in January and February, B only in January
        assertThat(violations(rule("#{A}", Operator.REQUIRES, "#{B}", null, null, Set.of(PeriodType.MONTH), null, null)))
                .extracting(RuleEngine.Violation::period).containsExactly("2026-02");
        // B is reported only where A is: nothing asked of A
        assertThat(violations(rule("#{B}", Operator.REQUIRES, "#{A}", null, null, Set.of(PeriodType.MONTH), null, null))).isEmpty();
        // any of several values on the left is enough to ask for the right
        assertThat(violations(rule("#{C} + #{D}", Operator.REQUIRES, "#{D}", null, null, Set.of(PeriodType.MONTH), null, null)))
                .extracting(RuleEngine.Violation::period).containsExactly("2026-01");
    }

    @Test
    void missingValueStrategiesDecideWhetherAPairsSideHasAValue() {
        // with SKIP_IF_ANY_VALUE_MISSING, A + D has no value (D is missing): the pair with B then fails in January
        assertThat(violations(rule("#{A} + #{D}", Operator.COMPULSORY_PAIR, "#{B}", MissingValueStrategy.SKIP_IF_ANY_VALUE_MISSING, null,
                Set.of(PeriodType.MONTH), null, null))).extracting(RuleEngine.Violation::period).containsExactly("2026-01");
        // with NEVER_SKIP both sides always have a value: a compulsory pair always holds, an exclusive pair never does
        assertThat(violations(rule("#{A}", Operator.COMPULSORY_PAIR, "#{D}", MissingValueStrategy.NEVER_SKIP, MissingValueStrategy.NEVER_SKIP,
                Set.of(PeriodType.MONTH), null, null))).isEmpty();
        assertThat(violations(rule("#{A}", Operator.EXCLUSIVE_PAIR, "#{D}", MissingValueStrategy.NEVER_SKIP, MissingValueStrategy.NEVER_SKIP,
                Set.of(PeriodType.MONTH), null, null))).extracting(RuleEngine.Violation::period).containsExactly("2026-01", "2026-02");
    }

    @Test
    void aDivisionByZeroIsReportedAsUnevaluableNeverPassedSilently() {
        // B - A is 0 in January: A / (B - A) has no value there; in February B is missing (0 when never skipped), so -8 / 8... is defined
        List<RuleEngine.Unevaluable> unevaluable = new ArrayList<>();
        List<RuleEngine.CompiledRule> compiled = RuleEngine.compile(List.of(rule("#{A} / (#{B} - #{A})", Operator.LESS_THAN_OR_EQUAL_TO, "1",
                null, null, Set.of(PeriodType.MONTH), null, null)), store, new ArrayList<>());
        List<RuleEngine.Violation> violations = new RuleEngine(store).check(compiled, unevaluable);
        assertThat(unevaluable).singleElement().satisfies(u -> {
            assertThat(u.period()).isEqualTo("2026-01");
            assertThat(u.unitCode()).isEqualTo("21028");
            assertThat(u.side()).isEqualTo("left");
            assertThat(u.at()).hasValueSatisfying(at -> assertThat(at.line()).isEqualTo(2));
        });
        assertThat(violations).isEmpty();
    }

    @Test
    void valuesPast2To53AreComparedExactly() throws Exception {
        // 2^53 + 1 and 2^53 are the same double: compared as doubles they would be equal
        Path csv = Files.writeString(dir.resolve("large.csv"), "indicator,unit,period,value\nA,21028,2026-03,9007199254740993\nB,21028,2026-03,9007199254740992\n");
        assertThat(CsvReader.importFile(store, csv, ImportOptions.defaults()).problems()).isEmpty();
        assertThat(violations(rule("#{A}", Operator.EQUAL_TO, "#{B}", null, null, Set.of(PeriodType.MONTH), null, null)))
                .filteredOn(v -> v.period().equals("2026-03")).singleElement().satisfies(v -> {
                    assertThat(v.left()).isEqualByComparingTo("9007199254740993");
                    assertThat(v.right()).isEqualByComparingTo("9007199254740992");
                });
        assertThat(violations(rule("#{A} - 1", Operator.EQUAL_TO, "#{B}", null, null, Set.of(PeriodType.MONTH), null, null))
                .stream().filter(v -> v.period().equals("2026-03"))).isEmpty();
    }

    @Test
    void decimalsAndTolerancesAreExact() throws Exception {
        // 0.1 + 0.2 is 0.30000000000000004 in doubles; exactly it is 0.3
        Path csv = Files.writeString(dir.resolve("decimals.csv"), "indicator,unit,period,value\nR,21028,2026-04,0.1\nS,21028,2026-04,0.2\nT,21028,2026-04,0.3\n");
        ValueStore decimals = new ValueStore(catalogOf(List.of(number("R"), number("S"), number("T"))), UNITS);
        assertThat(CsvReader.importFile(decimals, csv, ImportOptions.defaults()).problems()).isEmpty();
        List<RuleEngine.CompiledRule> compiled = RuleEngine.compile(List.of(
                rule("#{R} + #{S}", Operator.EQUAL_TO, "#{T}", null, null, Set.of(), null, null),
                // 0.2 × 525 is exactly 105, 5 % off 100, which the tolerance allows; as doubles it is 105.00000000000001
                rule("#{S} * 525", Operator.EQUAL_TO, "100", null, null, Set.of(), null, "5%")), decimals, new ArrayList<>());
        assertThat(new RuleEngine(decimals).check(compiled)).isEmpty();
    }

    private List<RuleEngine.Violation> violations(DataRule rule) {
        List<RuleEngine.RuleProblem> problems = new ArrayList<>();
        List<RuleEngine.CompiledRule> compiled = RuleEngine.compile(List.of(rule), store, problems);
        assertThat(problems).isEmpty();
        return new RuleEngine(store).check(compiled);
    }

    private static DataRule rule(String left, Operator operator, String right, MissingValueStrategy leftMissing,
                                 MissingValueStrategy rightMissing, Set<PeriodType> types, String expand, String tolerance) {
        return new DataRule("test", LocalizedText.of("{0} / {1}", "{0} / {1}"), left, operator, right, leftMissing, rightMissing,
                Importance.ERROR, types, Optional.ofNullable(expand), Optional.ofNullable(tolerance).map(Tolerance::parse));
    }

    private static Indicator number(String code) {
        return new Indicator(code, LocalizedText.of(code, code), LocalizedText.of("kg", "kg"), ValueType.NUMBER,
                Aggregation.SUM, List.of(), List.of());
    }

    private static Indicator count(String code, List<Disaggregation> disaggregations) {
        return new Indicator(code, LocalizedText.of(code, code), LocalizedText.of("người", "persons"), ValueType.COUNT,
                Aggregation.SUM, disaggregations, List.of());
    }

    private static IndicatorCatalog catalog() {
        return catalogOf(INDICATORS);
    }

    private static IndicatorCatalog catalogOf(List<Indicator> indicators) {
        return new IndicatorCatalog() {
            @Override public Optional<Indicator> indicator(String code) {
                return indicators.stream().filter(i -> i.code().equals(code)).findFirst();
            }
            @Override public List<Indicator> indicators() { return indicators; }
            @Override public Optional<ProgramType> programType(String id) { return Optional.empty(); }
            @Override public List<ProgramType> programTypes() { return List.of(); }
        };
    }
}
