package vn.baocao.core.assemble.blocks;

import java.util.ArrayList;
import java.util.List;
import vn.baocao.api.campaign.Activity;
import vn.baocao.api.campaign.Campaign;
import vn.baocao.api.period.Period;
import vn.baocao.api.spi.BlockContent;
import vn.baocao.api.spi.BlockContext;
import vn.baocao.api.spi.BlockOption;
import vn.baocao.api.spi.ReportBlock;
import vn.baocao.api.text.LocalizedText;
import vn.baocao.api.text.VietnameseNumbers;

/**
 * What was done under the campaign, one bullet each, in the order the source lists them, with when
 * and, where counted, how many sessions and person-attendances: "- Hội nghị quán triệt … (quý
 * II năm 2022): 12 buổi, 1.250 lượt người tham dự."
 */
public final class CampaignActivitiesBlock implements ReportBlock {
    private static final String[] ROMAN = {"I", "II", "III", "IV"};

    @Override
    public String id() {
        return "campaign-activities";
    }

    @Override
    public LocalizedText name() {
        return LocalizedText.of("Các hoạt động đã thực hiện trong phong trào", "The activities carried out under the campaign");
    }

    @Override
    public List<BlockOption> options() {
        return List.of();
    }

    @Override
    public List<BlockContent> compute(BlockContext context) {
        Campaign campaign = context.source().campaign().orElse(null);
        if (campaign == null || campaign.activities().isEmpty()) {
            return List.of();
        }
        List<BlockContent.Paragraph> items = new ArrayList<>();
        for (Activity activity : campaign.activities()) {
            String counted = counts(activity, context);
            String line = context.message(counted.isEmpty() ? "block.activity" : "block.activity.counted",
                    activity.description(), when(activity.period(), context), counted);
            items.add(new BlockContent.Paragraph(context.inline(line)));
        }
        return List.of(new BlockContent.BulletList(items));
    }

    private static String counts(Activity activity, BlockContext context) {
        List<String> parts = new ArrayList<>();
        activity.sessions().ifPresent(n -> parts.add(context.message("block.activity.sessions", VietnameseNumbers.format(java.math.BigDecimal.valueOf(n)))));
        activity.participants().ifPresent(n -> parts.add(context.message("block.activity.participants", VietnameseNumbers.format(java.math.BigDecimal.valueOf(n)))));
        return String.join(", ", parts);
    }

    /** A period as a report writes it: năm 2022, quý II năm 2022, 6 tháng đầu năm 2022, tháng 6 năm 2022, giai đoạn 2021 - 2025. */
    static String when(Period period, BlockContext context) {
        if (period instanceof Period.Quarter q) {
            return context.message("period.words.quarter", ROMAN[q.quarter() - 1], String.valueOf(q.year()));
        }
        if (period instanceof Period.HalfYear h) {
            return context.message(h.half() == 1 ? "period.words.firstHalf" : "period.words.secondHalf", String.valueOf(h.year()));
        }
        if (period instanceof Period.Month m) {
            return context.message("period.words.month", String.valueOf(m.month()), String.valueOf(m.year()));
        }
        if (period instanceof Period.Phase p) {
            return context.message("period.words.phase", String.valueOf(p.firstYear()), String.valueOf(p.lastYear()));
        }
        return context.message("period.words.year", String.valueOf(((Period.Year) period).year()));
    }
}
