package vn.baocao.app.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A report whose figures come from the values the units sent: the example's CSV holds 2022 and 2023
 * values under the districts and communes of the time, monthly, yearly and a district's whole-year
 * figure. The province's totals, computed by hand from the file:
 * <ul>
 *   <li>couples 2022: 3 (21010, March) + 4 (21013, May) + 7 (district 522) = 14;</li>
 *   <li>couples 2023: 2 + 3 (21010, March and September) + 4 (21142) + 3 (district 522) = 12, so a
 *       fall of 2/14 = 14.3 %, which meets the decision's 2 % a year;</li>
 *   <li>under-age persons 2023: 3 + 1 (21010) + 5 + 3 (21142) = 12; consanguineous couples: 1.</li>
 * </ul>
 */
class ReportFromDataTest {
    private static final Path EXAMPLE = Path.of(System.getProperty("baocao.examples", "../docs/examples"), "so-lieu-tao-hon-2023");

    @TempDir
    Path out;

    @Test
    void thePluginSentencesAndTheTableUseTheProvincesTotalsOfTheData() throws IOException {
        Run run = Run.of("render", EXAMPLE.resolve("bao-cao.yaml").toString(), "--format", "md", "--out", out.toString());
        assertThat(run.exitCode()).as(run.all()).isZero();
        String md = Files.readString(out.resolve("bao-cao.md"));
        assertThat(md).contains("Năm 2023, toàn tỉnh có 12 cặp tảo hôn, giảm 14,3% so với năm 2022 (14 cặp), đạt mục tiêu giảm bình quân 2%/năm")
                .contains("1 cặp hôn nhân cận huyết thống")
                .contains("| Số cặp tảo hôn | cặp | 14 | 12 |")
                .contains("| Số người tảo hôn (chưa đủ tuổi kết hôn) | người | — | 12 |");
        // against the year before and the decision's targets: −2/14 meets "down 2 % a year"; consanguineous
        // couples have no 2022 figure, so their "down 3 % a year" cannot be told
        assertThat(md).contains("| Số cặp tảo hôn | cặp | 14 | 12 | -14,3% | Giảm bình quân 2%/năm: đạt |")
                .contains("| Số cặp hôn nhân cận huyết thống | cặp | — | 1 | — | Giảm bình quân 3%/năm: chưa đủ số liệu để đánh giá |");
    }

    @Test
    void theAnnexGivesTheFiguresByUnitAsTheyStoodThenAndUnderTodaysCommunes() throws IOException {
        // by the districts of 2023: communes 21010 and 21013 and the city's own figure lie in Thành phố
        // Quảng Ngãi (2022: 3 + 4 + 7 = 14; 2023: 2 + 3 + 3 = 8), Trà Bùi (21142) in Huyện Trà Bồng (2023: 4)
        Run run = Run.of("render", EXAMPLE.resolve("bao-cao.yaml").toString(), "--format", "md", "--out", out.toString());
        assertThat(run.exitCode()).as(run.all()).isZero();
        String md = Files.readString(out.resolve("bao-cao.md"));
        assertThat(md).contains("| 1 | Thành phố Quảng Ngãi | 14 | 8 |").contains("| 3 | Huyện Trà Bồng | — | 4 |");
        // under the communes of 2026: 21010 and 21013 became Phường Nghĩa Lộ (2022: 7; 2023: 5); Trà Bùi
        // was split and counts under its first successor, Xã Cà Đam (4), which the report says; the
        // city's own figures (7 and 3) cannot be placed under a commune and have their own row
        assertThat(md).contains("| 2 | Phường Nghĩa Lộ | 7 | 5 |").contains("| 12 | Xã Cà Đam | — | 4 |")
                .contains("| Số liệu không chia được theo đơn vị (cấp huyện đã giải thể hoặc cấp tỉnh) | 7 | 3 |")
                .contains("*Số liệu của Xã Trà Bùi (mã 21142), đã chia tách, được tính vào Xã Cà Đam.*");
        // both tables add up to the province's totals
        assertThat(md.split("\\| {2}\\| \\*\\*Tổng cộng\\*\\* \\| \\*\\*14\\*\\* \\| \\*\\*12\\*\\* \\|", -1)).hasSize(3);
    }

    @Test
    void thePluginsDataRulesCheckTheReportsDataBeforeAnythingIsWritten() throws IOException {
        // Trà Bùi (21142) in 2023: 4 couples but 8 + 3 = 11 under-age persons, more than twice as many
        Path dir = Files.createDirectories(out.resolve("src"));
        Files.copy(EXAMPLE.resolve("bao-cao.yaml"), dir.resolve("bao-cao.yaml"));
        String csv = Files.readString(EXAMPLE.resolve("tao-hon-2022-2023.csv"))
                .replace("CM_UNDERAGE_PERSONS,21142,2023,F,5,", "CM_UNDERAGE_PERSONS,21142,2023,F,8,");
        Files.writeString(dir.resolve("tao-hon-2022-2023.csv"), csv);
        Path target = out.resolve("render");
        Run run = Run.of("render", dir.resolve("bao-cao.yaml").toString(), "--format", "md", "--out", target.toString());
        assertThat(run.exitCode()).isEqualTo(ExitCodes.INVALID);
        assertThat(run.out()).contains("21142 Xã Trà Bùi, 2023: Số người tảo hôn (11) nhiều hơn gấp đôi số cặp tảo hôn (8 là gấp đôi).")
                .contains("[child-marriage.persons-at-most-twice-couples]");
        assertThat(target.resolve("bao-cao.md")).doesNotExist();
    }

    @Test
    void aWrongValueInADataFileIsReportedThereAndNothingIsWritten() throws IOException {
        Path dir = Files.createDirectories(out.resolve("src"));
        Files.copy(EXAMPLE.resolve("bao-cao.yaml"), dir.resolve("bao-cao.yaml"));
        String csv = Files.readString(EXAMPLE.resolve("tao-hon-2022-2023.csv")).replace("CM_COUPLES,21142,2023,,4,", "CM_COUPLES,21142,2023,,bốn,");
        Files.writeString(dir.resolve("tao-hon-2022-2023.csv"), csv);
        Path target = out.resolve("render");
        Run run = Run.of("render", dir.resolve("bao-cao.yaml").toString(), "--format", "md", "--out", target.toString());
        assertThat(run.exitCode()).isEqualTo(ExitCodes.INVALID);
        assertThat(run.out()).contains(dir.resolve("tao-hon-2022-2023.csv") + ":7:").contains("“bốn”");
        assertThat(target.resolve("bao-cao.md")).doesNotExist();

        Files.delete(dir.resolve("tao-hon-2022-2023.csv"));
        Run missing = Run.of("render", dir.resolve("bao-cao.yaml").toString(), "--format", "md", "--out", target.toString());
        assertThat(missing.exitCode()).isEqualTo(ExitCodes.INVALID);
        assertThat(missing.out()).contains("Không tìm thấy tệp số liệu “tao-hon-2022-2023.csv”.").contains("[/data/0]");
    }
}
