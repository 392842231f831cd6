package vn.baocao.excel;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import vn.baocao.api.document.DocumentReference;
import vn.baocao.api.document.DocumentType;
import vn.baocao.api.indicator.Aggregation;
import vn.baocao.api.indicator.Disaggregation;
import vn.baocao.api.indicator.Indicator;
import vn.baocao.api.indicator.ValueType;
import vn.baocao.api.program.ProgramType;
import vn.baocao.api.spi.PluginDescriptor;
import vn.baocao.api.spi.ProgramContext;
import vn.baocao.api.spi.ProgramTypeProvider;
import vn.baocao.api.text.LocalizedText;

/**
 * The program of {@link EntryFormImportHarness}: 25 count indicators by sex, {@code XH01} …
 * {@code XH25}, fifty columns of an entry form. Found by the platform only when the harness runs on
 * the class path (through {@code META-INF/services}); the module-path tests never see it.
 */
public final class HarnessIndicatorsPlugin implements ProgramTypeProvider {
    static final String PROGRAM = "excel-harness";
    static final int INDICATORS = 25;

    @Override
    public PluginDescriptor descriptor() {
        return PluginDescriptor.of(PROGRAM, "0.1.0", LocalizedText.of("Chỉ tiêu đo tốc độ đọc biểu nhập", "Entry form reading indicators"), "*");
    }

    @Override
    public void contribute(ProgramContext context) {
        List<String> codes = new ArrayList<>();
        for (int i = 1; i <= INDICATORS; i++) {
            String code = String.format("XH%02d", i);
            context.addIndicator(new Indicator(code, LocalizedText.of("Chỉ tiêu " + i, "Indicator " + i), LocalizedText.of("người", "persons"),
                    ValueType.COUNT, Aggregation.SUM, List.of(Disaggregation.SEX), List.of()));
            codes.add(code);
        }
        context.addProgramType(new ProgramType(PROGRAM, LocalizedText.of("Đo tốc độ đọc biểu nhập", "Entry form reading"),
                List.of(DocumentReference.builder(DocumentType.KE_HOACH, "1/KH-XH").date(LocalDate.of(2026, 1, 1)).issuer("—").subject("—").build()),
                codes));
    }
}
