package vn.baocao.plugin.childmarriage;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.Map;
import org.junit.jupiter.api.Test;
import vn.baocao.api.indicator.Indicator;
import vn.baocao.api.version.Version;
import vn.baocao.testkit.TestPlatform;
import vn.baocao.testkit.TestSubject;

/** The whole plugin loaded as the platform loads it: what it contributes, what its rules and block say. */
class ChildMarriagePluginTest {
    private final TestPlatform platform = TestPlatform.load(new ChildMarriagePlugin());

    @Test
    void contributesItsIndicatorsRuleAndBlock() {
        assertThat(platform.indicators()).extracting(Indicator::code).contains("CM_COUPLES", "CM_UNDERAGE_PERSONS");
        // the persons-vs-couples check is stated once, as data rules, which the platform runs on every unit and period
        assertThat(platform.ruleIds()).isEmpty();
        assertThat(platform.blockIds()).containsExactly("child-marriage.yearly-summary");
        assertThat(platform.dataRules()).extracting(r -> r.id())
                .containsExactly("child-marriage.persons-at-least-couples", "child-marriage.persons-at-most-twice-couples");
    }

    @Test
    void theBlockWritesTheYearsSentence() {
        TestSubject subject = TestSubject.of(TestSubject.program("child-marriage")
                .value("CM_COUPLES", "2022", 14).value("CM_COUPLES", "2023", 12).build());
        assertThat(platform.render("child-marriage.yearly-summary", subject)).singleElement()
                .asString().startsWith("Năm 2023, toàn tỉnh có 12 cặp tảo hôn, giảm 14,3% so với năm 2022");
    }

    @Test
    void aPlatformOutsideItsRangeRefusesIt() {
        assertThatThrownBy(() -> TestPlatform.load(new ChildMarriagePlugin(), Version.parse("1.0.0")))
                .isInstanceOf(TestPlatform.Refused.class)
                .hasMessageContaining(">=0.2 & <1.0").hasMessageContaining("1.0.0");
    }
}
