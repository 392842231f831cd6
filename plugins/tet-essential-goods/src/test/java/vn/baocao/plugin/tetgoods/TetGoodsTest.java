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
    void consistentFiguresPassEveryRule() {
        TestSubject subject = TestSubject.of(tet2023().build());
        assertThat(new AllotmentsRule(ALLOTMENTS).check(subject)).isEmpty();
        assertThat(new SpendingWithinAllocationRule().check(subject)).isEmpty();
        assertThat(new CostCeilingRule(ALLOTMENTS).check(subject)).isEmpty();
    }

    @Test
    void aQuantityBeyondTheToleranceFails() {
        // 51,300 households × 2 l = 102,600 l; 95,000 l is 7.4 % short, beyond 5 %
        TestSubject subject = TestSubject.of(tet2023().value("TG_FISH_SAUCE", "2023", -7600).build());
        assertThat(new AllotmentsRule(ALLOTMENTS).check(subject)).singleElement().satisfies(v -> {
            assertThat(v.messageKey()).isEqualTo("tet-essential-goods.rule.allotment");
            assertThat(v.arguments()).containsExactly("2023", "TG_FISH_SAUCE", "95.000", "102.600", "5");
            assertThat(v.pointer()).isEqualTo("/programs/0/results/3/value");
        });
    }

    @Test
    void aQuantityWithinTheTolerancePasses() {
        assertThat(new AllotmentsRule(ALLOTMENTS).check(TestSubject.of(tet2023().value("TG_SALT", "2023", -10000).build()))).isEmpty();
    }

    @Test
    void spendingAboveTheAllocationFails() {
        TestSubject subject = TestSubject.of(tet2023().value("TG_ALLOCATION", "2023", -500000000L).build());
        assertThat(new SpendingWithinAllocationRule().check(subject)).singleElement()
                .satisfies(v -> assertThat(v.arguments()).containsExactly("2023", "9.200.000.000", "9.000.000.000"));
    }

    @Test
    void anAverageAboveTheCeilingFails() {
        TestSubject subject = TestSubject.of(tet2023().value("TG_SPENDING", "2023", 300000000L).build());
        assertThat(new CostCeilingRule(ALLOTMENTS).check(subject)).singleElement()
                .satisfies(v -> assertThat(v.arguments()).containsExactly("2023", "185.185", "180.000"));
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
