package vn.baocao.core.assemble.blocks;

import java.math.BigDecimal;
import java.text.NumberFormat;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.TreeSet;
import vn.baocao.api.indicator.Indicator;
import vn.baocao.api.period.Period;
import vn.baocao.api.program.Program;
import vn.baocao.api.program.ProgramResult;
import vn.baocao.api.spi.BlockContent;
import vn.baocao.api.spi.BlockOption;
import vn.baocao.api.spi.BlockContext;
import vn.baocao.api.spi.ReportBlock;
import vn.baocao.api.text.LocalizedText;

/**
 * A table of the figures the programs report: a row per indicator, a column per period, each cell
 * the sum over the indicator's categories. Option {@code program}: only the programs of this type.
 */
public final class IndicatorTableBlock implements ReportBlock {

    @Override
    public String id() {
        return "indicator-table";
    }

    @Override
    public LocalizedText name() {
        return LocalizedText.of("Bảng số liệu chỉ tiêu", "Indicator table");
    }

    @Override
    public List<BlockOption> options() {
        return List.of(BlockOption.optional("program", BlockOption.Type.PROGRAM_TYPE, LocalizedText.of(
                "Chỉ các chương trình thuộc loại này (mặc định: mọi chương trình)", "Only the programs of this type (default: every program)")));
    }

    @Override
    public List<BlockContent> compute(BlockContext context) {
        String type = context.options().get("program");
        Map<String, Map<Period, BigDecimal>> values = new LinkedHashMap<>();
        TreeSet<Period> periods = new TreeSet<>();
        List<ProgramResult> noted = new ArrayList<>();
        for (Program program : context.source().programs()) {
            if (type != null && !program.programType().filter(type::equals).isPresent()) {
                continue;
            }
            for (ProgramResult r : program.results()) {
                values.computeIfAbsent(r.indicator(), k -> new LinkedHashMap<>()).merge(r.period(), r.value(), BigDecimal::add);
                periods.add(r.period());
                r.note().filter(n -> !n.isBlank()).ifPresent(n -> noted.add(r));
            }
        }
        if (values.isEmpty()) {
            return List.of();
        }
        NumberFormat numbers = NumberFormat.getNumberInstance(Locale.forLanguageTag("vi"));
        List<String> header = new ArrayList<>(List.of(context.message("block.table.indicator"), context.message("block.table.unit")));
        periods.forEach(p -> header.add(p.code()));
        List<List<String>> rows = new ArrayList<>();
        values.forEach((code, byPeriod) -> {
            Indicator indicator = context.indicators().indicator(code).orElse(null);
            List<String> row = new ArrayList<>();
            row.add(indicator == null ? code : indicator.name().vi());
            row.add(indicator == null ? "" : indicator.unitOfMeasure().vi());
            periods.forEach(p -> row.add(byPeriod.containsKey(p) ? numbers.format(byPeriod.get(p)) : "—"));
            rows.add(row);
        });
        List<BlockContent> content = new ArrayList<>(List.of(new BlockContent.Table(header, rows)));
        // a figure's note says what the figure alone cannot (how it was counted, what is missing): below the table, in italics
        for (ProgramResult r : noted) {
            String name = context.indicators().indicator(r.indicator()).map(i -> i.name().vi()).orElse(r.indicator());
            content.add(new BlockContent.Paragraph(List.of(vn.baocao.api.spi.TextRun.italic(
                    context.message("block.table.note", name, r.period().code(), r.note().get().strip())))));
        }
        return content;
    }
}
