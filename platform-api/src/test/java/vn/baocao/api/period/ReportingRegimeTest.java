package vn.baocao.api.period;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class ReportingRegimeTest {

    @ParameterizedTest
    @CsvSource({
            "2023-06,   2023-05-15, 2023-06-14",
            "2023-01,   2022-12-15, 2023-01-14",
            "2023Q1,    2022-12-15, 2023-03-14",
            "2023Q3,    2023-06-15, 2023-09-14",
            "2023H1,    2022-12-15, 2023-06-14",
            "2023H2,    2023-06-15, 2023-12-14",
            "2023,      2022-12-15, 2023-12-14",
            "2021/2025, 2020-12-15, 2025-12-14"})
    void decree09CutsFromTheFifteenthToTheFourteenth(String code, LocalDate from, LocalDate to) {
        DataWindow window = ReportingRegime.DECREE_09_2019.window(Period.parse(code));
        assertThat(window.from()).isEqualTo(from);
        assertThat(window.to()).isEqualTo(to);
    }

    @ParameterizedTest
    @CsvSource({"2023-02, 2023-02-01, 2023-02-28", "2024Q1, 2024-01-01, 2024-03-31"})
    void theCalendarRegimeKeepsThePeriodsOwnDays(String code, LocalDate from, LocalDate to) {
        assertThat(ReportingRegime.CALENDAR.window(Period.parse(code))).isEqualTo(new DataWindow(from, to));
    }
}
