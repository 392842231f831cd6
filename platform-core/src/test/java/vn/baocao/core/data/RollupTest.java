package vn.baocao.core.data;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import vn.baocao.api.indicator.Aggregation;
import vn.baocao.api.indicator.Indicator;
import vn.baocao.api.indicator.ValueType;
import vn.baocao.api.period.Period;
import vn.baocao.api.program.ProgramType;
import vn.baocao.api.service.IndicatorCatalog;
import vn.baocao.api.text.LocalizedText;
import vn.baocao.core.units.BundledUnitDirectory;

/** Values recorded in 2023 under the old districts and communes, added up into the units of 2026. */
class RollupTest {
    private static final Indicator COUPLES = new Indicator("CM_COUPLES", LocalizedText.of("Số cặp tảo hôn", "Couples"),
            LocalizedText.of("cặp", "couples"), ValueType.COUNT, Aggregation.SUM, List.of(), List.of());
    private static final LocalDate DAY_2026 = LocalDate.of(2026, 1, 1);

    @TempDir
    Path dir;

    private Rollup.Result rollup(Rollup.SplitRule rule) throws Exception {
        BundledUnitDirectory units = new BundledUnitDirectory();
        ValueStore store = new ValueStore(catalog(), units);
        // 2023, under the units of the time:
        //   21010 Phường Lê Hồng Phong (TP Quảng Ngãi)  5 = 2 + 3  -> Phường Nghĩa Lộ 21028
        //   21013 Phường Trần Phú (TP Quảng Ngãi)       3          -> Phường Nghĩa Lộ 21028
        //   522   Thành phố Quảng Ngãi (a district)    10          -> province only
        //   21142 Xã Trà Bùi (Trà Bồng), split          4          -> Xã Cà Đam 21136 and Xã Tây Trà Bồng 21157
        //   23281 Phường Quang Trung (Kon Tum, old 62)  6          -> Phường Kon Tum 23293, province 51
        //   and 7 in 2024 under 21010, outside the period asked for
        // By hand: the 2026 province 51 gets 5 + 3 + 10 + 4 + 6 = 28.
        Files.writeString(dir.resolve("2023.csv"), """
                indicator,unit,period,value
                CM_COUPLES,21010,2023-03,2
                CM_COUPLES,21010,2023-09,3
                CM_COUPLES,21013,2023,3
                CM_COUPLES,522,2023,10
                CM_COUPLES,21142,2023,4
                CM_COUPLES,23281,2023H2,6
                CM_COUPLES,21010,2024,7
                """);
        ImportResult imported = CsvReader.importFile(store, dir.resolve("2023.csv"), ImportOptions.defaults());
        assertThat(imported.problems()).isEmpty();
        return new Rollup(store, units).into("CM_COUPLES", 0, Period.parse("2023"), DAY_2026, rule);
    }

    @Test
    void oldDistrictsAndCommunesRollUpIntoTodaysProvince() throws Exception {
        Rollup.Result result = rollup(Rollup.SplitRule.FIRST_SUCCESSOR);
        assertThat(result.byProvince()).containsExactly(java.util.Map.entry("51", new java.math.BigDecimal("28")));
        assertThat(result.byCommune()).containsEntry("21028", new java.math.BigDecimal("8")).containsEntry("21136", new java.math.BigDecimal("4")).containsEntry("23293", new java.math.BigDecimal("6"))
                .doesNotContainKey("21157");
        assertThat(result.notes()).extracting(n -> n.key()).containsExactlyInAnyOrder("rollup.split.FIRST_SUCCESSOR", "rollup.district");
    }

    @Test
    void aSplitCommuneCanBeSharedEqually() throws Exception {
        Rollup.Result result = rollup(Rollup.SplitRule.EQUAL_SHARES);
        assertThat(result.byCommune()).containsEntry("21136", new java.math.BigDecimal("2")).containsEntry("21157", new java.math.BigDecimal("2"));
        assertThat(result.byProvince()).containsEntry("51", new java.math.BigDecimal("28"));
    }

