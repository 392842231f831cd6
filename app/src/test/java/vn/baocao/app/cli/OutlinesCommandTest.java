package vn.baocao.app.cli;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/** {@code baocao outlines}: the shipped outlines, and one outline's sections as a source places content under them. */
class OutlinesCommandTest {

    @Test
    void listsTheShippedOutlinesWithTheirSectionCounts() {
        Run run = Run.of("outlines");
        assertThat(run.exitCode()).as(run.all()).isZero();
        // the seed's outline: 3 sections, 2 under II with 2 each, 4 under III
        assertThat(run.out()).containsPattern("so-ket-dan-van-kheo\\s+Đề cương báo cáo sơ kết Phong trào thi đua “Dân vận khéo”\\s+13\\n");
    }

    @Test
    void printsAnOutlinesSectionsNumberedWithTheIdsContentGoesUnder() {
        Run run = Run.of("--lang", "en", "outlines", "so-ket-dan-van-kheo");
        assertThat(run.exitCode()).as(run.all()).isZero();
        assertThat(run.out()).contains("I. ĐẶC ĐIỂM TÌNH HÌNH  [dac-diem-tinh-hinh]\n",
                "II. CÔNG TÁC TRIỂN KHAI THỰC HIỆN PHONG TRÀO THI ĐUA  [trien-khai]\n",
                "    b) Phân công nhiệm vụ;", "  4. Phương hướng thực hiện trong thời gian đến  [phuong-huong]\n",
                "a report source uses this outline with outline: so-ket-dan-van-kheo.");
    }

    @Test
    void anUnknownOutlineIsAUsageErrorWithTheNearestId() {
        Run run = Run.of("outlines", "so-ket-dan-van-khoe");
        assertThat(run.exitCode()).isEqualTo(ExitCodes.USAGE);
        assertThat(run.err()).contains("Không có đề cương “so-ket-dan-van-khoe”.", "gợi ý: Có phải ý bạn là “so-ket-dan-van-kheo”?")
                .doesNotContain("Exception");
    }
}
