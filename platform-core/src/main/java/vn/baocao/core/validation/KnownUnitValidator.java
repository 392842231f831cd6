package vn.baocao.core.validation;

import jakarta.inject.Inject;
import jakarta.validation.ConstraintValidator;
import jakarta.validation.ConstraintValidatorContext;
import vn.baocao.api.constraints.KnownUnit;
import vn.baocao.api.service.UnitDirectory;

/** Checks {@link KnownUnit} against the platform's unit directory. */
public final class KnownUnitValidator implements ConstraintValidator<KnownUnit, String> {
    private final UnitDirectory units;

    @Inject
    public KnownUnitValidator(UnitDirectory units) {
        this.units = units;
    }

    @Override
    public boolean isValid(String code, ConstraintValidatorContext context) {
        return code == null || Parameters.add(context, "code", code).accept(units.isKnown(code));
    }
}
