package vn.baocao.api.campaign;

import static org.apiguardian.api.API.Status.STABLE;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.PositiveOrZero;
import java.util.Optional;
import org.apiguardian.api.API;
import vn.baocao.api.constraints.PeriodCode;
import vn.baocao.api.period.Period;

/**
 * Something done under a campaign: a briefing, a broadcast series, a communication drive.
 *
 * @param description what was done
 * @param period when
 * @param sessions how many sessions or broadcasts, if counted
 * @param participants how many person-attendances (lượt người), if counted
 */
@API(status = STABLE, since = "0.1")
public record Activity(
        @NotBlank String description,
        @NotNull @PeriodCode Period period,
        Optional<@PositiveOrZero Integer> sessions,
        Optional<@PositiveOrZero Integer> participants) {

    public Activity {
        sessions = sessions == null ? Optional.empty() : sessions;
        participants = participants == null ? Optional.empty() : participants;
    }
}
