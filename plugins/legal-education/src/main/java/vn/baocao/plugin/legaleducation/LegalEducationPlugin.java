package vn.baocao.plugin.legaleducation;

import vn.baocao.api.spi.PluginDescriptor;
import vn.baocao.api.spi.ProgramContext;
import vn.baocao.api.spi.ProgramTypeProvider;
import vn.baocao.api.text.LocalizedText;

/** Contributes the legal-education program type, its indicators, its rules and its report block. */
public final class LegalEducationPlugin implements ProgramTypeProvider {
    public static final String ID = "legal-education";

    @Override
    public PluginDescriptor descriptor() {
        return PluginDescriptor.of(ID, "0.1.0",
                LocalizedText.of("Phổ biến, giáo dục pháp luật và tuyên truyền, vận động", "Legal dissemination, education and mobilisation"),
                ">=0.1 & <1.0");
    }

    @Override
    public void contribute(ProgramContext context) {
        context.addMessages("vn.baocao.plugin.legaleducation.messages");
        LegalEducationIndicators.all().forEach(context::addIndicator);
        // the women's share of attendances, on the totals: a province's women over its attendances
        context.addDerivedIndicator(new vn.baocao.api.indicator.DerivedIndicator("LE_WOMEN_SHARE",
                LocalizedText.of("Tỷ lệ lượt nữ tham dự", "Share of attendances by women"), LocalizedText.of("%", "%"),
                "#{" + LegalEducationIndicators.PARTICIPANTS + ".SEX:F} * 100 / #{" + LegalEducationIndicators.PARTICIPANTS + "}", 1));
        context.addProgramType(LegalEducationProgram.type());
        LegalEducationDataRules.all().forEach(context::addDataRule);
        context.addReportBlock(new YearlySummaryBlock());
    }
}
