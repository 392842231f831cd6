package vn.baocao.app.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The campaign's activities reach the document through the campaign-activities block, each with when and how many. */
class CampaignActivitiesTest {
    private static final Path SOURCE = Path.of("src/test/corpus/valid-minimal.yaml");

    @TempDir
    Path dir;

    @Test
    void eachActivityIsABulletWithItsPeriodAndCounts() throws IOException {
        String source = Files.readString(SOURCE)
                .replace("    - Ban Dân tộc tỉnh là cơ quan chuyên môn thuộc UBND tỉnh.\n",
                        "    - Ban Dân tộc tỉnh là cơ quan chuyên môn thuộc UBND tỉnh.\n    - block: campaign-activities\n")
                .replace("""
                          activities:
                            - description: Sinh hoạt chuyên đề học tập và làm theo tư tưởng, đạo đức, phong cách Hồ Chí Minh
                              period: 2023
                              sessions: 4
                        """, """
                          activities:
                            - description: Hội nghị quán triệt Kế hoạch thực hiện phong trào
                              period: 2022Q2
                              sessions: 12
                              participants: 1250
                            - description: Phát sóng chuyên mục “Dân vận khéo” trên Đài Phát thanh - Truyền hình tỉnh
                              period: 2022H1
                            - description: Sinh hoạt chuyên đề của Chi bộ
                              period: 2021/2023
                        """);
        assertThat(source).contains("period: 2022Q2", "- block: campaign-activities");
        Path file = Files.writeString(dir.resolve("hoat-dong.yaml"), source);
        Run run = Run.of("render", file.toString(), "--format", "md", "--out", dir.toString());
        assertThat(run.exitCode()).as(run.all()).isZero();
        assertThat(Files.readString(dir.resolve("hoat-dong.md"))).contains(
                "- Hội nghị quán triệt Kế hoạch thực hiện phong trào (quý II năm 2022): 12 buổi, 1.250 lượt người tham dự.",
                "- Phát sóng chuyên mục “Dân vận khéo” trên Đài Phát thanh - Truyền hình tỉnh (6 tháng đầu năm 2022).",
                "- Sinh hoạt chuyên đề của Chi bộ (giai đoạn 2021 - 2023).");
    }
}
