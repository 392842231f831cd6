package vn.baocao.format.markdown;

import java.util.List;
import vn.baocao.api.spi.PluginDescriptor;
import vn.baocao.api.spi.ReportFormat;
import vn.baocao.api.spi.ReportFormatProvider;
import vn.baocao.api.text.LocalizedText;

/** Contributes the {@code md} format. */
public final class MarkdownFormatPlugin implements ReportFormatProvider {

    @Override
    public PluginDescriptor descriptor() {
        return PluginDescriptor.of("format-markdown", "0.1.0", LocalizedText.of("Định dạng Markdown", "Markdown format"), ">=0.1 & <1.0");
    }

    @Override
    public List<ReportFormat> formats() {
        return List.of(new MarkdownFormat());
    }
}
