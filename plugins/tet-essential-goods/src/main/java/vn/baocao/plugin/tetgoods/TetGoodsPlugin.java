package vn.baocao.plugin.tetgoods;

import java.util.List;
import vn.baocao.api.indicator.DerivedIndicator;
import vn.baocao.api.spi.PluginDescriptor;
import vn.baocao.api.spi.ProgramContext;
import vn.baocao.api.spi.ProgramTypeProvider;
import vn.baocao.api.spi.Setting;

/** Contributes the Tết essential-goods program type, its indicators, its three rules and its report block. */
public final class TetGoodsPlugin implements ProgramTypeProvider {
    public static final String ID = "tet-essential-goods";

    @Override
    public PluginDescriptor descriptor() {
        return PluginDescriptor.builder(ID)
                .name("Cấp không thu tiền mặt hàng thiết yếu dịp Tết Nguyên đán", "Free essential goods at Lunar New Year")
                .versionOf(TetGoodsPlugin.class)
                .platformRange(">=0.2 & <1.0")
                .build();
    }

    /** The allotments and the ceiling, which each province sets by resolution. */
    @Override
    public List<Setting<?>> settings() {
        return Allotments.SETTINGS;
    }

    @Override
    public void contribute(ProgramContext context) {
        context.addMessages("vn.baocao.plugin.tetgoods.messages", TetGoodsPlugin.class::getResourceAsStream);
        TetGoodsIndicators.all().forEach(context::addIndicator);
        // computed on the totals: a province's spending over its households, not an average of communes' ratios
        context.addDerivedIndicator(DerivedIndicator.builder("TG_COST_PER_HOUSEHOLD")
                .name("Chi phí bình quân một hộ", "Average cost per household")
                .unit("đồng/hộ", "đồng per household")
                .formula("#{" + TetGoodsIndicators.SPENDING + "} / #{" + TetGoodsIndicators.HOUSEHOLDS + "}")
                .build());
        context.addProgramType(TetGoodsProgram.type());
        TetGoodsDataRules.all(Allotments.read(context::setting)).forEach(context::addDataRule);
        context.addReportBlock(new SummaryBlock());
    }
}
