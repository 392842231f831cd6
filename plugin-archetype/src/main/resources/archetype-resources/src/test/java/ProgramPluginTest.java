package ${package};

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import vn.baocao.api.indicator.Indicator;
import vn.baocao.testkit.TestPlatform;
import vn.baocao.testkit.TestSubject;

/** The plugin loaded into the real platform in memory, as a distribution loads it, fed figures, checked as a user reads it. */
class ProgramPluginTest {
    private final TestPlatform platform = TestPlatform.load(new ProgramPlugin());

    @Test
    void testsRunInsideThePluginsModule() {
        assertThat(getClass().getModule().getName()).isEqualTo("${package}");
    }

    @Test
    void contributesItsIndicatorRuleAndBlock() {
        assertThat(platform.indicators()).extracting(Indicator::code).containsExactly("${indicatorCode}");
        assertThat(platform.ruleIds()).containsExactly("${pluginId}.large-figure");
        assertThat(platform.blockIds()).containsExactly("${pluginId}.year-summary");
    }

    @Test
    void anOrdinaryFigurePasses() {
        TestSubject subject = TestSubject.of(TestSubject.program("${pluginId}").value("${indicatorCode}", "2023", 1250).build());
        assertThat(platform.validate(subject)).isEmpty();
    }

    @Test
    void aFigureWithAnExtraZeroIsReportedInBothLanguages() {
        TestSubject subject = TestSubject.of(TestSubject.program("${pluginId}")
                .value("${indicatorCode}", "2022", 1200)
                .value("${indicatorCode}", "2023", 1250000).build());
        assertThat(platform.validate(subject)).singleElement().satisfies(finding -> {
            assertThat(finding.pointer()).isEqualTo("/programs/0/results/1/value");
            assertThat(finding.message()).isEqualTo(
                    "Kỳ 2023: 1.250.000 hộ được hỗ trợ, vượt xa mức 100.000 hộ thường thấy ở một tỉnh trong một kỳ.");
            assertThat(finding.englishMessage()).startsWith("Period 2023: 1.250.000 households supported");
        });
    }

    @Test
    void theBlockStatesTheLastYear() {
        TestSubject subject = TestSubject.of(TestSubject.program("${pluginId}")
                .value("${indicatorCode}", "2022", 1200)
                .value("${indicatorCode}", "2023", 1250).build());
        assertThat(platform.render("${pluginId}.year-summary", subject))
                .containsExactly("Năm 2023, toàn tỉnh có 1.250 hộ được hỗ trợ.");
    }

    @Test
    void anInstallationMaySetItsOwnLimit() {
        TestPlatform province = TestPlatform.loading(new ProgramPlugin()).setting("large-figure", "1000").load();
        TestSubject subject = TestSubject.of(TestSubject.program("${pluginId}").value("${indicatorCode}", "2023", 1250).build());
        assertThat(province.validate(subject)).singleElement().satisfies(finding ->
                assertThat(finding.message()).isEqualTo("Kỳ 2023: 1.250 hộ được hỗ trợ, vượt xa mức 1.000 hộ thường thấy ở một tỉnh trong một kỳ."));
    }
}
