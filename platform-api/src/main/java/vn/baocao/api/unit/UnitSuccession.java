package vn.baocao.api.unit;

import static org.apiguardian.api.API.Status.STABLE;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotEmpty;
import jakarta.validation.constraints.NotNull;
import java.time.LocalDate;
import java.util.List;
import org.apiguardian.api.API;
import vn.baocao.api.internal.Lists;

/**
 * A reorganisation step: a unit that ceased to exist and the unit or units that took over its area.
 * More than one successor means the old unit was split, and figures recorded under it cannot be
 * attributed to one successor without a rule.
 *
 * @param fromCode the code of the unit that ceased
 * @param toCodes the successors' codes
 * @param effective the first day of the new arrangement
 * @param legalBasis the resolution (and its article) that decided it
 */
@API(status = STABLE, since = "0.1")
public record UnitSuccession(
        @NotBlank String fromCode,
        @NotEmpty List<@NotBlank String> toCodes,
        @NotNull LocalDate effective,
        @NotBlank String legalBasis) {

    public UnitSuccession {
        toCodes = Lists.copy(toCodes);
    }

    public boolean isSplit() {
        return toCodes.size() > 1;
    }
}
