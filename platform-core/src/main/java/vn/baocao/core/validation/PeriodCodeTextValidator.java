package vn.baocao.core.validation;

import jakarta.validation.ConstraintValidator;
import jakarta.validation.ConstraintValidatorContext;
import java.util.Set;
import vn.baocao.api.constraints.PeriodCode;
import vn.baocao.api.period.Period;
import vn.baocao.api.period.PeriodFormatException;
import vn.baocao.api.period.PeriodType;

/** Checks {@link PeriodCode} on a period written as text: that it parses and is of an allowed type. */
public final class PeriodCodeTextValidator implements ConstraintValidator<PeriodCode, String> {
    private Set<PeriodType> allowed;

    @Override
    public void initialize(PeriodCode annotation) {
        allowed = PeriodCodeValidator.PeriodCodes.allowed(annotation);
    }

    @Override
    public boolean isValid(String code, ConstraintValidatorContext context) {
        if (code == null) {
            return true;
        }
        try {
            return PeriodCodeValidator.PeriodCodes.check(Period.parse(code), allowed, context);
        } catch (PeriodFormatException e) {
            Parameters.add(context, "code", code).add("types", allowed.toString());
            return false;
        }
    }
}
