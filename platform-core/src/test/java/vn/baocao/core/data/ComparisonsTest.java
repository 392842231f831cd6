package vn.baocao.core.data;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

import java.io.IOException;
import java.math.BigDecimal;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import vn.baocao.api.indicator.Aggregation;
import vn.baocao.api.indicator.DerivedIndicator;
import vn.baocao.api.indicator.Disaggregation;
import vn.baocao.api.indicator.Indicator;
import vn.baocao.api.indicator.Target;
import vn.baocao.api.indicator.TargetKind;
import vn.baocao.api.indicator.ValueType;
import vn.baocao.api.period.Period;
import vn.baocao.api.program.ProgramType;
import vn.baocao.api.service.IndicatorCatalog;
import vn.baocao.api.text.LocalizedText;
import vn.baocao.core.units.BundledUnitDirectory;

/** Year-on-year change, targets met or not, and derived indicators computed on the totals. */
class ComparisonsTest {
    private static final LocalizedText T = LocalizedText.of("x", "x");
    private static final Indicator COUPLES = new Indicator("CM_COUPLES", T, T, ValueType.COUNT, Aggregation.SUM, List.of(),
            List.of(new Target(Period.parse("2021/2030"), TargetKind.ANNUAL_DECREASE_PERCENT, BigDecimal.valueOf(2), T)));
    private static final Indicator PERSONS = new Indicator("CM_UNDERAGE_PERSONS", T, T, ValueType.COUNT, Aggregation.SUM,
            List.of(Disaggregation.SEX), List.of(new Target(Period.parse("2026/2030"), TargetKind.AT_MOST, BigDecimal.valueOf(10), T)));
    private static final Indicator SPENDING = new Indicator("TG_SPENDING", T, T, ValueType.MONEY, Aggregation.SUM, List.of(), List.of());
    private static final Indicator HOUSEHOLDS = new Indicator("TG_HOUSEHOLDS", T, T, ValueType.COUNT, Aggregation.SUM, List.of(), List.of());

    @TempDir
    Path dir;

    private Comparisons load(String csv) throws IOException {
        IndicatorCatalog catalog = new IndicatorCatalog() {
            final List<Indicator> all = List.of(COUPLES, PERSONS, SPENDING, HOUSEHOLDS);
            @Override public Optional<Indicator> indicator(String code) { return all.stream().filter(i -> i.code().equals(code)).findFirst(); }
            @Override public List<Indicator> indicators() { return all; }
            @Override public Optional<ProgramType> programType(String id) { return Optional.empty(); }
            @Override public List<ProgramType> programTypes() { return List.of(); }
        };
        ValueStore store = new ValueStore(catalog, new BundledUnitDirectory());
        Path file = Files.writeString(dir.resolve("v.csv"), csv);
        assertThat(CsvReader.importFile(store, file, ImportOptions.defaults()).problems()).isEmpty();
        return new Comparisons(store, store.totalsByProvinceAndYear());
    }

    @Test
    void theChangeOnTheYearBeforeAndAnAnnualDecreaseTarget() throws IOException {
        // province 51: 20 couples in 2026, 19 in 2027 (−5 %): a decrease of at least 2 % a year is met
        Comparisons c = load("""
                indicator,unit,period,sex,value
                CM_COUPLES,51,2026,,20
                CM_COUPLES,51,2027,,19
                CM_UNDERAGE_PERSONS,21028,2026-03,M,4
                CM_UNDERAGE_PERSONS,21028,2026-04,F,5
                CM_UNDERAGE_PERSONS,23293,2026-04,F,3
                """);
        Comparisons.Comparison couples = c.compare(COUPLES, "51", 2027);
        assertThat(couples.value()).hasValueSatisfying(v -> assertThat(v).isEqualByComparingTo("19"));
        assertThat(couples.previous()).hasValueSatisfying(v -> assertThat(v).isEqualByComparingTo("20"));
        assertThat(couples.changePercent().get()).isEqualByComparingTo("-5.0");
        assertThat(couples.targets()).singleElement().satisfies(t -> assertThat(t.achieved()).contains(true));

        // persons by sex add up to 12, above the target of at most 10; no 2025 figure, so no change
        Comparisons.Comparison persons = c.compare(PERSONS, "51", 2026);
        assertThat(persons.value()).hasValueSatisfying(v -> assertThat(v).isEqualByComparingTo("12"));
        assertThat(persons.changePercent()).isEmpty();
        assertThat(persons.targets()).singleElement().satisfies(t -> assertThat(t.achieved()).contains(false));
    }

