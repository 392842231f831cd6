package vn.baocao.api.indicator;

import static org.apiguardian.api.API.Status.STABLE;

import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import java.math.BigDecimal;
import org.apiguardian.api.API;
import vn.baocao.api.constraints.PeriodCode;
import vn.baocao.api.period.Period;
import vn.baocao.api.text.LocalizedText;

/**
 * A target an indicator is measured against, as its legal basis sets it ("reduce child-marriage
 * couples by 2–3 % a year": {@code ANNUAL_DECREASE_PERCENT 2} over {@code 2015/2025}).
 *
 * @param period the period the target covers
 * @param kind what the number means
 * @param value the number
 * @param source where the target is set ("QĐ 498/QĐ-TTg")
 */
@API(status = STABLE, since = "0.1")
public record Target(
        @NotNull @PeriodCode Period period,
        @NotNull TargetKind kind,
        @NotNull BigDecimal value,
        @NotNull @Valid LocalizedText source) {
}
