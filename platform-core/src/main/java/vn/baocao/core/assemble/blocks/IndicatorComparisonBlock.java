package vn.baocao.core.assemble.blocks;

import java.math.BigDecimal;
import java.text.NumberFormat;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import vn.baocao.api.text.VietnameseNumbers;
import vn.baocao.api.indicator.Indicator;
import vn.baocao.api.indicator.Target;
import vn.baocao.api.period.Period;
import vn.baocao.api.program.Program;
import vn.baocao.api.program.ProgramResult;
import vn.baocao.api.spi.BlockContent;
import vn.baocao.api.spi.BlockOption;
import vn.baocao.api.spi.BlockContext;
import vn.baocao.api.spi.ReportBlock;
import vn.baocao.api.text.LocalizedText;
import vn.baocao.core.data.Comparisons;

/**
 * Each indicator's figure for the report's year beside the year before, the change in percent, and
 * the targets of its legal basis in force that year, met or not. Option {@code program}: the
 * programs of this type only; {@code year}: another year than the report's.
 */
public final class IndicatorComparisonBlock implements ReportBlock {

    @Override
    public String id() {
        return "indicator-comparison";
    }

    @Override
    public LocalizedText name() {
        return LocalizedText.of("So sánh với năm trước và với mục tiêu", "Against the year before and the target");
    }

    @Override
    public List<BlockOption> options() {
        return List.of(
                BlockOption.optional("program", BlockOption.Type.PROGRAM_TYPE, LocalizedText.of(
                        "Chỉ các chương trình thuộc loại này (mặc định: mọi chương trình)", "Only the programs of this type (default: every program)")),
                BlockOption.optional("year", BlockOption.Type.YEAR, LocalizedText.of(
                        "Năm so sánh với năm trước đó (mặc định: năm cuối kỳ báo cáo)",
                        "The year compared with the one before (default: the last year of the report’s period)")));
    }

    @Override
    public List<BlockContent> compute(BlockContext context) {
        String type = context.options().get("program");
        int year = Optional.ofNullable(context.options().get("year")).map(Integer::parseInt)
                .orElse(context.source().report().period().end().getYear());
        Map<String, Map<Integer, BigDecimal>> byIndicator = new LinkedHashMap<>();
        for (Program program : context.source().programs()) {
            if (type != null && !program.programType().filter(type::equals).isPresent()) continue;
            for (ProgramResult r : program.results()) {
                if (!(r.period() instanceof Period.Year y) || (y.year() != year && y.year() != year - 1)) continue;
                byIndicator.computeIfAbsent(r.indicator(), k -> new LinkedHashMap<>()).merge(y.year(), r.value(), BigDecimal::add);
            }
        }
        if (byIndicator.isEmpty()) {
            return List.of();
        }
        NumberFormat numbers = NumberFormat.getNumberInstance(Locale.forLanguageTag("vi"));
        NumberFormat percent = NumberFormat.getNumberInstance(Locale.forLanguageTag("vi"));
        percent.setMaximumFractionDigits(1);
        List<String> header = List.of(context.message("block.table.indicator"), context.message("block.table.unit"),
                String.valueOf(year - 1), String.valueOf(year), context.message("comparison.change"), context.message("comparison.target"));
        List<List<String>> rows = new ArrayList<>();
        byIndicator.forEach((code, byYear) -> {
            Optional<Indicator> indicator = context.indicators().indicator(code);
            Optional<BigDecimal> value = Optional.ofNullable(byYear.get(year));
            Optional<BigDecimal> previous = Optional.ofNullable(byYear.get(year - 1));
            Optional<BigDecimal> change = Comparisons.change(value, previous);
            List<String> targets = new ArrayList<>();
            for (Target target : indicator.map(Indicator::targets).orElse(List.of())) {
                if (!target.period().contains(LocalDate.of(year, 12, 31))) continue;
                String goal = context.message("comparison.target." + target.kind().name(), numbers.format(target.value()));
                String state = Comparisons.achieved(target, value, previous)
                        .map(met -> context.message(met ? "comparison.met" : "comparison.notMet"))
                        .orElse(context.message("comparison.unknown"));
                targets.add(goal + ": " + state);
            }
            rows.add(List.of(indicator.map(i -> i.name().vi()).orElse(code), indicator.map(i -> i.unitOfMeasure().vi()).orElse(""),
                    previous.map(VietnameseNumbers::format).orElse("—"),
                    value.map(VietnameseNumbers::format).orElse("—"),
                    change.map(c -> (c.signum() > 0 ? "+" : "") + percent.format(Comparisons.rounded(c)) + "%").orElse("—"),
                    targets.isEmpty() ? "—" : String.join("; ", targets)));
        });
        if (context instanceof vn.baocao.core.assemble.DataBlockContext data) {
            rows.addAll(derivedRows(data, type, year, numbers));
        }
        return List.of(new BlockContent.Table(header, rows));
    }

    /**
     * A row for each derived indicator whose figures the programs give, computed exactly from their
     * figures (typed into the source or totalled from its data, by category as well), as the data's
     * own totals would give it.
     */
    private static List<List<String>> derivedRows(vn.baocao.core.assemble.DataBlockContext context, String type, int year, NumberFormat numbers) {
        List<Program> programs = context.source().programs().stream()
                .filter(p -> type == null || p.programType().filter(type::equals).isPresent()).toList();
        List<Indicator> catalogue = context.indicators().indicators();
        List<List<String>> rows = new ArrayList<>();
        for (vn.baocao.api.indicator.DerivedIndicator derived : context.derivedIndicators()) {
            vn.baocao.core.data.Formulas.Compiled formula;
            try {
                formula = vn.baocao.core.data.Formulas.compile(derived, catalogue);
            } catch (Comparisons.InvalidFormula e) {
                continue; // compiled when its plugin was loaded: cannot happen
            }
            Optional<BigDecimal> value = formula.evaluate(sums(programs, catalogue, year));
            Optional<BigDecimal> previous = formula.evaluate(sums(programs, catalogue, year - 1));
            if (value.isEmpty() && previous.isEmpty()) continue;
            Optional<BigDecimal> change = Comparisons.change(value, previous);
            java.util.function.Function<BigDecimal, String> shown = v -> VietnameseNumbers.format(v.setScale(derived.decimals(), java.math.RoundingMode.HALF_UP));
            rows.add(List.of(derived.name().vi(), derived.unitOfMeasure().vi(), previous.map(shown).orElse("—"), value.map(shown).orElse("—"),
                    change.map(c -> (c.signum() > 0 ? "+" : "") + numbers.format(Comparisons.rounded(c)) + "%").orElse("—"), "—"));
        }
        return rows;
    }

    /** The exact sums of the programs' figures for one year, by indicator and category, as a formula looks them up. */
    private static vn.baocao.core.data.Formulas.Lookup sums(List<Program> programs, List<Indicator> catalogue, int year) {
        return (indicator, disaggregation, category, periodOffset) -> {
            Indicator ind = catalogue.get(indicator);
            BigDecimal sum = null;
            for (Program program : programs) {
                for (ProgramResult r : program.results()) {
                    if (!r.indicator().equals(ind.code()) || !(r.period() instanceof Period.Year y) || y.year() != year - periodOffset) continue;
                    if (disaggregation >= 0 && category >= 0) {
                        String code = ind.disaggregations().get(disaggregation).code();
                        String wanted = ind.disaggregations().get(disaggregation).categories().get(category).code();
                        if (!wanted.equals(r.categories().get(code))) continue;
                    }
                    sum = sum == null ? r.value() : sum.add(r.value());
                }
            }
            return sum;
        };
    }
}
