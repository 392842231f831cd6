package vn.baocao.format.json;

import java.util.List;
import vn.baocao.api.spi.PluginDescriptor;
import vn.baocao.api.spi.ReportFormat;
import vn.baocao.api.spi.ReportFormatProvider;
import vn.baocao.api.text.LocalizedText;

/** Contributes the {@code json} format. */
public final class JsonFormatPlugin implements ReportFormatProvider {

    @Override
    public PluginDescriptor descriptor() {
        return PluginDescriptor.of("format-json", "0.1.0", LocalizedText.of("Định dạng JSON", "JSON format"), ">=0.1 & <1.0");
    }

    @Override
    public List<ReportFormat> formats() {
        return List.of(new JsonFormat());
    }
}
