package vn.baocao.plugin.childmarriage;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import vn.baocao.api.indicator.Target;
import vn.baocao.api.indicator.TargetKind;
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
 * "Năm 2023, toàn tỉnh có 12 cặp tảo hôn, giảm 14,3% so với năm 2022 (14 cặp), đạt mục tiêu giảm bình
 * quân 2%/năm của Đề án; 1 cặp hôn nhân cận huyết thống." Options: {@code year} (default: the last
 * year with figures), {@code area} (default "toàn tỉnh").
 */
final class YearlySummaryBlock implements ReportBlock {

    @Override
    public String id() {
        return "child-marriage.yearly-summary";
    }

    @Override
    public LocalizedText name() {
        return LocalizedText.of("Tình hình tảo hôn trong năm", "Child marriage in the year");
    }

    @Override
    public List<BlockOption> options() {
        return List.of(BlockOption.optional("year", BlockOption.Type.YEAR, LocalizedText.of(
                "Năm báo cáo (mặc định: năm cuối cùng có số cặp tảo hôn)", "The year reported (default: the last year with couples reported)")),
                BlockOption.optional("area", BlockOption.Type.TEXT, LocalizedText.of(
                "Tên địa bàn trong câu (mặc định “toàn tỉnh”)", "The area as the sentence names it (default: the whole province)")));
    }

    @Override
    public List<BlockContent> compute(BlockContext context) {
        List<BlockContent> paragraphs = new ArrayList<>();
        for (Program program : Results.ofType(context.source().programs(), ChildMarriagePlugin.ID)) {
            Optional<Period.Year> year = year(context, program);
            // a year without couples reported says nothing rather than "0 cặp"
            if (year.isEmpty() || Results.total(program, ChildMarriageIndicators.COUPLES, year.get()).isEmpty()) {
                continue;
            }
            paragraphs.add(new BlockContent.Paragraph(context.inline(sentence(context, program, year.get()))));
        }
        return paragraphs;
    }

    private static String sentence(BlockContext context, Program program, Period.Year year) {
        String area = context.options().getOrDefault("area", context.message("child-marriage.block.area"));
        BigDecimal couples = Results.total(program, ChildMarriageIndicators.COUPLES, year).orElseThrow();
        StringBuilder s = new StringBuilder(context.message("child-marriage.block.couples", year.year(), area, VietnameseNumbers.format(couples)));
        Period.Year previous = new Period.Year(year.year() - 1);
        Optional<BigDecimal> before = Results.total(program, ChildMarriageIndicators.COUPLES, previous);
        if (before.isPresent()) {
            Optional<BigDecimal> change = VietnameseNumbers.changePercent(before.get(), couples);
            String was = VietnameseNumbers.format(before.get());
            if (change.isEmpty() || change.get().signum() == 0) {
                s.append(context.message("child-marriage.block.same", previous.year(), was));
            } else {
                String key = change.get().signum() < 0 ? "child-marriage.block.decrease" : "child-marriage.block.increase";
                s.append(context.message(key, VietnameseNumbers.oneDecimal(change.get().abs()), previous.year(), was));
            }
            annualDecreaseTarget(context).ifPresent(target -> {
                boolean met = change.map(c -> c.negate().compareTo(target) >= 0).orElse(false);
                s.append(context.message(met ? "child-marriage.block.targetMet" : "child-marriage.block.targetMissed",
                        VietnameseNumbers.format(target)));
            });
        }
        Results.total(program, ChildMarriageIndicators.CONSANGUINEOUS_COUPLES, year).ifPresent(c ->
                s.append(context.message("child-marriage.block.consanguineous", VietnameseNumbers.format(c))));
        return s.append('.').toString();
    }

    /** The year named by the {@code year} option, or the last one with couples reported. */
    private static Optional<Period.Year> year(BlockContext context, Program program) {
        String option = context.options().get("year");
        if (option != null) {
            return Optional.of(new Period.Year(Integer.parseInt(option.strip())));
        }
        return Results.periods(program, ChildMarriageIndicators.COUPLES).stream()
                .filter(p -> p instanceof Period.Year).map(p -> (Period.Year) p).reduce((a, b) -> b);
    }

    private static Optional<BigDecimal> annualDecreaseTarget(BlockContext context) {
        return context.indicators().indicator(ChildMarriageIndicators.COUPLES).stream()
                .flatMap(i -> i.targets().stream())
                .filter(t -> t.kind() == TargetKind.ANNUAL_DECREASE_PERCENT)
                .map(Target::value)
                .findFirst();
    }
}
