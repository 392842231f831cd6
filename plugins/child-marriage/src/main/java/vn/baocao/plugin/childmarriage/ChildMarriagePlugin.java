package vn.baocao.plugin.childmarriage;

import vn.baocao.api.spi.PluginDescriptor;
import vn.baocao.api.spi.ProgramContext;
import vn.baocao.api.spi.ProgramTypeProvider;

/** Contributes the child-marriage reduction program type, its indicators, its rule and its report block. */
public final class ChildMarriagePlugin implements ProgramTypeProvider {
    public static final String ID = "child-marriage";

    @Override
    public PluginDescriptor descriptor() {
        return PluginDescriptor.builder(ID)
                .name("Giảm thiểu tảo hôn và hôn nhân cận huyết thống", "Child and consanguineous marriage reduction")
                .versionOf(ChildMarriagePlugin.class)
                .platformRange(">=0.2 & <1.0")
                .build();
    }

    @Override
    public void contribute(ProgramContext context) {
        context.addMessages("vn.baocao.plugin.childmarriage.messages", ChildMarriagePlugin.class::getResourceAsStream);
        ChildMarriageIndicators.all().forEach(context::addIndicator);
        context.addProgramType(ChildMarriageProgram.type());
        context.addReportBlock(new YearlySummaryBlock());
        ChildMarriageDataRules.all().forEach(context::addDataRule);
    }
}
