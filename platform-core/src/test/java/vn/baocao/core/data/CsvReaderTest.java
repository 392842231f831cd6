package vn.baocao.core.data;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import vn.baocao.api.indicator.Aggregation;
import vn.baocao.api.indicator.Disaggregation;
import vn.baocao.api.indicator.Indicator;
import vn.baocao.api.indicator.ValueType;
import vn.baocao.api.program.ProgramType;
import vn.baocao.api.service.IndicatorCatalog;
import vn.baocao.api.text.LocalizedText;
import vn.baocao.core.units.BundledUnitDirectory;

/** Importing CSV files into the store: checks, all or nothing, and the same file twice. */
class CsvReaderTest {
    private static final Indicator COUPLES = new Indicator("CM_COUPLES", LocalizedText.of("Số cặp tảo hôn", "Couples"),
            LocalizedText.of("cặp", "couples"), ValueType.COUNT, Aggregation.SUM, List.of(), List.of());
    private static final Indicator PERSONS = new Indicator("CM_UNDERAGE_PERSONS", LocalizedText.of("Số người", "Persons"),
            LocalizedText.of("người", "persons"), ValueType.COUNT, Aggregation.SUM, List.of(Disaggregation.SEX), List.of());
    private static final Indicator CLUBS = new Indicator("LE_CLUBS", LocalizedText.of("Số câu lạc bộ", "Clubs"),
            LocalizedText.of("câu lạc bộ", "clubs"), ValueType.COUNT, Aggregation.STOCK, List.of(), List.of());
    private static final Indicator RATE = new Indicator("RATE", LocalizedText.of("Tỷ lệ", "Rate"),
            LocalizedText.of("%", "%"), ValueType.PERCENTAGE, new Aggregation(vn.baocao.api.indicator.AggregationType.AVERAGE,
            vn.baocao.api.indicator.AggregationType.AVERAGE), List.of(), List.of());
    private static final BundledUnitDirectory UNITS = new BundledUnitDirectory();

    @TempDir
    Path dir;

    private ValueStore store;

    @BeforeEach
    void newStore() {
        store = new ValueStore(catalog(COUPLES, PERSONS, CLUBS, RATE), UNITS);
    }

    private ImportResult importCsv(String name, String content) throws IOException {
        return CsvReader.importFile(store, Files.writeString(dir.resolve(name), content), ImportOptions.defaults());
    }

    @Test
    void aGoodFileIsStoredAndImportingItAgainChangesNothing() throws IOException {
        String csv = """
                indicator,unit,period,sex,value,comment
                CM_COUPLES,21028,2026-01,,3,
                CM_UNDERAGE_PERSONS,21028,2026-01,F,3,"tính cả hai vợ chồng, nếu cùng dưới tuổi"
                CM_UNDERAGE_PERSONS,21028,2026-01,M,1,
                CM_COUPLES,23293,2026,,12,
                """;
        ImportResult first = importCsv("values.csv", csv);
        assertThat(first.problems()).isEmpty();
        assertThat(first.added()).isEqualTo(4);
        // SEX lists M then F: category 1 is female
        assertThat(store.value("CM_UNDERAGE_PERSONS", "21028", "2026-01", 1)).hasValueSatisfying(v -> assertThat(v).isEqualByComparingTo("3"));
        assertThat(store.value("CM_UNDERAGE_PERSONS", "21028", "2026-01", 0)).hasValueSatisfying(v -> assertThat(v).isEqualByComparingTo("1"));
        assertThat(store.value("CM_COUPLES", "23293", "2026")).hasValueSatisfying(v -> assertThat(v).isEqualByComparingTo("12"));

        ImportResult again = importCsv("values.csv", csv);
        assertThat(again.added()).isZero();
        assertThat(again.unchanged()).isEqualTo(4);
        assertThat(store.size()).isEqualTo(4);

        ImportResult corrected = importCsv("correction.csv", "indicator,unit,period,value\nCM_COUPLES,21028,2026-01,4\n");
        assertThat(corrected.replaced()).isEqualTo(1);
        assertThat(store.value("CM_COUPLES", "21028", "2026-01")).hasValueSatisfying(v -> assertThat(v).isEqualByComparingTo("4"));
        assertThat(store.size()).isEqualTo(4);
    }

    @Test
    void everyBadRowIsReportedWithItsPlaceAndNothingIsStored() throws IOException {
        ImportResult result = importCsv("errors.csv", """
                indicator,unit,period,sex,value
                CM_COUPLES,21028,2026-01,,3
                CM_COUPLE,21028,2026-01,,3
                CM_COUPLES,21028,2026-13,,3
                CM_COUPLES,21010,2026-02,,3
                CM_COUPLES,99999,2026-02,,3
                CM_COUPLES,21028,2026-03,,-2
                CM_UNDERAGE_PERSONS,21028,2026-01,X,1
                CM_UNDERAGE_PERSONS,21028,2026-01,,1
                CM_COUPLES,21028,2026-04,,ba
                CM_COUPLES,21028,2026-01,,3
                CM_COUPLES,21028,2026-05,3
                """);
        assertThat(result.stored()).isFalse();
        assertThat(result.problems()).extracting(DataProblem::code, DataProblem::line, DataProblem::column).containsExactly(
                tuple("data.unknownIndicator", 3, 1),
                tuple("data.badPeriod", 4, 18),
                tuple("data.unitNotInForce", 5, 12),
                tuple("data.unknownUnit", 6, 12),
                tuple("data.badValue", 7, 27),
                tuple("data.unknownCategory", 8, 35),
                tuple("data.missingCategory", 9, 35),
                tuple("number.notANumber", 10, 27),
                tuple("data.duplicate", 11, 1),
                tuple("data.fieldCount", 12, 1));
        assertThat(store.size()).isZero();
    }

