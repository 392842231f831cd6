package vn.baocao.api.period;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.LocalDate;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

class PeriodTest {

    @Test
    void testsRunAsPartOfTheNamedApiModule() {
        assertThat(getClass().getModule().isNamed()).isTrue();
        assertThat(getClass().getModule().getName()).isEqualTo("vn.baocao.api");
    }

    @ParameterizedTest
    @CsvSource({
            "2023,      YEAR,      2023-01-01, 2023-12-31",
            "2023H1,    HALF_YEAR, 2023-01-01, 2023-06-30",
            "2023H2,    HALF_YEAR, 2023-07-01, 2023-12-31",
            "2023Q2,    QUARTER,   2023-04-01, 2023-06-30",
            "2024-02,   MONTH,     2024-02-01, 2024-02-29",
            "2021/2025, PHASE,     2021-01-01, 2025-12-31"})
    void codesParseToTheirBoundsAndPrintBack(String code, PeriodType type, LocalDate start, LocalDate end) {
        Period period = Period.parse(code);
        assertThat(period.type()).isEqualTo(type);
        assertThat(period.start()).isEqualTo(start);
        assertThat(period.end()).isEqualTo(end);
        assertThat(period.code()).isEqualTo(code);
        assertThat(Period.parse(period.code())).isEqualTo(period);
    }

    @ParameterizedTest
    @CsvSource({"2023Q5, QUARTER", "2023H3, HALF", "2023-13, MONTH", "2023-00, MONTH",
            "2025/2021, PHASE_ORDER", "0999, YEAR_RANGE", "23Q1, SYNTAX", "2023 Q1, SYNTAX", "'', EMPTY"})
    void badCodesSayWhatIsWrong(String code, PeriodFormatException.Reason reason) {
        assertThatThrownBy(() -> Period.parse(code))
                .isInstanceOfSatisfying(PeriodFormatException.class, e -> assertThat(e.reason()).isEqualTo(reason));
    }

    @ParameterizedTest
    @ValueSource(strings = {"2023Q1", "2023-03", "2023H1"})
    void shorterPeriodsLieWithinTheirYearAndPhase(String code) {
        assertThat(Period.parse(code).within(Period.parse("2023"))).isTrue();
        assertThat(Period.parse(code).within(Period.parse("2021/2025"))).isTrue();
        assertThat(Period.parse(code).within(Period.parse("2024"))).isFalse();
    }
}
