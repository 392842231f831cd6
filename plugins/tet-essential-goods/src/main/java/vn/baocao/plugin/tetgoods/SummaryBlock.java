package vn.baocao.plugin.tetgoods;

import java.math.BigDecimal;
import java.math.RoundingMode;
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
import vn.baocao.api.text.VietnameseCalendar;
import vn.baocao.api.text.VietnameseNumbers;

/**
 * "Dịp Tết Nguyên đán Quý Mão 2023, đã cấp không thu tiền cho 51.300 hộ (235.000 khẩu) đồng bào dân tộc
 * thiểu số: 102.600 lít nước mắm, 51.300 lít dầu ăn, 256.500 kg muối iốt, 23.500 kg bột ngọt; kinh phí
 * thực hiện 9.200.000.000 đồng, bình quân 179.337 đồng/hộ." Option {@code year}.
 */
final class SummaryBlock implements ReportBlock {

    @Override
    public String id() {
        return "tet-essential-goods.summary";
    }

    @Override
    public LocalizedText name() {
        return LocalizedText.of("Kết quả cấp mặt hàng thiết yếu dịp Tết", "Essential goods handed out at Tết");
    }

    @Override
    public List<BlockOption> options() {
        return List.of(BlockOption.optional("year", BlockOption.Type.YEAR, LocalizedText.of(
                "Năm báo cáo (mặc định: năm cuối cùng có số liệu)", "The year reported (default: the last year with figures)")));
    }

    @Override
    public List<BlockContent> compute(BlockContext context) {
        List<BlockContent> paragraphs = new ArrayList<>();
        for (Program program : Results.ofType(context.source().programs(), TetGoodsPlugin.ID)) {
            Optional<Period.Year> year = Optional.ofNullable(context.options().get("year"))
                    .map(y -> new Period.Year(Integer.parseInt(y.strip())))
                    .or(() -> Results.periods(program, TetGoodsIndicators.HOUSEHOLDS).stream()
                            .filter(p -> p instanceof Period.Year).map(p -> (Period.Year) p).reduce((a, b) -> b));
            // a year without the figure reported says nothing rather than "0"
            year.filter(y -> Results.total(program, TetGoodsIndicators.HOUSEHOLDS, y).isPresent())
                    .ifPresent(y -> paragraphs.add(new BlockContent.Paragraph(context.inline(sentence(context, program, y)))));
        }
        return paragraphs;
    }

    private static String sentence(BlockContext context, Program program, Period.Year year) {
        // only called for a year with households reported
        BigDecimal households = Results.total(program, TetGoodsIndicators.HOUSEHOLDS, year).orElseThrow();
        StringBuilder s = new StringBuilder(context.message("tet-essential-goods.block.households", year.year(), VietnameseNumbers.format(households),
                VietnameseCalendar.lunarYearName(year.year())));
        Results.total(program, TetGoodsIndicators.PERSONS, year)
                .ifPresent(p -> s.append(context.message("tet-essential-goods.block.persons", VietnameseNumbers.format(p))));
        s.append(context.message("tet-essential-goods.block.minorities"));
        List<String> goods = new ArrayList<>();
        good(context, program, year, TetGoodsIndicators.FISH_SAUCE, "tet-essential-goods.block.fishSauce", goods);
        good(context, program, year, TetGoodsIndicators.COOKING_OIL, "tet-essential-goods.block.oil", goods);
        good(context, program, year, TetGoodsIndicators.SALT, "tet-essential-goods.block.salt", goods);
        good(context, program, year, TetGoodsIndicators.MSG, "tet-essential-goods.block.msg", goods);
        if (!goods.isEmpty()) {
            s.append(": ").append(String.join(", ", goods));
        }
        Results.total(program, TetGoodsIndicators.SPENDING, year).ifPresent(spending -> {
            s.append(context.message("tet-essential-goods.block.spending", VietnameseNumbers.format(spending)));
            if (households.signum() > 0) {
                s.append(context.message("tet-essential-goods.block.average",
                        VietnameseNumbers.format(spending.divide(households, 0, RoundingMode.HALF_UP))));
            }
        });
        return s.append('.').toString();
    }

    private static void good(BlockContext context, Program program, Period year, String indicator, String key, List<String> goods) {
        Results.total(program, indicator, year).ifPresent(q -> goods.add(context.message(key, VietnameseNumbers.format(q))));
    }
}
