package vn.baocao.format.docx;

import java.util.List;
import vn.baocao.api.spi.PluginDescriptor;
import vn.baocao.api.spi.ReportFormat;
import vn.baocao.api.spi.ReportFormatProvider;
import vn.baocao.api.text.LocalizedText;

/** Contributes the {@code docx} format. */
public final class DocxFormatPlugin implements ReportFormatProvider {

    @Override
    public PluginDescriptor descriptor() {
        return PluginDescriptor.of("format-docx", "0.1.0", LocalizedText.of("Định dạng DOCX", "DOCX format"), ">=0.1 & <1.0");
    }

    @Override
    public List<ReportFormat> formats() {
        return List.of(new DocxFormat());
    }
}
