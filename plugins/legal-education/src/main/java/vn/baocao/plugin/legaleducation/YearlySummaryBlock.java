package vn.baocao.plugin.legaleducation;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import vn.baocao.api.period.Period;
import vn.baocao.api.program.Program;
import vn.baocao.api.program.Results;
import vn.baocao.api.spi.BlockContent;
import vn.baocao.api.spi.BlockOption;
import vn.baocao.api.spi.BlockContext;
import vn.baocao.api.spi.ReportBlock;
import vn.baocao.api.text.LocalizedText;
import vn.baocao.api.text.VietnameseNumbers;

/**
 * "Năm 2023, đã tổ chức 45 buổi tuyên truyền, phổ biến, giáo dục pháp luật với 3.120 lượt người tham dự
 * (nữ 1.500 lượt); phát hành 2.000 bản tài liệu; 12 chuyên mục phát thanh, truyền hình; 8 câu lạc bộ
 * pháp luật đang hoạt động." Option {@code year} (default: the last year with sessions reported).
 */
final class YearlySummaryBlock implements ReportBlock {

    @Override
    public String id() {
        return "legal-education.yearly-summary";
    }

    @Override
    public LocalizedText name() {
        return LocalizedText.of("Kết quả phổ biến, giáo dục pháp luật trong năm", "Legal education in the year");
    }

    @Override
    public List<BlockOption> options() {
        return List.of(BlockOption.optional("year", BlockOption.Type.YEAR, LocalizedText.of(
                "Năm báo cáo (mặc định: năm cuối cùng có số liệu)", "The year reported (default: the last year with figures)")));
    }

    @Override
    public List<BlockContent> compute(BlockContext context) {
        List<BlockContent> paragraphs = new ArrayList<>();
        for (Program program : Results.ofType(context.source().programs(), LegalEducationPlugin.ID)) {
            Optional<Period.Year> year = Optional.ofNullable(context.options().get("year"))
                    .map(y -> new Period.Year(Integer.parseInt(y.strip())))
                    .or(() -> Results.periods(program, LegalEducationIndicators.SESSIONS).stream()
                            .filter(p -> p instanceof Period.Year).map(p -> (Period.Year) p).reduce((a, b) -> b));
            // a year without the figure reported says nothing rather than "0"
            year.filter(y -> Results.total(program, LegalEducationIndicators.SESSIONS, y).isPresent())
                    .ifPresent(y -> paragraphs.add(new BlockContent.Paragraph(context.inline(sentence(context, program, y)))));
        }
        return paragraphs;
    }

    private static String sentence(BlockContext context, Program program, Period.Year year) {
        // only called for a year with sessions reported; attendance is said only when reported
        BigDecimal sessions = Results.total(program, LegalEducationIndicators.SESSIONS, year).orElseThrow();
        StringBuilder s = new StringBuilder(context.message("legal-education.block.sessions", year.year(), VietnameseNumbers.format(sessions)));
        Results.total(program, LegalEducationIndicators.PARTICIPANTS, year).ifPresent(participants -> {
            s.append(context.message("legal-education.block.participants", VietnameseNumbers.format(participants)));
            Results.category(program, LegalEducationIndicators.PARTICIPANTS, year, "SEX", "F")
                    .ifPresent(women -> s.append(context.message("legal-education.block.women", VietnameseNumbers.format(women))));
        });
        Results.total(program, LegalEducationIndicators.MATERIALS, year)
                .ifPresent(m -> s.append(context.message("legal-education.block.materials", VietnameseNumbers.format(m))));
        Results.total(program, LegalEducationIndicators.BROADCASTS, year)
                .ifPresent(b -> s.append(context.message("legal-education.block.broadcasts", VietnameseNumbers.format(b))));
        Results.total(program, LegalEducationIndicators.CLUBS, year)
                .ifPresent(c -> s.append(context.message("legal-education.block.clubs", VietnameseNumbers.format(c))));
        return s.append('.').toString();
    }
}