    @Test
    void aYearAcrossTheReorganisationBelongsToTheProvinceThatKeptTheCode() throws IOException {
        // Quảng Ngãi (51) until 30/6/2025, merged with Kon Tum under the same code from 1/7/2025:
        // the 2025 figure is the province's, compared with its 2024 one (40 -> 30, −25 %)
        Comparisons c = load("""
                indicator,unit,period,value
                CM_COUPLES,51,2024,40
                CM_COUPLES,51,2025,30
                """);
        assertThat(c.compare(COUPLES, "51", 2025).value()).hasValueSatisfying(v -> assertThat(v).isEqualByComparingTo("30"));
        assertThat(c.compare(COUPLES, "51", 2025).changePercent().get()).isEqualByComparingTo("-25.0");
    }

    @Test
    void aDecreaseTooSmallIsNotMetAndAYearOutsideTheTargetHasNoCheck() throws IOException {
        Comparisons c = load("""
                indicator,unit,period,value
                CM_COUPLES,51,2026,100
                CM_COUPLES,51,2027,99
                CM_COUPLES,51,2030,50
                CM_COUPLES,51,2031,50
                """);
        // −1 % where the target asks for −2 %
        assertThat(c.compare(COUPLES, "51", 2027).targets()).singleElement().satisfies(t -> assertThat(t.achieved()).contains(false));
        // the target covers 2021–2030 only
        assertThat(c.compare(COUPLES, "51", 2031).targets()).isEmpty();
        assertThat(c.compare(COUPLES, "51", 2031).changePercent()).hasValueSatisfying(v -> assertThat(v).isEqualByComparingTo("0"));
    }

    @Test
    void aDerivedIndicatorIsARatioOfTotalsNotAnAverageOfRatios() throws Exception {
        // commune 21028: 1,000,000 đ for 2 households; commune 23293: 9,000,000 đ for 18 households.
        // Province: 10,000,000 / 20 = 500,000 đ a household (the mean of the communes' ratios would also be 500,000
        // here, so the second year makes them differ: 3,000,000 / 2 and 1,000,000 / 8 -> 4,000,000 / 10 = 400,000)
        Comparisons c = load("""
                indicator,unit,period,value
                TG_SPENDING,21028,2026,1000000
                TG_HOUSEHOLDS,21028,2026,2
                TG_SPENDING,23293,2026,9000000
                TG_HOUSEHOLDS,23293,2026,18
                TG_SPENDING,21028,2027,3000000
                TG_HOUSEHOLDS,21028,2027,2
                TG_SPENDING,23293,2027,1000000
                TG_HOUSEHOLDS,23293,2027,8
                """);
        DerivedIndicator cost = new DerivedIndicator("TG_COST_PER_HOUSEHOLD", T, T, "#{TG_SPENDING} / #{TG_HOUSEHOLDS}", 0);
        Comparisons.Comparison y2027 = c.compare(cost, "51", 2027);
        assertThat(y2027.value()).hasValueSatisfying(v -> assertThat(v).isEqualByComparingTo("400000"));
        assertThat(y2027.previous()).hasValueSatisfying(v -> assertThat(v).isEqualByComparingTo("500000"));
        assertThat(y2027.changePercent().get()).isEqualByComparingTo("-20.0");
        assertThat(c.compare(cost, "51", 2025).value()).as("no figures, no ratio").isEmpty();

        DerivedIndicator wrong = new DerivedIndicator("X_WRONG", T, T, "#{TG_SPENDNG} / 2", 0);
        assertThatThrownBy(() -> c.compare(wrong, "51", 2026)).isInstanceOf(Comparisons.InvalidFormula.class);
    }
}