    @Test
    void aValueGivenTwiceInOneFileIsRefusedNamingTheFirstLine() throws IOException {
        ImportResult result = importCsv("twice.csv", "indicator,unit,period,value\nCM_COUPLES,21028,2026-01,3\nCM_COUPLES,21028,2026-01,4\n");
        assertThat(result.problems()).singleElement().satisfies(p -> {
            assertThat(p.code()).isEqualTo("data.duplicate");
            assertThat(p.line()).isEqualTo(3);
            assertThat(p.message().arguments()).containsExactly(2);
        });
        assertThat(store.size()).isZero();
    }

    @Test
    void anOldCommuneIsAcceptedForPeriodsWhenItExisted() throws IOException {
        ImportResult result = importCsv("old.csv", "indicator,unit,period,value\nCM_COUPLES,21010,2024,5\nCM_COUPLES,522,2024-06,2\n");
        assertThat(result.problems()).isEmpty();
        assertThat(store.value("CM_COUPLES", "21010", "2024")).hasValueSatisfying(v -> assertThat(v).isEqualByComparingTo("5"));
    }

    @Test
    void aHeaderWithoutARequiredColumnOrWithAnUnknownOneIsRefused() throws IOException {
        assertThat(importCsv("h1.csv", "\uFEFFindicator,unit,value\n").problems()).extracting(DataProblem::code).containsExactly("data.missingColumn");
        assertThat(importCsv("h2.csv", "indicator,unit,period,value,ethnic\n").problems())
                .extracting(DataProblem::code, DataProblem::column).containsExactly(tuple("data.unknownColumn", 29));
        assertThat(importCsv("h3.csv", "").problems()).extracting(DataProblem::code).containsExactly("data.noHeader");
    }

    @Test
    void valuesRollUpToTheProvinceAndYear() throws IOException {
        // Phường Nghĩa Lộ (21028) and Phường Kon Tum (23293) are both in today's Quảng Ngãi (51):
        // 3 + 4 + 5 in 2026, and 7 in 2027
        importCsv("v.csv", """
                indicator,unit,period,value
                CM_COUPLES,21028,2026-01,3
                CM_COUPLES,21028,2026-02,4
                CM_COUPLES,23293,2026-12,5
                CM_COUPLES,23293,2027-01,7
                """);
        Totals totals = store.totalsByProvinceAndYear();
        assertThat(totals.total("CM_COUPLES", 0, "51", 2026)).hasValueSatisfying(v -> assertThat(v).isEqualByComparingTo("12"));
        assertThat(totals.total("CM_COUPLES", 0, "51", 2027)).hasValueSatisfying(v -> assertThat(v).isEqualByComparingTo("7"));
        assertThat(totals.total("CM_COUPLES", 0, "01", 2026)).isEmpty();
    }

    private static IndicatorCatalog catalog(Indicator... indicators) {
        return new IndicatorCatalog() {
            @Override public Optional<Indicator> indicator(String code) {
                return List.of(indicators).stream().filter(i -> i.code().equals(code)).findFirst();
            }
            @Override public List<Indicator> indicators() { return List.of(indicators); }
            @Override public Optional<ProgramType> programType(String id) { return Optional.empty(); }
            @Override public List<ProgramType> programTypes() { return List.of(); }
        };
    }

    @Test
    void eachValueKeepsItsFileLineAndComment() throws IOException {
        importCsv("t.csv", """
                indicator,unit,period,sex,value,comment
                CM_COUPLES,21028,2026-01,,3,
                CM_UNDERAGE_PERSONS,21028,2026-01,F,3,"cả hai vợ chồng, nữ ""dưới"" 18 tuổi"
                """);
        assertThat(store.provenance("CM_COUPLES", "21028", "2026-01"))
                .hasValueSatisfying(p -> {
                    assertThat(p.source()).endsWith("t.csv");
                    assertThat(p.line()).isEqualTo(2);
                    assertThat(p.comment()).isEmpty();
                });
        assertThat(store.provenance("CM_UNDERAGE_PERSONS", "21028", "2026-01", 1))
                .hasValueSatisfying(p -> {
                    assertThat(p.line()).isEqualTo(3);
                    assertThat(p.comment()).contains("cả hai vợ chồng, nữ \"dưới\" 18 tuổi");
                });
    }

    @Test
    void eachIndicatorAddsUpByItsOwnAggregation() throws IOException {
        // clubs are a stock: over the months of 2026 a commune counts its last value (5 and 2), the
        // province sums its communes: 5 + 2 = 7. A rate averages over months (40, 60 -> 50; 80) and
        // over communes ((50 + 80) / 2 = 65).
        importCsv("v.csv", """
                indicator,unit,period,value
                LE_CLUBS,21028,2026-01,3
                LE_CLUBS,21028,2026-12,5
                LE_CLUBS,23293,2026-06,2
                RATE,21028,2026-01,40
                RATE,21028,2026-02,60
                RATE,23293,2026-03,80
                """);
        Totals totals = store.totalsByProvinceAndYear();
        assertThat(totals.total("LE_CLUBS", 0, "51", 2026)).hasValueSatisfying(v -> assertThat(v).isEqualByComparingTo("7"));
        assertThat(totals.total("RATE", 0, "51", 2026)).hasValueSatisfying(v -> assertThat(v).isEqualByComparingTo("65"));
    }
}
