package vn.baocao.format.markdown;

import java.util.List;
import vn.baocao.api.spi.PluginDescriptor;
import vn.baocao.api.spi.ReportFormat;
import vn.baocao.api.spi.ReportFormatProvider;

/** Contributes the {@code md} format. */
public final class MarkdownFormatPlugin implements ReportFormatProvider {

    @Override
    public PluginDescriptor descriptor() {
        return PluginDescriptor.builder("format-markdown")
                .name("Định dạng Markdown", "Markdown format")
                .versionOf(MarkdownFormatPlugin.class)
                .platformRange(">=0.2 & <1.0")
                .build();
    }

    @Override
    public List<ReportFormat> formats() {
        return List.of(new MarkdownFormat());
    }
}
