package vn.baocao.api.campaign;

import static org.apiguardian.api.API.Status.STABLE;

import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import java.util.Optional;
import org.apiguardian.api.API;
import vn.baocao.api.constraints.ReasonWhenNotImplemented;
import vn.baocao.api.document.DocumentReference;

/**
 * A model (mô hình) registered under a campaign, such as the seed's "phát huy vai trò của người có
 * uy tín … giảm thiểu tình trạng tảo hôn".
 *
 * @param name what the model is
 * @param field the field it is registered in
 * @param owner who carries it out
 * @param registeredWith the body it is registered with ("Ban Dân vận Tỉnh ủy")
 * @param registration the document that registered it
 * @param status where it stands
 * @param reason why it was not carried out, required for {@link ModelStatus#NOT_IMPLEMENTED}
 */
@API(status = STABLE, since = "0.1")
@ReasonWhenNotImplemented
public record RegisteredModel(
        @NotBlank String name,
        @NotNull ModelField field,
        @NotBlank String owner,
        @NotBlank String registeredWith,
        @NotNull @Valid DocumentReference registration,
        @NotNull ModelStatus status,
        Optional<String> reason) {

    public RegisteredModel {
        reason = reason == null ? Optional.empty() : reason;
    }
}
