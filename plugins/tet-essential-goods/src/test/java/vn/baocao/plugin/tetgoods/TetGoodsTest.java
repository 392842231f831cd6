package vn.baocao.plugin.tetgoods;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Map;
import org.junit.jupiter.api.Test;
import vn.baocao.api.spi.BlockContent;
import vn.baocao.testkit.TestBlockContext;
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
        TestBlockContext context = new TestBlockContext(TetGoodsPlugin.class, "messages.properties", TestSubject.of(tet2023().build()),
                TetGoodsIndicators.all(), Map.of());
        assertThat(new SummaryBlock().compute(context)).singleElement()
                .extracting(c -> ((BlockContent.Paragraph) c).text())
                .isEqualTo("Dịp Tết Nguyên đán năm 2023, đã cấp không thu tiền cho 51.300 hộ (235.000 khẩu) đồng bào dân tộc thiểu số: "
                        + "102.600 lít nước mắm, 51.300 lít dầu ăn, 256.500 kg muối iốt, 23.500 kg bột ngọt; "
                        + "kinh phí thực hiện 9.200.000.000 đồng, bình quân 179.337 đồng/hộ.");
    }
}
