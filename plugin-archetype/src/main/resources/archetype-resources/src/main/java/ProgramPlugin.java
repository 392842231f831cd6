package ${package};

import java.math.BigDecimal;
import java.util.List;
import vn.baocao.api.spi.PluginDescriptor;
import vn.baocao.api.spi.ProgramContext;
import vn.baocao.api.spi.ProgramTypeProvider;
import vn.baocao.api.spi.Setting;
import vn.baocao.api.text.LocalizedText;

/** Contributes the program type, its indicator, its rule and its report block. */
public final class ProgramPlugin implements ProgramTypeProvider {
    public static final String ID = "${pluginId}";

    /** Above this a figure is most often a typing error; an installation may set its own in conf/plugins/${pluginId}.properties. */
    static final Setting<Long> LARGE_FIGURE = Setting.integer("large-figure", 100_000,
            LocalizedText.of("Số liệu lớn hơn mức này được cảnh báo là có thể gõ nhầm", "Figures above this are warned of as likely typing errors"));

    @Override
    public PluginDescriptor descriptor() {
        return PluginDescriptor.builder(ID)
                .name("${programName}", "${programNameEn}")
                // the version Maven recorded in the module: the pom's
                .versionOf(ProgramPlugin.class)
                // the platform versions this plugin is built and tested with: the API is stable within 0.x
                .platformRange(">=0.2 & <1.0")
                .build();
    }

    @Override
    public List<Setting<?>> settings() {
        return List.of(LARGE_FIGURE);
    }

    @Override
    public void contribute(ProgramContext context) {
        // read through the plugin's own resources: module-info needs no opens line
        context.addMessages("${package}.messages", ProgramPlugin.class::getResourceAsStream);
        context.addIndicator(ProgramIndicators.indicator());
        context.addProgramType(ProgramIndicators.programType());
        context.addRule(new LargeFigureRule(BigDecimal.valueOf(context.setting(LARGE_FIGURE))));
        context.addReportBlock(new YearSummaryBlock());
    }
}
