package vn.baocao.app.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * {@code baocao consolidate} on the example: the Department of Home Affairs expects three agencies,
 * two have reported (Ban Dân tộc, Sở Tư pháp), one has not (Sở Y tế).
 */
class ConsolidateTest {
    private static final Path EXAMPLE = Path.of(System.getProperty("baocao.examples", "../docs/examples"), "tong-hop-dan-van-kheo-2023");

    @TempDir
    Path out;

    @Test
    void theSummaryAddsUpTheAgenciesListsTheirModelsAndProposalsAndNamesWhoHasNotReported() throws IOException {
        Run run = Run.of("consolidate", EXAMPLE.resolve("tong-hop.yaml").toString(), "--format", "md,docx", "--out", out.toString());
        assertThat(run.exitCode()).as(run.all()).isZero();
        String md = Files.readString(out.resolve("tong-hop.md"));
        assertThat(md).contains("Đã nhận báo cáo của 2/3 cơ quan, đơn vị: Ban Dân tộc, Sở Tư pháp.")
                .contains("Còn 1 cơ quan, đơn vị chưa gửi báo cáo: Sở Y tế.");
        // sessions 45 + 30; participants 1,500 women + 1,620 men at Ban Dân tộc only; materials at Sở Tư pháp only
        assertThat(md).contains("| Ban Dân tộc | Sở Tư pháp | Tổng cộng |")
                .contains("| buổi | 45 | 30 | 75 |")
                .contains("| lượt người | 3.120 | — | 3.120 |")
                .contains("| bản | — | 5.000 | 5.000 |");
        assertThat(md).contains("| Văn hóa - xã hội | Ban Dân tộc | Đang thực hiện |")
                .contains("| Xây dựng hệ thống chính trị | Sở Tư pháp | Đã thực hiện |");
        assertThat(md).contains("| Ông Đinh Văn B, người có uy tín xã Sơn Bao | Bằng khen của Chủ tịch UBND tỉnh | Đề nghị khen thưởng | Ban Dân tộc |")
                .contains("| Phòng Phổ biến, giáo dục pháp luật | Bằng khen của Chủ tịch UBND tỉnh | Đề nghị khen thưởng | Sở Tư pháp |");
        assertThat(out.resolve("tong-hop.docx")).isNotEmptyFile();
    }

    @Test
    void anAgencysErrorIsReportedInItsFileAndNothingIsWritten() throws IOException {
        Path dir = Files.createDirectories(out.resolve("src"));
        for (String f : new String[] {"tong-hop.yaml", "ban-dan-toc.yaml", "so-tu-phap.yaml"}) {
            Files.copy(EXAMPLE.resolve(f), dir.resolve(f));
        }
        Files.writeString(dir.resolve("so-tu-phap.yaml"), Files.readString(dir.resolve("so-tu-phap.yaml")).replace("status: IMPLEMENTED", "status: DONE"));
        Path target = out.resolve("render");
        Run run = Run.of("consolidate", dir.resolve("tong-hop.yaml").toString(), "--format", "md", "--out", target.toString());
        assertThat(run.exitCode()).isEqualTo(ExitCodes.INVALID);
        assertThat(run.out()).contains(dir.resolve("so-tu-phap.yaml") + ":").contains("DONE");
        assertThat(target.resolve("tong-hop.md")).doesNotExist();

        Files.delete(dir.resolve("so-tu-phap.yaml"));
        Run missing = Run.of("consolidate", dir.resolve("tong-hop.yaml").toString(), "--format", "md", "--out", target.toString());
        assertThat(missing.exitCode()).isEqualTo(ExitCodes.INVALID);
        assertThat(missing.out()).contains("Không tìm thấy báo cáo “so-tu-phap.yaml” cần tổng hợp.").contains("[/consolidates/sources/1]");
    }

    @Test
    void aSourceThatSummarisesNothingIsAUsageError() {
        Run run = Run.of("consolidate", EXAMPLE.resolve("ban-dan-toc.yaml").toString(), "--format", "md", "--out", out.toString());
        assertThat(run.exitCode()).isEqualTo(ExitCodes.USAGE);
        assertThat(run.all()).contains("không phải báo cáo tổng hợp");
    }
}
