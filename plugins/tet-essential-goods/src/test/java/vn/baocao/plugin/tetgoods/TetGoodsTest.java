package vn.baocao.plugin.tetgoods;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.Map;
import org.junit.jupiter.api.Test;
import vn.baocao.testkit.TestPlatform;
import vn.baocao.testkit.TestSubject;

class TetGoodsTest {
    private static final Allotments ALLOTMENTS = Allotments.QUANG_NGAI_2019_2025;

    /** Tết 2023 as a province might report it, every figure consistent. */
    private static TestSubject.ProgramBuilder tet2023() {
        return TestSubject.program("tet-essential-goods")
                .value("TG_HOUSEHOLDS", "2023", Map.of("ETHNIC_GROUP", "HRE"), 30000)
                .value("TG_HOUSEHOLDS", "2023", Map.of("ETHNIC_GROUP", "COR"), 21300)
                .value("TG_PERSONS", "2023", 235000)
                .value("TG_FISH_SAUCE", "2023", 102600)
                .value("TG_COOKING_OIL", "2023", 51300)
                .value("TG_SALT", "2023", 256500)
                .value("TG_MSG", "2023", 23500)
                .value("TG_SPENDING", "2023", 9200000000L)
                .value("TG_ALLOCATION", "2023", 9500000000L);
    }

    @Test
    void testsRunInsideTheNamedPluginModule() {
        assertThat(getClass().getModule().getName()).isEqualTo("vn.baocao.plugin.tetgoods");
    }

    @Test
    void theAllotmentsAreDataRulesBuiltFromTheProvincesFigures() {
        assertThat(TetGoodsDataRules.all(ALLOTMENTS)).extracting(r -> r.id() + " " + r.left() + " " + r.operator().symbol() + " " + r.right())
                .containsExactly(
                        "tet-essential-goods.allotment.fish-sauce #{TG_FISH_SAUCE} == 2 * #{TG_HOUSEHOLDS}",
                        "tet-essential-goods.allotment.cooking-oil #{TG_COOKING_OIL} == 1 * #{TG_HOUSEHOLDS}",
                        "tet-essential-goods.allotment.salt #{TG_SALT} == 5 * #{TG_HOUSEHOLDS}",
                        "tet-essential-goods.allotment.msg #{TG_MSG} == 0.1 * #{TG_PERSONS}",
                        "tet-essential-goods.spending-within-allocation #{TG_SPENDING} <= #{TG_ALLOCATION}",
                        "tet-essential-goods.cost-ceiling #{TG_SPENDING} <= 180000 * #{TG_HOUSEHOLDS}");
    }

    @Test
    void theSummaryWritesTheYearsDistribution() {
        assertThat(TestPlatform.load(new TetGoodsPlugin()).render("tet-essential-goods.summary", TestSubject.of(tet2023().build())))
                .singleElement()
                .isEqualTo("Dịp Tết Nguyên đán Quý Mão 2023, đã cấp không thu tiền cho 51.300 hộ (235.000 khẩu) đồng bào dân tộc thiểu số: "
                        + "102.600 lít nước mắm, 51.300 lít dầu ăn, 256.500 kg muối iốt, 23.500 kg bột ngọt; "
                        + "kinh phí thực hiện 9.200.000.000 đồng, bình quân 179.337 đồng/hộ.");
    }

    /** Commune 21028, Tết 2023: 100 households, 2 l fish sauce each; spending 17 million, 170,000 đồng a household. */
    private static final String COMMUNE_VALUES = """
            indicator,unit,period,value
            TG_HOUSEHOLDS,21028,2023,100
            TG_FISH_SAUCE,21028,2023,200
            TG_SPENDING,21028,2023,17000000
            """;

    @Test
    void theAllotmentsAndCeilingAreTheInstallationsSettingsQuangNgaisByDefault() {
        TestPlatform quangNgai = TestPlatform.load(new TetGoodsPlugin());
        assertThat(quangNgai.setting("cost-ceiling-per-household")).isEqualTo(new java.math.BigDecimal("180000"));
        assertThat(quangNgai.checkValues(COMMUNE_VALUES)).isEmpty();

        // a province that allows 150,000 đồng and 3 l of fish sauce a household
        TestPlatform other = TestPlatform.loading(new TetGoodsPlugin())
                .setting("cost-ceiling-per-household", "150000")
                .setting("allotment.fish-sauce-per-household", "3")
                .load();
        assertThat(other.checkValues(COMMUNE_VALUES)).extracting(TestPlatform.DataFinding::ruleId, TestPlatform.DataFinding::englishMessage)
                .containsExactlyInAnyOrder(
                        org.assertj.core.groups.Tuple.tuple("tet-essential-goods.allotment.fish-sauce",
                                "The fish sauce handed out (200) is more than 5% off the allotment of 3 l a household (300)."),
                        org.assertj.core.groups.Tuple.tuple("tet-essential-goods.cost-ceiling",
                                "Spending of 17.000.000 đồng exceeds the ceiling of 150,000 đồng a household for the households served (15.000.000 đồng)."));
    }

    @Test
    void aSettingOfTheWrongTypeOrUnknownIsRefusedWithTheCallThatGaveIt() {
        assertThatThrownBy(() -> TestPlatform.loading(new TetGoodsPlugin()).setting("cost-ceiling-per-household", "180.000 đồng").load())
                .isInstanceOf(TestPlatform.Refused.class)
                .hasMessageContaining("setting(\"cost-ceiling-per-household\", \"180.000 đồng\"): the value “180.000 đồng” of “cost-ceiling-per-household” is not a number");
        assertThatThrownBy(() -> TestPlatform.loading(new TetGoodsPlugin()).setting("ceiling", "150000").load())
                .isInstanceOf(TestPlatform.Refused.class)
                .hasMessageContaining("setting(\"ceiling\", \"150000\"): the plugin tet-essential-goods has no setting “ceiling”")
                .hasMessageContaining("cost-ceiling-per-household");
    }

    /** The plugin authors' guide shows these two tests as they are here. */
    @Test
    void anotherProvincesCeilingIsASetting() {
        TestPlatform other = TestPlatform.loading(new TetGoodsPlugin())
                .setting("cost-ceiling-per-household", "150000")
                .load();
        assertThat(other.checkValues("""
                indicator,unit,period,value
                TG_HOUSEHOLDS,21028,2023,100
                TG_SPENDING,21028,2023,17000000
                """)).extracting(TestPlatform.DataFinding::ruleId).containsExactly("tet-essential-goods.cost-ceiling");
    }

    @Test
    void theSummaryWritesTheYearsDistributionAsTheGuideShows() {
        TestSubject subject = TestSubject.of(TestSubject.program("tet-essential-goods")
                .value("TG_HOUSEHOLDS", "2023", 51300).value("TG_SPENDING", "2023", 9200000000L).build());
        assertThat(TestPlatform.load(new TetGoodsPlugin()).render("tet-essential-goods.summary", subject))
                .singleElement().asString().startsWith("Dịp Tết Nguyên đán Quý Mão 2023");
    }
}
