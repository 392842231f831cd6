package vn.baocao.api.program;

import static org.apiguardian.api.API.Status.INTERNAL;
import static org.apiguardian.api.API.Status.STABLE;

import jakarta.validation.Valid;
import jakarta.validation.constraints.NotEmpty;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import java.util.ArrayList;
import java.util.List;
import org.apiguardian.api.API;
import vn.baocao.api.document.DocumentReference;
import vn.baocao.api.internal.Lists;
import vn.baocao.api.internal.Required;
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

    /**
     * The canonical constructor, for reading code and the platform. A plugin builds one with
     * {@link #builder} instead: a record may gain components, and its canonical constructor with them.
     */
    @API(status = INTERNAL, since = "0.2")
    public ProgramType {
        legalBasis = Lists.copy(legalBasis);
        indicatorCodes = Lists.copy(indicatorCodes);
    }

    /** Starts a program type; its name and at least one document of its legal basis are required. */
    @API(status = STABLE, since = "0.2")
    public static Builder builder(String id) {
        return new Builder(id);
    }

    /** Builds a {@link ProgramType}. */
    @API(status = STABLE, since = "0.2")
    public static final class Builder {
        private final String id;
        private LocalizedText name;
        private final List<DocumentReference> legalBasis = new ArrayList<>();
        private final List<String> indicatorCodes = new ArrayList<>();

        private Builder(String id) {
            this.id = id;
        }

        public Builder name(String vietnamese, String english) {
            this.name = LocalizedText.of(vietnamese, english);
            return this;
        }

        /** Adds a document that establishes the program (a decision, a plan). */
        public Builder legalBasis(DocumentReference document) {
            legalBasis.add(document);
            return this;
        }

        /** Adds the indicators the program is measured by, in the order forms and reports list them. */
        public Builder indicators(String... codes) {
            indicatorCodes.addAll(List.of(codes));
            return this;
        }

        /** @throws IllegalStateException naming the part left out */
        public ProgramType build() {
            String built = "program type " + id;
            Required.part(id, "program type", "id", "ProgramType.builder(id)");
            if (legalBasis.isEmpty()) {
                throw new IllegalStateException(built + ": a legal basis is required; add it with legalBasis(…)");
            }
            return new ProgramType(id, Required.part(name, built, "name", "name(vi, en)"), legalBasis, indicatorCodes);
        }
    }
}
