package vn.baocao.core.assemble.blocks;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import vn.baocao.api.indicator.Indicator;
import vn.baocao.api.period.Period;
import vn.baocao.api.program.Program;
import vn.baocao.api.spi.BlockContext;
import vn.baocao.core.assemble.DataBlockContext;
import vn.baocao.core.data.UnitTable;

/**
 * The figures the {@code data-annex} and {@code chart} blocks show: an indicator by unit under an
 * area and by year, from the source's data files, read from the options both blocks share
 * ({@code indicator}, {@code years}, {@code area}, {@code unitsOn}).
 */
record UnitFigures(Indicator indicator, List<Integer> years, UnitTable.Result table) {

    /** Nothing when the source has no data, the options name no indicator or area, or the area is not in force. */
    static Optional<UnitFigures> of(BlockContext context) {
        if (!(context instanceof DataBlockContext data) || data.values().isEmpty()) {
            return Optional.empty();
        }
        String code = context.options().get("indicator");
        Optional<Indicator> indicator = code == null ? Optional.empty() : context.indicators().indicator(code);
        if (indicator.isEmpty()) {
            return Optional.empty();
        }
        Period span = Optional.ofNullable(context.options().get("years")).map(Period::parse)
                .orElse(context.source().report().period());
        String area = Optional.ofNullable(context.options().get("area"))
                .or(() -> context.source().programs().stream().map(Program::area).findFirst()).orElse(null);
        if (span == null || area == null) {
            return Optional.empty();
        }
        List<Integer> years = new ArrayList<>();
        for (int y = span.start().getYear(); y <= span.end().getYear(); y++) years.add(y);
        LocalDate day = Optional.ofNullable(context.options().get("unitsOn")).map(LocalDate::parse).orElse(span.end());
        return new UnitTable(data.values().get(), data.units()).of(code, area, years, day)
                .map(table -> new UnitFigures(indicator.get(), years, table));
    }

    /** The day given by {@code unitsOn}, as a document writes it ({@code 31/12/2026}); empty when the default applies. */
    static Optional<String> unitsOn(BlockContext context) {
        return Optional.ofNullable(context.options().get("unitsOn")).map(LocalDate::parse)
                .map(d -> java.time.format.DateTimeFormatter.ofPattern("dd/MM/yyyy").format(d));
    }
}
