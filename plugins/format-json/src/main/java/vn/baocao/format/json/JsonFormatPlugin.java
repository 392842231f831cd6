package vn.baocao.format.json;

import java.util.List;
import vn.baocao.api.spi.PluginDescriptor;
import vn.baocao.api.spi.ReportFormat;
import vn.baocao.api.spi.ReportFormatProvider;

/** Contributes the {@code json} format. */
public final class JsonFormatPlugin implements ReportFormatProvider {

    @Override
    public PluginDescriptor descriptor() {
        return PluginDescriptor.builder("format-json")
                .name("Định dạng JSON", "JSON format")
                .versionOf(JsonFormatPlugin.class)
                .platformRange(">=0.2 & <1.0")
                .build();
    }

    @Override
    public List<ReportFormat> formats() {
        return List.of(new JsonFormat());
    }
}
