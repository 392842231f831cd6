package vn.baocao.plugin.childmarriage;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import vn.baocao.api.campaign.Campaign;
import vn.baocao.api.period.Period;
import vn.baocao.api.program.Program;
import vn.baocao.api.program.ProgramResult;
import vn.baocao.api.report.Report;
import vn.baocao.api.spi.RuleSubject;
import vn.baocao.api.spi.Violation;

class UnderAgePersonsRuleTest {

    record Subject(List<Program> programs) implements RuleSubject {
        @Override public Report report() { return null; }
        @Override public Optional<Campaign> campaign() { return Optional.empty(); }
    }

    private static ProgramResult result(String indicator, String period, Map<String, String> categories, int value) {
        return new ProgramResult(indicator, Period.parse(period), categories, BigDecimal.valueOf(value), Optional.empty());
    }

    private static List<Violation> check(ProgramResult... results) {
        Program program = new Program(Optional.of(ChildMarriagePlugin.ID), "Đề án giảm thiểu tảo hôn", "Ban Dân tộc tỉnh", "51",
                Period.parse("2021/2025"), List.of(results));
        return new UnderAgePersonsRule().check(new Subject(List.of(program)));
    }

    @Test
    void testsRunInsideTheNamedPluginModule() {
        assertThat(getClass().getModule().getName()).isEqualTo("vn.baocao.plugin.childmarriage");
    }

    @Test
    void personsBetweenTheCouplesAndTwiceThemPass() {
        assertThat(check(result("CM_COUPLES", "2023", Map.of(), 12),
                result("CM_UNDERAGE_PERSONS", "2023", Map.of("SEX", "F"), 12),
                result("CM_UNDERAGE_PERSONS", "2023", Map.of("SEX", "M"), 6))).isEmpty();
    }

    @Test
    void morePersonsThanTwiceTheCouplesAreReportedAtTheFirstPersonsFigure() {
        List<Violation> violations = check(result("CM_COUPLES", "2023", Map.of(), 12),
                result("CM_UNDERAGE_PERSONS", "2023", Map.of("SEX", "F"), 20),
                result("CM_UNDERAGE_PERSONS", "2023", Map.of("SEX", "M"), 5));
        assertThat(violations).singleElement().satisfies(v -> {
            assertThat(v.pointer()).isEqualTo("/programs/0/results/1/value");
            assertThat(v.messageKey()).isEqualTo("child-marriage.rule.personsVsCouples");
            assertThat(v.arguments()).containsExactly("2023", "25", "12");
        });
    }

    @Test
    void fewerPersonsThanCouplesAreReported() {
        assertThat(check(result("CM_COUPLES", "2022", Map.of(), 12), result("CM_UNDERAGE_PERSONS", "2022", Map.of(), 11))).hasSize(1);
    }

    @Test
    void periodsAreComparedOnlyWithThemselves() {
        assertThat(check(result("CM_COUPLES", "2022", Map.of(), 12), result("CM_UNDERAGE_PERSONS", "2023", Map.of(), 40))).isEmpty();
    }
}
