package vn.baocao.plugin.childmarriage;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import vn.baocao.api.spi.Violation;
import vn.baocao.testkit.TestSubject;

class UnderAgePersonsRuleTest {

    private static List<Violation> check(TestSubject.ProgramBuilder program) {
        return new UnderAgePersonsRule().check(TestSubject.of(program.build()));
    }

    @Test
    void testsRunInsideTheNamedPluginModule() {
        assertThat(getClass().getModule().getName()).isEqualTo("vn.baocao.plugin.childmarriage");
    }

    @Test
    void personsBetweenTheCouplesAndTwiceThemPass() {
        assertThat(check(TestSubject.program("child-marriage")
                .value("CM_COUPLES", "2023", 12)
                .value("CM_UNDERAGE_PERSONS", "2023", Map.of("SEX", "F"), 12)
                .value("CM_UNDERAGE_PERSONS", "2023", Map.of("SEX", "M"), 6))).isEmpty();
    }

    @Test
    void morePersonsThanTwiceTheCouplesAreReportedAtTheFirstPersonsFigure() {
        List<Violation> violations = check(TestSubject.program("child-marriage")
                .value("CM_COUPLES", "2023", 12)
                .value("CM_UNDERAGE_PERSONS", "2023", Map.of("SEX", "F"), 20)
                .value("CM_UNDERAGE_PERSONS", "2023", Map.of("SEX", "M"), 5));
        assertThat(violations).singleElement().satisfies(v -> {
            assertThat(v.pointer()).isEqualTo("/programs/0/results/1/value");
            assertThat(v.messageKey()).isEqualTo("child-marriage.rule.personsVsCouples");
            assertThat(v.arguments()).containsExactly("2023", "25", "12");
        });
    }

    @Test
    void fewerPersonsThanCouplesAreReported() {
        assertThat(check(TestSubject.program("child-marriage").value("CM_COUPLES", "2022", 12).value("CM_UNDERAGE_PERSONS", "2022", 11))).hasSize(1);
    }

    @Test
    void periodsAreComparedOnlyWithThemselves() {
        assertThat(check(TestSubject.program("child-marriage").value("CM_COUPLES", "2022", 12).value("CM_UNDERAGE_PERSONS", "2023", 40))).isEmpty();
    }

    @Test
    void otherProgramsAreLeftAlone() {
        assertThat(check(TestSubject.program("legal-education").value("CM_COUPLES", "2022", 1).value("CM_UNDERAGE_PERSONS", "2022", 40))).isEmpty();
    }
}