    @Test
    void aMonthInsideAYearTheUnitReportedWholeIsNotAddedAgainAndTheReportsTotalsAgree() throws Exception {
        BundledUnitDirectory units = new BundledUnitDirectory();
        ValueStore store = new ValueStore(catalog(), units);
        // 21028: the year 3 and, inside it, December 3 (the same couples); 21034: March 1 and April 2
        Files.writeString(dir.resolve("2026.csv"), """
                indicator,unit,period,value
                CM_COUPLES,21028,2026,3
                CM_COUPLES,21028,2026-12,3
                CM_COUPLES,21034,2026-03,1
                CM_COUPLES,21034,2026-04,2
                """);
        assertThat(CsvReader.importFile(store, dir.resolve("2026.csv"), ImportOptions.defaults()).problems()).isEmpty();
        Rollup.Result year = new Rollup(store, units).into("CM_COUPLES", Rollup.ALL_CATEGORIES, Period.parse("2026"), DAY_2026,
                Rollup.SplitRule.FIRST_SUCCESSOR);
        assertThat(year.byProvince()).containsExactly(java.util.Map.entry("51", new java.math.BigDecimal("6")));
        assertThat(year.byCommune()).containsEntry("21028", new java.math.BigDecimal("3")).containsEntry("21034", new java.math.BigDecimal("3"));
        assertThat(year.notes()).extracting(n -> n.key()).containsExactly("rollup.shadowed");
        assertThat(store.totalsByProvinceAndYear().total("CM_COUPLES", "51", 2026)).contains(new java.math.BigDecimal("6"));
        // December alone is December's figure
        Rollup.Result december = new Rollup(store, units).into("CM_COUPLES", Rollup.ALL_CATEGORIES, Period.parse("2026-12"), DAY_2026,
                Rollup.SplitRule.FIRST_SUCCESSOR);
        assertThat(december.byCommune()).containsExactly(java.util.Map.entry("21028", new java.math.BigDecimal("3")));
        assertThat(december.notes()).isEmpty();
    }

    private static IndicatorCatalog catalog() {
        return new IndicatorCatalog() {
            @Override public Optional<Indicator> indicator(String code) { return Optional.of(COUPLES).filter(i -> i.code().equals(code)); }
            @Override public List<Indicator> indicators() { return List.of(COUPLES); }
            @Override public Optional<ProgramType> programType(String id) { return Optional.empty(); }
            @Override public List<ProgramType> programTypes() { return List.of(); }
        };
    }

    /**
     * Values of 2019, under the units before Resolution 867/NQ-UBTVQH14, added up into the units of
     * 2026. By hand:
     *   21151 Trà Quân 4 and 21148 Trà Khê 6 -> Sơn Trà (2020) -> Xã Tây Trà 21154
     *   21154 Trà Phong (then in Tây Trà district) 5                -> Xã Tây Trà 21154    = 15
     *   21169 Trà Trung 2 -> Trà Tây (2020) -> Xã Tây Trà Bồng 21157                      =  2
     *   21541 An Vĩnh 3 -> huyện Lý Sơn (2020) -> Đặc khu Lý Sơn 21548                     =  3
     *   21514 Ba Chùa 8, divided in 2020 -> first named: Xã Ba Tơ 21484                    =  8
     *   21451 Xã Phổ Văn 7 -> Phường Phổ Văn (2020) -> Phường Trà Câu 21451                =  7
     *   526 Huyện Tây Trà 10 (a district's own figure)                    -> province only
     *   province 51: 15 + 2 + 3 + 8 + 7 + 10 = 45
     */
    @Test
    void valuesOf2019UnderTayTraAndLySonRollUpIntoTheUnitsOf2026() throws Exception {
        BundledUnitDirectory units = new BundledUnitDirectory();
        ValueStore store = new ValueStore(catalog(), units);
        Files.writeString(dir.resolve("2019.csv"), """
                indicator,unit,period,value
                CM_COUPLES,21151,2019,4
                CM_COUPLES,21148,2019,6
                CM_COUPLES,21154,2019,5
                CM_COUPLES,21169,2019,2
                CM_COUPLES,21541,2019,3
                CM_COUPLES,21514,2019,8
                CM_COUPLES,21451,2019,7
                CM_COUPLES,526,2019,10
                """);
        ImportResult imported = CsvReader.importFile(store, dir.resolve("2019.csv"), ImportOptions.defaults());
        assertThat(imported.problems()).isEmpty();
        Rollup.Result result = new Rollup(store, units).into("CM_COUPLES", 0, Period.parse("2019"), DAY_2026, Rollup.SplitRule.FIRST_SUCCESSOR);
        assertThat(result.byCommune()).containsExactly(
                java.util.Map.entry("21154", new java.math.BigDecimal("15")),
                java.util.Map.entry("21157", new java.math.BigDecimal("2")),
                java.util.Map.entry("21451", new java.math.BigDecimal("7")),
                java.util.Map.entry("21484", new java.math.BigDecimal("8")),
                java.util.Map.entry("21548", new java.math.BigDecimal("3")));
        assertThat(result.byProvince()).containsExactly(java.util.Map.entry("51", new java.math.BigDecimal("45")));
        assertThat(result.notes()).extracting(n -> n.key()).contains("rollup.split.FIRST_SUCCESSOR", "rollup.district");

        Rollup.Result shared = new Rollup(store, units).into("CM_COUPLES", 0, Period.parse("2019"), DAY_2026, Rollup.SplitRule.EQUAL_SHARES);
        assertThat(shared.byCommune()).containsEntry("21484", new java.math.BigDecimal("4")).containsEntry("21499", new java.math.BigDecimal("4"));
        assertThat(shared.byProvince()).containsExactly(java.util.Map.entry("51", new java.math.BigDecimal("45")));
    }
}
