package vn.baocao.api.campaign;

import static org.apiguardian.api.API.Status.STABLE;

import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import java.util.List;
import org.apiguardian.api.API;
import vn.baocao.api.constraints.PeriodCode;
import vn.baocao.api.document.DocumentReference;
import vn.baocao.api.internal.Lists;
import vn.baocao.api.period.Period;
import vn.baocao.api.period.PeriodType;

/**
 * An emulation campaign (phong trào thi đua) as an agency carries it out.
 *
 * @param name the campaign's name ("Dân vận khéo")
 * @param phase the years it runs
 * @param launchingDocuments the documents that launched it (plans of the Party committee and the People's Committee)
 * @param guidingDocuments the documents that guide it (guidance on registering models)
 * @param models the models the agency registered
 * @param activities what was done under it
 * @param commendations commendations proposed or granted
 */
@API(status = STABLE, since = "0.1")
public record Campaign(
        @NotBlank String name,
        @NotNull @PeriodCode(types = PeriodType.PHASE) Period phase,
        List<@NotNull @Valid DocumentReference> launchingDocuments,
        List<@NotNull @Valid DocumentReference> guidingDocuments,
        List<@NotNull @Valid RegisteredModel> models,
        List<@NotNull @Valid Activity> activities,
        List<@NotNull @Valid Commendation> commendations) {

    public Campaign {
        launchingDocuments = Lists.copy(launchingDocuments);
        guidingDocuments = Lists.copy(guidingDocuments);
        models = Lists.copy(models);
        activities = Lists.copy(activities);
        commendations = Lists.copy(commendations);
    }
}
