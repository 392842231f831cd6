package vn.gov.quangngai.bandantoc.uytin;

import vn.baocao.api.spi.PluginDescriptor;
import vn.baocao.api.spi.ProgramContext;
import vn.baocao.api.spi.ProgramTypeProvider;

/** The policy for prestigious persons (người có uy tín): its indicators, its rule and its report block. */
public final class PrestigiousPersonsPlugin implements ProgramTypeProvider {
    public static final String ID = "prestigious-persons";

    @Override
    public PluginDescriptor descriptor() {
        return PluginDescriptor.builder(ID)
                .name("Chính sách đối với người có uy tín", "Policy for prestigious persons")
                .versionOf(PrestigiousPersonsPlugin.class)
                .platformRange(">=0.2 & <1.0")
                .build();
    }

    @Override
    public void contribute(ProgramContext context) {
        context.addMessages("vn.gov.quangngai.bandantoc.uytin.messages", PrestigiousPersonsPlugin.class::getResourceAsStream);
        PrestigiousPersonsIndicators.all().forEach(context::addIndicator);
        context.addProgramType(PrestigiousPersonsIndicators.programType());
        context.addRule(new EveryPersonVisitedRule());
        context.addReportBlock(new YearBlock());
    }
}
