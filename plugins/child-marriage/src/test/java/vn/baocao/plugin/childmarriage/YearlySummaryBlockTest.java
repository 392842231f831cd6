package vn.baocao.plugin.childmarriage;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import vn.baocao.testkit.TestPlatform;
import vn.baocao.testkit.TestSubject;

class YearlySummaryBlockTest {

    private static final TestPlatform PLATFORM = TestPlatform.load(new ChildMarriagePlugin());

    private static List<String> sentences(TestSubject subject, Map<String, String> options) {
        return PLATFORM.render("child-marriage.yearly-summary", subject, options);
    }

    @Test
    void aDecreaseIsComparedWithTheYearBeforeAndTheTarget() {
        TestSubject subject = TestSubject.of(TestSubject.program("child-marriage")
                .value("CM_COUPLES", "2022", 14).value("CM_COUPLES", "2023", 12)
                .value("CM_CONSANGUINEOUS_COUPLES", "2023", 1).build());
        assertThat(sentences(subject, Map.of())).containsExactly(
                "Năm 2023, toàn tỉnh có 12 cặp tảo hôn, giảm 14,3% so với năm 2022 (14 cặp), "
                        + "đạt mục tiêu giảm bình quân 2%/năm của Đề án; 1 cặp hôn nhân cận huyết thống.");
    }

    @Test
    void anIncreaseMissesTheTarget() {
        TestSubject subject = TestSubject.of(TestSubject.program("child-marriage")
                .value("CM_COUPLES", "2021", 1200).value("CM_COUPLES", "2022", 1230).build());
        assertThat(sentences(subject, Map.of("area", "huyện Ba Tơ"))).containsExactly(
                "Năm 2022, huyện Ba Tơ có 1.230 cặp tảo hôn, tăng 2,5% so với năm 2021 (1.200 cặp), "
                        + "chưa đạt mục tiêu giảm bình quân 2%/năm của Đề án.");
    }

    @Test
    void aYearWithoutTheYearBeforeIsStatedAlone() {
        TestSubject subject = TestSubject.of(TestSubject.program("child-marriage")
                .value("CM_COUPLES", "2021", 20).value("CM_COUPLES", "2023", 12).build());
        assertThat(sentences(subject, Map.of("year", "2021"))).containsExactly("Năm 2021, toàn tỉnh có 20 cặp tảo hôn.");
    }

    @Test
    void noFiguresNoSentence() {
        assertThat(sentences(TestSubject.of(TestSubject.program("child-marriage").build()), Map.of())).isEmpty();
    }
}
