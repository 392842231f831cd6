package vn.baocao.core.assemble.blocks;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import vn.baocao.api.indicator.Indicator;
import vn.baocao.api.spi.BlockContent;
import vn.baocao.api.spi.BlockOption;
import vn.baocao.api.spi.BlockContext;
import vn.baocao.api.spi.ReportBlock;
import vn.baocao.api.text.LocalizedText;
import vn.baocao.api.spi.TextRun;
import vn.baocao.core.data.UnitTable;
import vn.baocao.core.i18n.MessageRef;

/**
 * An annex table (phụ lục) from the source's data files: an indicator by unit under an area and by
 * year, with a total row. Options: {@code indicator} (required); {@code years} (a year or a phase
 * such as {@code 2021/2023}, else the report's period); {@code area} (else the area of the first
 * program); {@code unitsOn} (the day whose units make the rows, else the end of the last year: a
 * later day shows old data under today's communes, with the rule applied stated below the table).
 */
public final class DataAnnexBlock implements ReportBlock {

    @Override
    public String id() {
        return "data-annex";
    }

    @Override
    public LocalizedText name() {
        return LocalizedText.of("Phụ lục số liệu theo đơn vị", "Annex of figures by unit");
    }

    @Override
    public List<BlockOption> options() {
        return List.of(
                BlockOption.required("indicator", BlockOption.Type.INDICATOR, LocalizedText.of(
                        "Chỉ tiêu của phụ lục", "The indicator the annex shows")),
                BlockOption.optional("years", BlockOption.Type.PERIOD, LocalizedText.of(
                        "Năm hoặc giai đoạn, ví dụ 2023 hoặc 2021/2023 (mặc định: kỳ báo cáo)",
                        "A year or a phase such as 2023 or 2021/2023 (default: the report’s period)")),
                BlockOption.optional("area", BlockOption.Type.UNIT, LocalizedText.of(
                        "Mã đơn vị hành chính có các đơn vị trực thuộc làm dòng của bảng (mặc định: địa bàn chương trình đầu tiên)",
                        "The code of the unit whose units make the rows (default: the area of the first program)")),
                BlockOption.optional("unitsOn", BlockOption.Type.DATE, LocalizedText.of(
                        "Ngày lấy danh sách đơn vị làm dòng (mặc định: cuối năm cuối cùng)",
                        "The day whose units make the rows (default: the end of the last year)")));
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
        List<String> header = new ArrayList<>(List.of(context.message("annex.number"), context.message("annex.unit")));
        years.forEach(y -> header.add(String.valueOf(y)));
        List<List<String>> rows = new ArrayList<>();
        int n = 1;
        for (UnitTable.Row row : table.rows()) {
            List<String> cells = new ArrayList<>(List.of(String.valueOf(n++), row.name()));
            for (java.math.BigDecimal v : row.values()) cells.add(format(v));
            rows.add(cells);
        }
        if (table.hasUnplaced()) {
            List<String> cells = new ArrayList<>(List.of("", context.message("annex.unplaced")));
            for (java.math.BigDecimal v : table.unplaced()) cells.add(format(v));
            rows.add(cells);
        }
        List<String> total = new ArrayList<>(List.of("", context.message("annex.total")));
        for (java.math.BigDecimal v : table.total()) total.add(format(v));
        rows.add(total);

        List<BlockContent> content = new ArrayList<>();
        // units of a day the writer chose are named in the title: two annexes of the same figures then differ
        String title = UnitFigures.unitsOn(context)
                .map(day -> context.message("annex.titleOn", indicator.name().vi(), indicator.unitOfMeasure().vi(), day))
                .orElse(context.message("annex.title", indicator.name().vi(), indicator.unitOfMeasure().vi()));
        content.add(new BlockContent.Paragraph(List.of(new TextRun(title, true, false))));
        content.add(new BlockContent.Table(header, rows, 1)); // the last row is the total
        for (MessageRef note : table.notes()) {
            content.add(new BlockContent.Paragraph(List.of(TextRun.italic(context.message(note.key(), note.arguments().toArray())))));
        }
        return content;
    }

    private static String format(java.math.BigDecimal v) {
        return v == null ? "—" : vn.baocao.api.text.VietnameseNumbers.format(v);
    }
}
