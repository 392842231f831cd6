package vn.baocao.plugin.tetgoods;

import vn.baocao.api.indicator.DerivedIndicator;

import vn.baocao.api.spi.PluginDescriptor;
import vn.baocao.api.spi.ProgramContext;
import vn.baocao.api.spi.ProgramTypeProvider;
import vn.baocao.api.text.LocalizedText;

/** Contributes the Tết essential-goods program type, its indicators, its three rules and its report block. */
public final class TetGoodsPlugin implements ProgramTypeProvider {
    public static final String ID = "tet-essential-goods";

    @Override
    public PluginDescriptor descriptor() {
        return PluginDescriptor.of(ID, "0.1.0",
                LocalizedText.of("Cấp không thu tiền mặt hàng thiết yếu dịp Tết Nguyên đán", "Free essential goods at Lunar New Year"),
                ">=0.1 & <1.0");
    }

    @Override
    public void contribute(ProgramContext context) {
        context.addMessages("vn.baocao.plugin.tetgoods.messages");
        TetGoodsIndicators.all().forEach(context::addIndicator);
        // computed on the totals: a province's spending over its households, not an average of communes' ratios
        context.addDerivedIndicator(new DerivedIndicator("TG_COST_PER_HOUSEHOLD",
                LocalizedText.of("Chi phí bình quân một hộ", "Average cost per household"), LocalizedText.of("đồng/hộ", "đồng per household"),
                "#{" + TetGoodsIndicators.SPENDING + "} / #{" + TetGoodsIndicators.HOUSEHOLDS + "}", 0));
        context.addProgramType(TetGoodsProgram.type());
        TetGoodsDataRules.all(Allotments.QUANG_NGAI_2019_2025).forEach(context::addDataRule);
        context.addReportBlock(new SummaryBlock());
    }
}
