package vn.baocao.format.docx;

import java.util.List;
import vn.baocao.api.spi.PluginDescriptor;
import vn.baocao.api.spi.ReportFormat;
import vn.baocao.api.spi.ReportFormatProvider;

/** Contributes the {@code docx} format. */
public final class DocxFormatPlugin implements ReportFormatProvider {

    @Override
    public PluginDescriptor descriptor() {
        return PluginDescriptor.builder("format-docx")
                .name("Định dạng DOCX", "DOCX format")
                .versionOf(DocxFormatPlugin.class)
                .platformRange(">=0.2 & <1.0")
                .build();
    }

    @Override
    public List<ReportFormat> formats() {
        return List.of(new DocxFormat());
    }
}
