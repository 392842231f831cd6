package vn.baocao.core.assemble.blocks;

import java.math.BigDecimal;
import java.text.NumberFormat;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import vn.baocao.api.indicator.Indicator;
import vn.baocao.api.period.Period;
import vn.baocao.api.program.Program;
import vn.baocao.api.program.ProgramResult;
import vn.baocao.api.spi.BlockContent;
import vn.baocao.api.spi.BlockOption;
import vn.baocao.api.spi.BlockContext;
import vn.baocao.api.spi.ReportBlock;
import vn.baocao.api.text.LocalizedText;
import vn.baocao.core.assemble.DataBlockContext;
import vn.baocao.core.source.ReportSource;

/**
 * For a summary report: each indicator's figure for the period of the summary, a column per agency
 * and the total across them (categories together). Option {@code program}: one program type only.
 */
public final class ConsolidatedTotalsBlock implements ReportBlock {

    @Override
    public String id() {
        return "consolidated-totals";
    }

    @Override
    public LocalizedText name() {
        return LocalizedText.of("Tổng hợp số liệu của các cơ quan, đơn vị", "Figures of all agencies together");
    }

    @Override
    public List<BlockOption> options() {
        return List.of(BlockOption.optional("program", BlockOption.Type.PROGRAM_TYPE, LocalizedText.of(
                "Chỉ các chương trình thuộc loại này (mặc định: mọi chương trình)", "Only the programs of this type (default: every program)")));
    }

    @Override
    public List<BlockContent> compute(BlockContext context) {
        if (!(context instanceof DataBlockContext data) || data.consolidated().isEmpty()) {
            return List.of();
        }
        Period period = context.source().report().period();
        String type = context.options().get("program");
        List<String> agencies = new ArrayList<>();
        Map<String, Map<String, BigDecimal>> byIndicator = new LinkedHashMap<>(); // indicator -> agency -> sum
        for (ReportSource agency : data.consolidated()) {
            String name = agency.report().issuingBody();
            if (!agencies.contains(name)) agencies.add(name);
            for (Program program : agency.programs()) {
                if (type != null && !program.programType().filter(type::equals).isPresent()) continue;
                for (ProgramResult r : program.results()) {
                    if (!r.period().equals(period)) continue;
                    byIndicator.computeIfAbsent(r.indicator(), k -> new LinkedHashMap<>()).merge(name, r.value(), BigDecimal::add);
                }
            }
        }
        if (byIndicator.isEmpty()) {
            return List.of();
        }
        NumberFormat numbers = NumberFormat.getNumberInstance(Locale.forLanguageTag("vi"));
        List<String> header = new ArrayList<>(List.of(context.message("block.table.indicator"), context.message("block.table.unit")));
        header.addAll(agencies);
        header.add(context.message("annex.total"));
        List<List<String>> rows = new ArrayList<>();
        byIndicator.forEach((code, byAgency) -> {
            Indicator indicator = context.indicators().indicator(code).orElse(null);
            List<String> row = new ArrayList<>();
            row.add(indicator == null ? code : indicator.name().vi());
            row.add(indicator == null ? "" : indicator.unitOfMeasure().vi());
            BigDecimal total = BigDecimal.ZERO;
            for (String agency : agencies) {
                BigDecimal v = byAgency.get(agency);
                row.add(v == null ? "—" : numbers.format(v));
                if (v != null) total = total.add(v);
            }
            row.add(numbers.format(total));
            rows.add(row);
        });
        return List.of(new BlockContent.Table(header, rows));
    }
}
