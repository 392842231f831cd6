package vn.baocao.core.assemble.blocks;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import vn.baocao.api.indicator.Indicator;
import vn.baocao.api.spi.BlockContent;
import vn.baocao.api.spi.BlockContext;
import vn.baocao.api.spi.BlockOption;
import vn.baocao.api.spi.ReportBlock;
import vn.baocao.api.spi.TextRun;
import vn.baocao.api.text.LocalizedText;
import vn.baocao.core.data.UnitTable;
import vn.baocao.core.i18n.MessageRef;

/**
 * A chart from the source's data files, on the same figures as the {@code data-annex} table: an
 * indicator by unit under an area (bars, a series a year; only the units with a figure) or over
 * the years for the whole area (a line). Options: {@code indicator} (required); {@code by}
 * ({@code unit}, the default, or {@code year}); {@code years}, {@code area} and {@code unitsOn} as
 * for the annex.
 */
public final class ChartBlock implements ReportBlock {

    @Override
    public String id() {
        return "chart";
    }

    @Override
    public LocalizedText name() {
        return LocalizedText.of("Biểu đồ số liệu", "Chart of figures");
    }

    @Override
    public List<BlockOption> options() {
        return List.of(
                BlockOption.required("indicator", BlockOption.Type.INDICATOR, LocalizedText.of(
                        "Chỉ tiêu của biểu đồ", "The indicator the chart shows")),
                BlockOption.choice("by", List.of("unit", "year"), LocalizedText.of(
                        "unit: cột theo đơn vị (mặc định); year: đường theo năm của cả địa bàn",
                        "unit: bars by unit (the default); year: a line over the years for the whole area")),
                BlockOption.optional("years", BlockOption.Type.PERIOD, LocalizedText.of(
                        "Năm hoặc giai đoạn, ví dụ 2023 hoặc 2021/2023 (mặc định: kỳ báo cáo)",
                        "A year or a phase such as 2023 or 2021/2023 (default: the report’s period)")),
                BlockOption.optional("area", BlockOption.Type.UNIT, LocalizedText.of(
                        "Mã đơn vị hành chính có các đơn vị trực thuộc làm cột (mặc định: địa bàn chương trình đầu tiên)",
                        "The code of the unit whose units make the bars (default: the area of the first program)")),
                BlockOption.optional("unitsOn", BlockOption.Type.DATE, LocalizedText.of(
                        "Ngày lấy danh sách đơn vị (mặc định: cuối năm cuối cùng)",
                        "The day whose units are shown (default: the end of the last year)")));
    }

    @Override
    public List<BlockContent> compute(BlockContext context) {
        Optional<UnitFigures> figures = UnitFigures.of(context);
        if (figures.isEmpty()) {
            return List.of();
        }
        Indicator indicator = figures.get().indicator();
        List<Integer> years = figures.get().years();
        UnitTable.Result table = figures.get().table();
        String name = indicator.name().vi();
        String unit = indicator.unitOfMeasure().vi();
        boolean byYear = "year".equals(context.options().get("by"));
        BlockContent.Chart chart = byYear ? overYears(table, years, name, unit, context) : byUnit(table, years, name, unit, context);
        List<BlockContent> content = new ArrayList<>();
        content.add(chart);
        for (MessageRef note : table.notes()) {
            content.add(new BlockContent.Paragraph(List.of(TextRun.italic(context.message(note.key(), note.arguments().toArray())))));
        }
        return chart.categories().isEmpty() ? List.of() : content;
    }

    /** Bars: a category for each unit with a figure (and the figures placed under none), a series a year. */
    private static BlockContent.Chart byUnit(UnitTable.Result table, List<Integer> years, String name, String unit, BlockContext context) {
        List<String> categories = new ArrayList<>();
        List<List<BigDecimal>> columns = new ArrayList<>();
        for (UnitTable.Row row : table.rows()) {
            if (java.util.Arrays.stream(row.values()).anyMatch(java.util.Objects::nonNull)) {
                categories.add(row.name());
                columns.add(java.util.Arrays.asList(row.values()));
            }
        }
        if (table.hasUnplaced()) {
            categories.add(context.message("chart.unplaced"));
            columns.add(java.util.Arrays.asList(table.unplaced()));
        }
        List<BlockContent.Chart.Series> series = new ArrayList<>();
        for (int y = 0; y < years.size(); y++) {
            List<BigDecimal> values = new ArrayList<>();
            for (List<BigDecimal> column : columns) values.add(column.get(y));
            series.add(new BlockContent.Chart.Series(String.valueOf(years.get(y)), values));
        }
        return new BlockContent.Chart(BlockContent.Chart.Kind.BARS, UnitFigures.unitsOn(context).map(day -> context.message("chart.byUnitOn", name, unit, day)).orElse(context.message("chart.byUnit", name, unit)), unit, categories, series);
    }

    /** A line: the area's total each year. */
    private static BlockContent.Chart overYears(UnitTable.Result table, List<Integer> years, String name, String unit, BlockContext context) {
        List<String> categories = years.stream().map(String::valueOf).toList();
        return new BlockContent.Chart(BlockContent.Chart.Kind.LINE, context.message("chart.byYear", name, unit), unit, categories,
                List.of(new BlockContent.Chart.Series(name, java.util.Arrays.asList(table.total()))));
    }
}
