package vn.baocao.benchmarks;

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

/** Thirty count indicators by sex, {@code BM01} … {@code BM30}, for the national import benchmark. */
public final class BenchmarkIndicatorsPlugin implements ProgramTypeProvider {
    static final int INDICATORS = 30;

    static String code(int i) {
        return String.format("BM%02d", i + 1);
    }

    @Override
    public PluginDescriptor descriptor() {
        return PluginDescriptor.of("benchmark", "0.1.0", LocalizedText.of("Chỉ tiêu đo hiệu năng", "Benchmark indicators"), "*");
    }

    @Override
    public void contribute(ProgramContext context) {
        List<String> codes = new ArrayList<>();
        for (int i = 0; i < INDICATORS; i++) {
            context.addIndicator(new Indicator(code(i), LocalizedText.of("Chỉ tiêu " + (i + 1), "Indicator " + (i + 1)),
                    LocalizedText.of("người", "persons"), ValueType.COUNT, Aggregation.SUM, List.of(Disaggregation.SEX), List.of()));
            codes.add(code(i));
        }
        context.addProgramType(new ProgramType("benchmark", LocalizedText.of("Đo hiệu năng", "Benchmark"),
                List.of(DocumentReference.builder(DocumentType.KE_HOACH, "1/KH-BM").date(LocalDate.of(2026, 1, 1)).issuer("—").subject("—").build()),
                codes));
    }
}
