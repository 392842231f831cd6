package vn.baocao.format.pdf;

import java.util.List;
import vn.baocao.api.spi.PluginDescriptor;
import vn.baocao.api.spi.ReportFormat;
import vn.baocao.api.spi.ReportFormatProvider;

/** Contributes the {@code pdf} format. */
public final class PdfFormatPlugin implements ReportFormatProvider {

    @Override
    public PluginDescriptor descriptor() {
        return PluginDescriptor.builder("format-pdf")
                .name("Định dạng PDF", "PDF format")
                .versionOf(PdfFormatPlugin.class)
                .platformRange(">=0.2 & <1.0")
                .build();
    }

    @Override
    public List<ReportFormat> formats() {
        return List.of(new PdfFormat());
    }
}
