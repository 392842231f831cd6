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
        assertThat(platform.ruleIds()).containsExactly("child-marriage.persons-vs-couples");
        assertThat(platform.blockIds()).containsExactly("child-marriage.yearly-summary");
        assertThat(platform.dataRules()).isNotEmpty();
    }

    @Test
    void aViolationReadsInBothLanguages() {
        TestSubject subject = TestSubject.of(TestSubject.program("child-marriage")
                .value("CM_COUPLES", "2023", 12)
                .value("CM_UNDERAGE_PERSONS", "2023", 30).build());
        assertThat(platform.validate(subject)).singleElement().satisfies(finding -> {
            assertThat(finding.pointer()).isEqualTo("/programs/0/results/1/value");
            assertThat(finding.message()).startsWith("Kỳ 2023: có 30 người tảo hôn nhưng 12 cặp tảo hôn");
            assertThat(finding.englishMessage()).startsWith("Period 2023: 30 persons married under age but 12");
        });
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
                .hasMessageContaining("asks for platform");
    }
}
