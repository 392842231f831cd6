package vn.baocao.api.program;

import static org.apiguardian.api.API.Status.STABLE;

import jakarta.validation.Valid;
import jakarta.validation.constraints.NotEmpty;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import java.util.List;
import org.apiguardian.api.API;
import vn.baocao.api.document.DocumentReference;
import vn.baocao.api.internal.Lists;
import vn.baocao.api.text.LocalizedText;

/**
 * A kind of policy program, contributed by a plugin: child-marriage reduction, legal education,
 * Tết essential goods, …
 *
 * @param id lower-case id, unique on the platform ({@code child-marriage})
 * @param name the name in Vietnamese and English
 * @param legalBasis the documents that establish it
 * @param indicatorCodes the codes of the indicators it is measured by
 */
@API(status = STABLE, since = "0.1")
public record ProgramType(
        @NotNull @Pattern(regexp = "[a-z][a-z0-9-]{1,63}") String id,
        @NotNull @Valid LocalizedText name,
        @NotEmpty List<@NotNull @Valid DocumentReference> legalBasis,
        List<@NotNull String> indicatorCodes) {

    public ProgramType {
        legalBasis = Lists.copy(legalBasis);
        indicatorCodes = Lists.copy(indicatorCodes);
    }
}
