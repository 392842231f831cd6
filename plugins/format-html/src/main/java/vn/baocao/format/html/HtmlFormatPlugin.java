package vn.baocao.format.html;

import java.util.List;
import vn.baocao.api.spi.PluginDescriptor;
import vn.baocao.api.spi.ReportFormat;
import vn.baocao.api.spi.ReportFormatProvider;
import vn.baocao.api.text.LocalizedText;

/** Contributes the {@code html} format. */
public final class HtmlFormatPlugin implements ReportFormatProvider {

    @Override
    public PluginDescriptor descriptor() {
        return PluginDescriptor.of("format-html", "0.1.0", LocalizedText.of("Định dạng HTML", "HTML format"), ">=0.1 & <1.0");
    }

    @Override
    public List<ReportFormat> formats() {
        return List.of(new HtmlFormat());
    }
}
