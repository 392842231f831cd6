package vn.baocao.app.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** A report written from data: the plugins' blocks and an indicator table, through the real command. */
class DataBlocksTest {
    private static final Path EXAMPLE = Path.of(System.getProperty("baocao.examples", "../docs/examples"),
            "ket-qua-chuong-trinh-2023", "bao-cao.yaml");

    @TempDir
    Path out;

    @Test
    void pluginBlocksAndTablesWriteTheirSentencesFromTheFigures() throws Exception {
        Run run = Run.of("render", EXAMPLE.toString(), "--format", "docx,md,html", "--out", out.toString());
        assertThat(run.exitCode()).as(run.all()).isZero();

        for (List<String> paragraphs : List.of(ReadBack.docx(out.resolve("bao-cao.docx")), ReadBack.markdown(out.resolve("bao-cao.md")),
                ReadBack.html(out.resolve("bao-cao.html")))) {
            assertThat(paragraphs).contains(
                    "Số: 12/BC-BDT",
                    "Quảng Ngãi, ngày 08 tháng 01 năm 2024",
                    "Kính gửi: Ủy ban nhân dân tỉnh",
                    "Năm 2023, toàn tỉnh có 12 cặp tảo hôn, giảm 14,3% so với năm 2022 (14 cặp), đạt mục tiêu giảm bình quân 2%/năm "
                            + "của Đề án; 1 cặp hôn nhân cận huyết thống.",
                    "Năm 2023, đã tổ chức 45 buổi tuyên truyền, phổ biến, giáo dục pháp luật với 3.120 lượt người tham dự (nữ 1.500 lượt); "
                            + "phát hành 2.000 bản tài liệu; 8 câu lạc bộ pháp luật đang hoạt động.",
                    "Dịp Tết Nguyên đán Quý Mão 2023, đã cấp không thu tiền cho 51.300 hộ (235.000 khẩu) đồng bào dân tộc thiểu số: "
                            + "102.600 lít nước mắm, 51.300 lít dầu ăn, 256.500 kg muối iốt, 23.500 kg bột ngọt; kinh phí thực hiện "
                            + "9.200.000.000 đồng, bình quân 179.337 đồng/hộ.",
                    "TRƯỞNG BAN");
            assertThat(paragraphs).doesNotContain("KT. TRƯỞNG BAN");
        }
        // the table: a row per indicator, a column per period
        assertThat(ReadBack.docx(out.resolve("bao-cao.docx"))).containsSubsequence("Chỉ tiêu", "Đơn vị tính", "2022", "2023",
                "Số cặp tảo hôn", "cặp", "14", "12");
    }

    @Test
    void aRuleOfAPluginStopsTheRender() throws Exception {
        String source = java.nio.file.Files.readString(EXAMPLE).replace("{indicator: TG_SPENDING, period: 2023, value: 9200000000}",
                "{indicator: TG_SPENDING, period: 2023, value: 9900000000}");
        Path broken = java.nio.file.Files.writeString(out.resolve("bao-cao.yaml"), source);
        Run run = Run.of("render", broken.toString(), "--out", out.resolve("rendered").toString());
        assertThat(run.exitCode()).isEqualTo(ExitCodes.INVALID);
        // both of the policy's money rules fail, each at the spending figure of the source
        assertThat(run.out()).contains("[tet-essential-goods.spending-within-allocation]")
                .contains("Kinh phí thực hiện 9.900.000.000 đồng vượt mức tối đa 180.000 đồng/hộ cho số hộ được cấp (9.234.000.000 đồng).");
        assertThat(out.resolve("rendered")).doesNotExist();
    }
}
