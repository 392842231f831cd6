package ${package};

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.SortedSet;
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
 * "Năm 2023, toàn tỉnh có 1.250 hộ được hỗ trợ." for the last year with a figure. A report source
 * uses it with {@code block: <plugin id>.year-summary}; option {@code area} names the area.
 */
final class YearSummaryBlock implements ReportBlock {

    @Override
    public String id() {
        return ProgramPlugin.ID + ".year-summary";
    }

    @Override
    public LocalizedText name() {
        return LocalizedText.of("Kết quả trong năm", "Results of the year");
    }

    @Override
    public List<BlockOption> options() {
        return List.of(BlockOption.optional("area", BlockOption.Type.TEXT, LocalizedText.of(
                "Tên địa bàn trong câu (mặc định “toàn tỉnh”)", "The area as the sentence names it (default: the whole province)")));
    }

    @Override
    public List<BlockContent> compute(BlockContext context) {
        List<BlockContent> paragraphs = new ArrayList<>();
        String area = context.options().getOrDefault("area", context.message(ProgramPlugin.ID + ".block.area"));
        for (Program program : Results.ofType(context.source().programs(), ProgramPlugin.ID)) {
            SortedSet<Period> periods = Results.periods(program, ProgramIndicators.CODE);
            periods.stream().filter(p -> p instanceof Period.Year).reduce((first, second) -> second).ifPresent(year -> {
                BigDecimal total = Results.total(program, ProgramIndicators.CODE, year).orElseThrow();
                paragraphs.add(new BlockContent.Paragraph(context.inline(context.message(ProgramPlugin.ID + ".block.year",
                        ((Period.Year) year).year(), area, VietnameseNumbers.format(total)))));
            });
        }
        return paragraphs;
    }
}
