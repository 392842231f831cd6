package vn.baocao.format.html;

import java.util.List;
import vn.baocao.api.spi.PluginDescriptor;
import vn.baocao.api.spi.ReportFormat;
import vn.baocao.api.spi.ReportFormatProvider;

/** Contributes the {@code html} format. */
public final class HtmlFormatPlugin implements ReportFormatProvider {

    @Override
    public PluginDescriptor descriptor() {
        return PluginDescriptor.builder("format-html")
                .name("Định dạng HTML", "HTML format")
                .versionOf(HtmlFormatPlugin.class)
                .platformRange(">=0.2 & <1.0")
                .build();
    }

    @Override
    public List<ReportFormat> formats() {
        return List.of(new HtmlFormat());
    }
}
