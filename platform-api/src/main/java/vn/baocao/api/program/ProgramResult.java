package vn.baocao.api.program;

import static org.apiguardian.api.API.Status.STABLE;

import jakarta.validation.constraints.NotNull;
import java.math.BigDecimal;
import java.util.Map;
import java.util.Optional;
import org.apiguardian.api.API;
import vn.baocao.api.constraints.KnownIndicator;
import vn.baocao.api.constraints.PeriodCode;
import vn.baocao.api.constraints.ValueFitsIndicator;
import vn.baocao.api.period.Period;

/**
 * A figure a program reports for one of its indicators over a period ("Tết 2023: 51,300
 * households").
 *
 * @param indicator the indicator's code
 * @param period the period the figure covers
 * @param categories the category of each disaggregation, by disaggregation code ({@code SEX: F}); empty for a total
 * @param value the figure
 * @param note a remark shown beside it
 */
@API(status = STABLE, since = "0.1")
@ValueFitsIndicator
public record ProgramResult(
        @NotNull @KnownIndicator String indicator,
        @NotNull @PeriodCode Period period,
        Map<@NotNull String, @NotNull String> categories,
        @NotNull BigDecimal value,
        Optional<String> note) {

    public ProgramResult {
        categories = categories == null ? Map.of() : java.util.Collections.unmodifiableMap(new java.util.LinkedHashMap<>(categories));
        note = note == null ? Optional.empty() : note;
    }
}
