package vn.baocao.server.web;

import io.javalin.http.Context;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import vn.baocao.api.indicator.Aggregation;
import vn.baocao.api.indicator.Indicator;
import vn.baocao.api.indicator.Target;
import vn.baocao.api.period.Period;
import vn.baocao.api.program.ProgramType;
import vn.baocao.api.text.VietnameseNumbers;
import vn.baocao.api.unit.AdministrativeUnit;
import vn.baocao.core.data.Rollup;
import vn.baocao.server.ApiProblem;
import vn.baocao.server.Rollups;
import vn.baocao.server.User;

/**
 * The roll-up of an indicator by the unit tree, province then commune, as the API's {@code /api/rollup}
 * computes it (approved values unless asked otherwise): the year before beside it, the targets,
 * bars by unit and a line over the periods before, and the same table as CSV.
 */
public final class FiguresPage {
    private final PageSupport pages;

    FiguresPage(PageSupport pages) {
        this.pages = pages;
    }

    /** @param number the figure itself (null: none), {@code value} as the reader writes it */
    public record Row(String unit, String name, BigDecimal number, BigDecimal numberBefore, String value, String yearBefore, String change,
                      String target, String link) {}

    public record Figures(List<ReviewPages.Choice> programs, String program, List<ReviewPages.Choice> indicators, String indicator,
                          String indicatorName, String unitOfMeasure, String period, String yearBefore, String unit, String unitName,
                          boolean all, List<Row> rows, Row total, String bars, String line, List<String> notes, String query) {
        /** The table as it is downloaded: the chosen unit's total first, then its units. */
        List<Row> totalAndRows() {
            List<Row> all = new ArrayList<>(rows);
            if (total != null) all.add(0, total);
            return all;
        }
    }

    void page(Context ctx) {
        Optional<PageSupport.Visit> visit = pages.visit(ctx);
        if (visit.isEmpty()) return;
        try {
            pages.render(ctx, 200, "figures.jte", Map.of("t", visit.get().t(), "chrome", pages.chrome(visit.get(), "figures"),
                    "f", figures(ctx, visit.get())));
        } catch (ApiProblem e) {
            pages.problem(ctx, visit.get(), e);
        }
    }

    void csv(Context ctx) {
        Optional<PageSupport.Visit> visit = pages.visit(ctx);
        if (visit.isEmpty()) return;
        Figures f;
        try {
            f = figures(ctx, visit.get());
        } catch (ApiProblem e) {
            pages.problem(ctx, visit.get(), e);
            return;
        }
        StringBuilder csv = new StringBuilder("unit,name,indicator,period,value,year_before,value_year_before\n");
        List<Row> rows = f.totalAndRows();
        for (Row r : rows) {
            csv.append(r.unit()).append(',').append(quoted(r.name())).append(',').append(f.indicator()).append(',').append(f.period()).append(',')
                    .append(plain(r.number())).append(',').append(f.yearBefore()).append(',').append(plain(r.numberBefore())).append('\n');
        }
        ctx.header("Content-Disposition", "attachment; filename=\"" + f.indicator() + "-" + f.period() + ".csv\"");
        // a byte-order mark, so that a spreadsheet opens the Vietnamese names as UTF-8
        ctx.contentType("text/csv; charset=utf-8").result(("\uFEFF" + csv).getBytes(StandardCharsets.UTF_8));
    }

    /** The same table as an Excel workbook, figures as numbers. */
    void xlsx(Context ctx) {
        Optional<PageSupport.Visit> visit = pages.visit(ctx);
        if (visit.isEmpty()) return;
        Text t = visit.get().t();
        Figures f;
        try {
            f = figures(ctx, visit.get());
        } catch (ApiProblem e) {
            pages.problem(ctx, visit.get(), e);
            return;
        }
        List<Row> rows = f.totalAndRows();
        List<List<Object>> cells = new ArrayList<>();
        for (Row r : rows) cells.add(java.util.Arrays.asList(r.unit(), r.name(), r.number(), r.numberBefore(), r.change(), r.target()));
        byte[] book = vn.baocao.excel.TableWorkbook.write(f.indicator() + " " + f.period(),
                f.indicatorName() + " (" + f.unitOfMeasure() + "), " + f.period() + (f.unitName().isEmpty() ? "" : ", " + f.unitName()),
                List.of(t.get("web.figures.code"), t.get("web.forms.unit"), f.period(), f.yearBefore(), t.get("web.figures.change"),
                        t.get("web.figures.target")), cells);
        ctx.header("Content-Disposition", "attachment; filename=\"" + f.indicator() + "-" + f.period() + ".xlsx\"");
        ctx.contentType("application/vnd.openxmlformats-officedocument.spreadsheetml.sheet").result(book);
    }

