package vn.baocao.format.json;

import java.io.OutputStream;
import tools.jackson.databind.SerializationFeature;
import tools.jackson.databind.json.JsonMapper;
import tools.jackson.databind.module.SimpleModule;
import tools.jackson.databind.ser.std.ToStringSerializer;
import vn.baocao.api.document.DocumentNumber;
import vn.baocao.api.period.Period;
import vn.baocao.api.report.IssueDate;
import vn.baocao.api.spi.AssembledReport;
import vn.baocao.api.spi.ReportFormat;

/**
 * {@code json}: the assembled report as it is handed to every renderer: metadata, numbered sections
 * and their content as runs with emphasis. Codes print as they are written ({@code /BC-BDT},
 * {@code 2021/2023}, {@code 2023-06}).
 */
final class JsonFormat implements ReportFormat {
    private static final JsonMapper MAPPER = JsonMapper.builder()
            .addModule(new SimpleModule("baocao-codes")
                    .addSerializer(DocumentNumber.class, ToStringSerializer.instance)
                    .addSerializer(IssueDate.class, ToStringSerializer.instance)
                    .addSerializer(Period.class, ToStringSerializer.instance))
            .enable(SerializationFeature.INDENT_OUTPUT)
            .build();

    @Override
    public String id() {
        return "json";
    }

    @Override
    public String fileExtension() {
        return "json";
    }

    @Override
    public void render(AssembledReport report, OutputStream out) {
        MAPPER.writeValue(out, report);
    }
}
