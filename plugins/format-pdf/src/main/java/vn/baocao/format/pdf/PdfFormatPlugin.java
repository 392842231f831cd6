package vn.baocao.format.pdf;

import java.util.List;
import vn.baocao.api.spi.PluginDescriptor;
import vn.baocao.api.spi.ReportFormat;
import vn.baocao.api.spi.ReportFormatProvider;
import vn.baocao.api.text.LocalizedText;

/** Contributes the {@code pdf} format. */
public final class PdfFormatPlugin implements ReportFormatProvider {

    @Override
    public PluginDescriptor descriptor() {
        return PluginDescriptor.of("format-pdf", "0.1.0", LocalizedText.of("Định dạng PDF", "PDF format"), ">=0.1 & <1.0");
    }

    @Override
    public List<ReportFormat> formats() {
        return List.of(new PdfFormat());
    }
}
