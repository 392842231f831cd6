package vn.baocao.plugin.legaleducation;

import vn.baocao.api.indicator.DerivedIndicator;
import vn.baocao.api.spi.PluginDescriptor;
import vn.baocao.api.spi.ProgramContext;
import vn.baocao.api.spi.ProgramTypeProvider;

/** Contributes the legal-education program type, its indicators, its rules and its report block. */
public final class LegalEducationPlugin implements ProgramTypeProvider {
    public static final String ID = "legal-education";

    @Override
    public PluginDescriptor descriptor() {
        return PluginDescriptor.builder(ID)
                .name("Phổ biến, giáo dục pháp luật và tuyên truyền, vận động", "Legal dissemination, education and mobilisation")
                .versionOf(LegalEducationPlugin.class)
                .platformRange(">=0.2 & <1.0")
                .build();
    }

    @Override
    public void contribute(ProgramContext context) {
        context.addMessages("vn.baocao.plugin.legaleducation.messages", LegalEducationPlugin.class::getResourceAsStream);
        LegalEducationIndicators.all().forEach(context::addIndicator);
        // the women's share of attendances, on the totals: a province's women over its attendances
        context.addDerivedIndicator(DerivedIndicator.builder("LE_WOMEN_SHARE")
                .name("Tỷ lệ lượt nữ tham dự", "Share of attendances by women")
                .unit("%", "%")
                .formula("#{" + LegalEducationIndicators.PARTICIPANTS + ".SEX:F} * 100 / #{" + LegalEducationIndicators.PARTICIPANTS + "}")
                .decimals(1)
                .build());
        context.addProgramType(LegalEducationProgram.type());
        LegalEducationDataRules.all().forEach(context::addDataRule);
        context.addReportBlock(new YearlySummaryBlock());
    }
}
