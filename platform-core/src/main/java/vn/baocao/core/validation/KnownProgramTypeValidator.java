package vn.baocao.core.validation;

import jakarta.inject.Inject;
import jakarta.validation.ConstraintValidator;
import jakarta.validation.ConstraintValidatorContext;
import java.util.stream.Collectors;
import vn.baocao.api.constraints.KnownProgramType;
import vn.baocao.api.program.ProgramType;
import vn.baocao.api.service.IndicatorCatalog;

/** Checks {@link KnownProgramType} against the program types of the loaded plugins. */
public final class KnownProgramTypeValidator implements ConstraintValidator<KnownProgramType, String> {
    private final IndicatorCatalog catalog;

    @Inject
    public KnownProgramTypeValidator(IndicatorCatalog catalog) {
        this.catalog = catalog;
    }

    @Override
    public boolean isValid(String id, ConstraintValidatorContext context) {
        if (id == null) {
            return true;
        }
        String known = catalog.programTypes().stream().map(ProgramType::id).collect(Collectors.joining(", "));
        return Parameters.add(context, "id", id).add("known", known.isEmpty() ? "—" : known)
                .accept(catalog.programType(id).isPresent());
    }
}
