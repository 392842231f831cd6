package vn.gov.quangngai.bandantoc.uytin;

import vn.baocao.api.spi.PluginDescriptor;
import vn.baocao.api.spi.ProgramContext;
import vn.baocao.api.spi.ProgramTypeProvider;
import vn.baocao.api.text.LocalizedText;

/** The policy for prestigious persons (người có uy tín): its indicators, its rule and its report block. */
public final class PrestigiousPersonsPlugin implements ProgramTypeProvider {
    public static final String ID = "prestigious-persons";

    @Override
    public PluginDescriptor descriptor() {
        return PluginDescriptor.of(ID, "1.0.0",
                LocalizedText.of("Chính sách đối với người có uy tín", "Policy for prestigious persons"), ">=0.1 & <1.0");
    }

    @Override
    public void contribute(ProgramContext context) {
        context.addMessages("vn.gov.quangngai.bandantoc.uytin.messages");
        PrestigiousPersonsIndicators.all().forEach(context::addIndicator);
        context.addProgramType(PrestigiousPersonsIndicators.programType());
        context.addRule(new EveryPersonVisitedRule());
        context.addReportBlock(new YearBlock());
    }
}
