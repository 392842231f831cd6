package vn.gov.quangngai.bandantoc.uytin;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import vn.baocao.testkit.TestPlatform;
import vn.baocao.testkit.TestSubject;

class PrestigiousPersonsPluginTest {
    private final TestPlatform platform = TestPlatform.load(new PrestigiousPersonsPlugin());

    private static TestSubject year2023(long persons, long visits) {
        return TestSubject.of(TestSubject.program(PrestigiousPersonsPlugin.ID)
                .value("PP_PERSONS", "2023", persons).value("PP_TET_VISITS", "2023", visits).build());
    }

    @Test
    void everyPersonVisitedPasses() {
        assertThat(platform.validate(year2023(1010, 1050))).isEmpty();
    }

    @Test
    void fewerVisitsThanPersonsIsReported() {
        assertThat(platform.validate(year2023(1010, 980))).singleElement().satisfies(finding -> {
            assertThat(finding.pointer()).isEqualTo("/programs/0/results/1/value");
            assertThat(finding.message()).startsWith("Kỳ 2023: 980 lượt thăm hỏi, tặng quà nhưng có 1.010 người có uy tín");
        });
    }

    @Test
    void theBlockStatesPersonsAndVisits() {
        assertThat(platform.render("prestigious-persons.year", year2023(1010, 1050)))
                .containsExactly("Năm 2023, toàn tỉnh có 1.010 người có uy tín; đã tổ chức 1.050 lượt thăm hỏi, tặng quà dịp Tết.");
    }
}
