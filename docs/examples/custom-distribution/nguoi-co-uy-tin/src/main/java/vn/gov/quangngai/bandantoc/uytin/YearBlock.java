package vn.gov.quangngai.bandantoc.uytin;

import java.util.ArrayList;
import java.util.List;
import vn.baocao.api.period.Period;
import vn.baocao.api.program.Program;
import vn.baocao.api.program.Results;
import vn.baocao.api.spi.BlockContent;
import vn.baocao.api.spi.BlockOption;
import vn.baocao.api.spi.BlockContext;
import vn.baocao.api.spi.ReportBlock;
import vn.baocao.api.text.LocalizedText;
import vn.baocao.api.text.VietnameseNumbers;

/** "Năm 2023, toàn tỉnh có 1.010 người có uy tín; đã tổ chức 1.050 lượt thăm hỏi, tặng quà dịp Tết." */
final class YearBlock implements ReportBlock {

    @Override
    public String id() {
        return PrestigiousPersonsPlugin.ID + ".year";
    }

    @Override
    public LocalizedText name() {
        return LocalizedText.of("Người có uy tín trong năm", "Prestigious persons in the year");
    }

    @Override
    public List<BlockOption> options() {
        return List.of(BlockOption.optional("area", BlockOption.Type.TEXT, LocalizedText.of(
                "Tên địa bàn trong câu (mặc định “toàn tỉnh”)", "The area as the sentence names it (default: the whole province)")));
    }

    @Override
    public List<BlockContent> compute(BlockContext context) {
        List<BlockContent> paragraphs = new ArrayList<>();
        String area = context.options().getOrDefault("area", context.message(PrestigiousPersonsPlugin.ID + ".block.area"));
        for (Program program : Results.ofType(context.source().programs(), PrestigiousPersonsPlugin.ID)) {
            Results.periods(program, PrestigiousPersonsIndicators.PERSONS).stream()
                    .filter(p -> p instanceof Period.Year).reduce((a, b) -> b).ifPresent(year -> {
                        String persons = VietnameseNumbers.format(
                                Results.total(program, PrestigiousPersonsIndicators.PERSONS, year).orElseThrow());
                        String sentence = Results.total(program, PrestigiousPersonsIndicators.VISITS, year)
                                .map(visits -> context.message(PrestigiousPersonsPlugin.ID + ".block.withVisits",
                                        ((Period.Year) year).year(), area, persons, VietnameseNumbers.format(visits)))
                                .orElse(context.message(PrestigiousPersonsPlugin.ID + ".block.persons",
                                        ((Period.Year) year).year(), area, persons));
                        paragraphs.add(new BlockContent.Paragraph(context.inline(sentence)));
                    });
        }
        return paragraphs;
    }
}
