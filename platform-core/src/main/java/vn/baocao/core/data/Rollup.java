package vn.baocao.core.data;

import java.math.BigDecimal;
import java.math.MathContext;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeMap;
import vn.baocao.api.period.Period;
import vn.baocao.api.service.UnitDirectory;
import vn.baocao.api.unit.AdministrativeUnit;
import vn.baocao.api.unit.UnitLevel;
import vn.baocao.api.unit.UnitSuccession;
import vn.baocao.core.i18n.MessageRef;

/**
 * Adds up values recorded under the units of their time into the units in force on a later day,
 * through the 2025 reorganisation: an old commune's values go to the commune that took over its
 * area, an old district's and an old province's to the province that took over theirs. Where an old
 * commune was split among several new ones, the {@link SplitRule} decides, and the result says so.
 */
public final class Rollup {

    /** What becomes of the values of a commune split among several successors. */
    public enum SplitRule {
        /** All of it goes to the successor the resolution names first. */
        FIRST_SUCCESSOR,
        /** It is shared equally among the successors. */
        EQUAL_SHARES
    }

    /**
     * The totals in today's units.
     *
     * @param byCommune totals by code of the communes in force on the day
     * @param byProvince totals by code of the provinces in force on the day
     * @param notes the rules applied, for the report to state (split communes, district-level values)
     */
    public record Result(Map<String, BigDecimal> byCommune, Map<String, BigDecimal> byProvince, List<MessageRef> notes) {}

    private final ValueStore store;
    private final UnitDirectory directory;

    public Rollup(ValueStore store, UnitDirectory directory) {
        this.store = store;
        this.directory = directory;
    }

    /**
     * The values of an indicator and category combination for the periods lying within {@code period},
     * added up into the units in force on {@code day}.
     */
    public Result into(String indicator, int category, Period period, LocalDate day, SplitRule rule) {
        byte[] code = indicator.getBytes(java.nio.charset.StandardCharsets.UTF_8);
        int ind = store.indicators.find(code, 0, code.length);
        Map<String, BigDecimal> communes = new TreeMap<>();
        Map<String, BigDecimal> provinces = new TreeMap<>();
        Set<MessageRef> notes = new LinkedHashSet<>();
        if (ind < 0) {
            return new Result(communes, provinces, List.of());
        }
        for (int r = 0, n = store.rows(); r < n; r++) {
            int series = store.rowSeries(r);
            if (store.seriesIndicator(series) != ind || store.seriesCategory(series) != category
                    || !store.periods.period(store.rowPeriod(r)).within(period)) {
                continue;
            }
            BigDecimal value = store.decimal(r);
            AdministrativeUnit unit = store.units.unit(store.seriesUnit(series));
            if (unit.level() == UnitLevel.COMMUNE) {
                List<AdministrativeUnit> successors = communesOn(unit, day);
                if (successors.size() > 1) {
                    notes.add(MessageRef.of("rollup.split." + rule.name(), unit.name(), unit.code(),
                            String.join(", ", successors.stream().map(s -> s.name() + " (" + s.code() + ")").toList()),
                            directory.succession(unit.code()).map(UnitSuccession::legalBasis).orElse("")));
                }
                for (int i = 0; i < successors.size(); i++) {
                    if (rule == SplitRule.FIRST_SUCCESSOR && i > 0) continue;
                    BigDecimal share = rule == SplitRule.EQUAL_SHARES
                            ? value.divide(BigDecimal.valueOf(successors.size()), MathContext.DECIMAL128) : value;
                    AdministrativeUnit successor = successors.get(i);
                    communes.merge(successor.code(), share, BigDecimal::add);
                    successor.parentCode().ifPresent(p -> provinces.merge(p, share, BigDecimal::add));
                }
            } else {
                if (unit.level() == UnitLevel.DISTRICT) {
                    notes.add(MessageRef.of("rollup.district", unit.name(), unit.code()));
                }
                provinceOn(unit, day).ifPresent(p -> provinces.merge(p.code(), value, BigDecimal::add));
            }
        }
        return new Result(communes, provinces, new ArrayList<>(notes));
    }

    /** The communes in force on the day that carry on a commune's area, first-named first. */
    private List<AdministrativeUnit> communesOn(AdministrativeUnit commune, LocalDate day) {
        if (commune.existsOn(day)) {
            return List.of(commune);
        }
        return directory.succession(commune.code()).stream()
                .flatMap(s -> s.toCodes().stream())
                .map(c -> directory.unit(c, day))
                .flatMap(Optional::stream)
                .toList();
    }

    /** The province in force on the day that took over a district's or a province's area. */
    private Optional<AdministrativeUnit> provinceOn(AdministrativeUnit unit, LocalDate day) {
        AdministrativeUnit u = unit;
        while (u.level() != UnitLevel.PROVINCE) {
            LocalDate then = u.validity().from();
            Optional<AdministrativeUnit> parent = u.parentCode().flatMap(p -> directory.unit(p, then));
            if (parent.isEmpty()) return Optional.empty();
            u = parent.get();
        }
        if (u.existsOn(day)) return Optional.of(u);
        return directory.succession(u.code()).stream().flatMap(s -> s.toCodes().stream())
                .map(c -> directory.unit(c, day)).flatMap(Optional::stream).findFirst();
    }
}