    private static String plain(BigDecimal number) {
        return number == null ? "" : number.toPlainString();
    }

    private static String quoted(String text) {
        return "\"" + text.replace("\"", "\"\"") + "\"";
    }

    private Figures figures(Context ctx, PageSupport.Visit visit) {
        Services s = pages.services;
        Text t = visit.t();
        User user = visit.user();
        List<ProgramType> types = s.registry().programTypes();
        ProgramType type = types.stream().filter(p -> p.id().equals(ctx.queryParam("program"))).findFirst().orElse(types.get(0));
        List<Indicator> indicators = s.registry().indicatorsOf(type.id());
        Indicator indicator = indicators.stream().filter(i -> i.code().equals(ctx.queryParam("indicator"))).findFirst().orElse(indicators.get(0));
        String periodText = Optional.ofNullable(ctx.queryParam("period")).filter(p -> !p.isBlank()).orElse(Integer.toString(s.deadlines().today().getYear()));
        Period period;
        try {
            period = Period.parse(periodText.strip());
        } catch (IllegalArgumentException e) {
            throw ApiProblem.of(400, "rollup.badPeriod", periodText);
        }
        boolean all = "all".equals(ctx.queryParam("values"));
        Period before = vn.baocao.core.data.PeriodSteps.yearBefore(period);
        Rollup.Result now = s.rollups().of(indicator.code(), period, !all);
        Rollup.Result then = s.rollups().of(indicator.code(), before, !all);
        String unit = Optional.ofNullable(ctx.queryParam("unit")).filter(u -> !u.isBlank()).orElse("");
        java.time.LocalDate day = period.end();
        String query = "program=" + type.id() + "&indicator=" + indicator.code() + "&period=" + period.code() + (all ? "&values=all" : "");
        List<Row> rows = new ArrayList<>();
        Row total = null;
        String unitName = "";
        boolean province = false;
        if (unit.isEmpty()) {
            for (AdministrativeUnit p : s.units().units()) {
                if (p.parentCode().isPresent() || !p.existsOn(day) || !s.rights().mayRead(user, p.code(), day)) continue;
                if (!now.byProvince().containsKey(p.code()) && !then.byProvince().containsKey(p.code())) continue;
                rows.add(row(p, now.byProvince(), then.byProvince(), indicator, period, t, "/figures?" + query + "&unit=" + p.code()));
            }
            if (rows.isEmpty()) {
                // someone who reads a commune, not its province: their communes
                for (String code : now.byCommune().keySet()) {
                    if (!s.rights().mayRead(user, code, day)) continue;
                    s.units().unit(code, day).ifPresent(u -> rows.add(row(u, now.byCommune(), then.byCommune(), indicator, period, t, "")));
                }
            }
        } else {
            AdministrativeUnit chosen = s.units().unit(unit, day).orElseThrow(() -> ApiProblem.of(404, "units.unknown", unit, day));
            if (!s.rights().mayRead(user, unit, day)) throw ApiProblem.of(403, "submission.notYours", unit);
            unitName = chosen.name();
            province = chosen.parentCode().isEmpty();
            Map<String, BigDecimal> level = chosen.parentCode().isEmpty() ? now.byProvince() : now.byCommune();
            Map<String, BigDecimal> levelBefore = chosen.parentCode().isEmpty() ? then.byProvince() : then.byCommune();
            total = row(chosen, level, levelBefore, indicator, period, t, "");
            for (AdministrativeUnit child : s.units().children(unit, day)) {
                rows.add(row(child, now.byCommune(), then.byCommune(), indicator, period, t, ""));
            }
        }
        List<Charts.Bar> bars = new ArrayList<>();
        // a bar for each unit with a figure: a province's many communes without one would only lengthen the chart
        for (Row r : rows) if (r.number() != null) bars.add(new Charts.Bar(r.name(), r.number()));
        String barsSvg = bars.isEmpty() ? "" : Charts.bars(t.get("web.figures.barsTitle", indicator.name().in(t.locale()), period.code()), bars, t.locale());
        String lineSvg = "";
        if (total != null) {
            List<Charts.Bar> points = new ArrayList<>();
            Period p = period;
            for (int i = 0; i < 6; i++) {
                Rollup.Result r = i == 0 ? now : s.rollups().of(indicator.code(), p, !all);
                Map<String, BigDecimal> level = province ? r.byProvince() : r.byCommune();
                points.add(0, new Charts.Bar(p.code(), level.get(total.unit())));
                p = vn.baocao.core.data.PeriodSteps.previous(p);
            }
            lineSvg = Charts.line(t.get("web.figures.lineTitle", indicator.name().in(t.locale()), unitName), points, t.locale());
        }
        List<ReviewPages.Choice> programs = types.stream().map(p -> new ReviewPages.Choice(p.id(), p.name().in(t.locale()))).toList();
        List<ReviewPages.Choice> choices = indicators.stream().map(i -> new ReviewPages.Choice(i.code(), i.name().in(t.locale()))).toList();
        List<String> notes = new ArrayList<>(Rollups.notes(now, t.messages()));
        if (!indicator.aggregation().equals(Aggregation.SUM)) notes.add(t.get("web.figures.aggregation", indicator.aggregation().overUnits() + "/" + indicator.aggregation().overTime()));
        return new Figures(programs, type.id(), choices, indicator.code(), indicator.name().in(t.locale()), indicator.unitOfMeasure().in(t.locale()),
                period.code(), before.code(), unit, unitName, all, rows, total, barsSvg, lineSvg, notes, query);
    }

