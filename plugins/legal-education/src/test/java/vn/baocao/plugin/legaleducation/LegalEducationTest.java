package vn.baocao.plugin.legaleducation;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Map;
import org.junit.jupiter.api.Test;
import vn.baocao.testkit.TestPlatform;
import vn.baocao.testkit.TestSubject;

class LegalEducationTest {
    private static final TestPlatform PLATFORM = TestPlatform.load(new LegalEducationPlugin());

    @Test
    void testsRunInsideTheNamedPluginModule() {
        assertThat(getClass().getModule().getName()).isEqualTo("vn.baocao.plugin.legaleducation");
    }

    @Test
    void attendanceIsOneDataRuleOverEveryUnitAndPeriod() {
        assertThat(LegalEducationDataRules.all()).singleElement().satisfies(r -> {
            assertThat(r.id()).isEqualTo("legal-education.attendance");
            assertThat(r.right()).isEqualTo("300 * #{LE_SESSIONS}");
        });
    }

    @Test
    void theSummaryWritesTheYearsFigures() {
        TestSubject subject = TestSubject.of(TestSubject.program("legal-education")
                .value("LE_SESSIONS", "2023", 45)
                .value("LE_PARTICIPANTS", "2023", Map.of("SEX", "F"), 1500).value("LE_PARTICIPANTS", "2023", Map.of("SEX", "M"), 1620)
                .value("LE_MATERIALS", "2023", 2000).value("LE_CLUBS", "2023", 8).build());
        assertThat(PLATFORM.render("legal-education.yearly-summary", subject)).singleElement()
                .isEqualTo("Năm 2023, đã tổ chức 45 buổi tuyên truyền, phổ biến, giáo dục pháp luật với 3.120 lượt người tham dự "
                        + "(nữ 1.500 lượt); phát hành 2.000 bản tài liệu; 8 câu lạc bộ pháp luật đang hoạt động.");
    }

    @Test
    void sessionsWithoutAttendanceSayNothingOfAttendance() {
        TestSubject subject = TestSubject.of(TestSubject.program("legal-education").value("LE_SESSIONS", "2023", 45).build());
        assertThat(PLATFORM.render("legal-education.yearly-summary", subject)).singleElement()
                .isEqualTo("Năm 2023, đã tổ chức 45 buổi tuyên truyền, phổ biến, giáo dục pháp luật.");
    }
}
