package ${package};

import vn.baocao.api.spi.PluginDescriptor;
import vn.baocao.api.spi.ProgramContext;
import vn.baocao.api.spi.ProgramTypeProvider;
import vn.baocao.api.text.LocalizedText;

/** Contributes the program type, its indicator, its rule and its report block. */
public final class ProgramPlugin implements ProgramTypeProvider {
    public static final String ID = "${pluginId}";

    @Override
    public PluginDescriptor descriptor() {
        // the platform versions this plugin is built and tested with: the API is stable within 0.x
        return PluginDescriptor.of(ID, "${version}".replace("-SNAPSHOT", ""),
                LocalizedText.of("${programName}", "${programNameEn}"), ">=0.1 & <1.0");
    }

    @Override
    public void contribute(ProgramContext context) {
        context.addMessages("${package}.messages");
        context.addIndicator(ProgramIndicators.indicator());
        context.addProgramType(ProgramIndicators.programType());
        context.addRule(new LargeFigureRule());
        context.addReportBlock(new YearSummaryBlock());
    }
}