    private Row row(AdministrativeUnit unit, Map<String, BigDecimal> now, Map<String, BigDecimal> then, Indicator indicator, Period period,
                    Text t, String link) {
        BigDecimal value = now.get(unit.code());
        BigDecimal before = then.get(unit.code());
        String change = value != null && before != null
                ? VietnameseNumbers.changePercent(before, value).map(c -> (c.signum() > 0 ? "+" : "") + EntryGrid.shown(c.setScale(1, java.math.RoundingMode.HALF_UP), t.locale()) + " %").orElse("")
                : "";
        return new Row(unit.code(), unit.name(), value, before, value == null ? "" : EntryGrid.shown(value, t.locale()),
                before == null ? "" : EntryGrid.shown(before, t.locale()), change, target(indicator, period, value, before, t), link);
    }

    /** Whether a yearly figure meets the targets of its indicator for that year, said with where the target is set. */
    private static String target(Indicator indicator, Period period, BigDecimal value, BigDecimal before, Text t) {
        if (!(period instanceof Period.Year) || value == null) return "";
        List<String> said = new ArrayList<>();
        for (Target target : indicator.targets()) {
            if (!period.within(target.period())) continue;
            Optional<Boolean> met = switch (target.kind()) {
                case AT_LEAST -> Optional.of(value.compareTo(target.value()) >= 0);
                case AT_MOST -> Optional.of(value.compareTo(target.value()) <= 0);
                case ANNUAL_DECREASE_PERCENT -> before == null ? Optional.empty()
                        : VietnameseNumbers.changePercent(before, value).map(c -> c.compareTo(target.value().negate()) <= 0);
                case ANNUAL_INCREASE_PERCENT -> before == null ? Optional.empty()
                        : VietnameseNumbers.changePercent(before, value).map(c -> c.compareTo(target.value()) >= 0);
            };
            said.add(t.get("web.figures.target." + target.kind(), EntryGrid.shown(target.value(), t.locale()), target.source().in(t.locale()))
                    + (met.isEmpty() ? "" : ": " + t.get(met.get() ? "web.figures.met" : "web.figures.notMet")));
        }
        return String.join("; ", said);
    }
}
