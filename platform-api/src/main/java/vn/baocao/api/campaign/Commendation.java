package vn.baocao.api.campaign;

import static org.apiguardian.api.API.Status.STABLE;

import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import java.util.Optional;
import org.apiguardian.api.API;
import vn.baocao.api.document.DocumentReference;

/**
 * A commendation proposed or granted to a collective or an individual under a campaign.
 *
 * @param recipient who is commended
 * @param collective whether the recipient is a collective (tập thể) rather than a person
 * @param form the form of commendation ("Bằng khen của Chủ tịch UBND tỉnh")
 * @param granted whether it was granted, as opposed to proposed
 * @param decision the decision granting it, once granted
 */
@API(status = STABLE, since = "0.1")
public record Commendation(
        @NotBlank String recipient,
        boolean collective,
        @NotBlank String form,
        boolean granted,
        Optional<@Valid DocumentReference> decision) {

    public Commendation {
        decision = decision == null ? Optional.empty() : decision;
    }

}
