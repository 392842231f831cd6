package vn.baocao.api.report;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import vn.baocao.api.document.Citations;
import vn.baocao.api.document.DocumentNumber;

class DocumentLinesTest {

    @ParameterizedTest
    @CsvSource({
            "2023-06-26, 'Quảng Ngãi, ngày 26 tháng 6 năm 2023'",
            "2023-06-05, 'Quảng Ngãi, ngày 05 tháng 6 năm 2023'",
            "2020-01-05, 'Quảng Ngãi, ngày 05 tháng 01 năm 2020'",
            "2019-02-28, 'Quảng Ngãi, ngày 28 tháng 02 năm 2019'",
            "2023-12-01, 'Quảng Ngãi, ngày 01 tháng 12 năm 2023'",
            "2023-06,    'Quảng Ngãi, ngày      tháng 6 năm 2023'"})
    void theDateLineFollowsTheLeadingZeroRules(String date, String line) {
        assertThat(DocumentLines.dateLine("Quảng Ngãi", IssueDate.parse(date))).isEqualTo(line);
    }

    @ParameterizedTest
    @CsvSource({"595/BC-BDT, 'Số: 595/BC-BDT'", "5/BC-BDT, 'Số: 05/BC-BDT'", "/BC-BDT, 'Số:      /BC-BDT'"})
    void theNumberLineLeavesTheNumberBlankUntilSigning(String symbol, String line) {
        assertThat(DocumentLines.numberLine(DocumentNumber.parse(symbol))).isEqualTo(line);
    }

    @ParameterizedTest
    @CsvSource({"2021-03-16, 16/3/2021", "2020-06-04, 04/6/2020", "2020-01-05, 05/01/2020", "2023-12-31, 31/12/2023"})
    void shortDatesInCitations(LocalDate date, String printed) {
        assertThat(Citations.shortDate(date)).isEqualTo(printed);
    }
}
