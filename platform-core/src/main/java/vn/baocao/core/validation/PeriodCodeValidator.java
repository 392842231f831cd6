package vn.baocao.core.validation;

import jakarta.validation.ConstraintValidator;
import jakarta.validation.ConstraintValidatorContext;
import java.util.Arrays;
import java.util.EnumSet;
import java.util.Set;
import java.util.stream.Collectors;
import vn.baocao.api.constraints.PeriodCode;
import vn.baocao.api.period.Period;
import vn.baocao.api.period.PeriodType;

/** Checks {@link PeriodCode} on a period: that it is of one of the allowed types. */
public final class PeriodCodeValidator implements ConstraintValidator<PeriodCode, Period> {
    private Set<PeriodType> allowed = EnumSet.allOf(PeriodType.class);

    @Override
    public void initialize(PeriodCode annotation) {
        if (annotation.types().length > 0) {
            allowed = EnumSet.copyOf(Arrays.asList(annotation.types()));
        }
    }

    @Override
    public boolean isValid(Period period, ConstraintValidatorContext context) {
        return period == null || PeriodCodes.check(period, allowed, context);
    }

    /** The check shared by the period and the text-code validators. */
    static final class PeriodCodes {
        private PeriodCodes() {}

        static boolean check(Period period, Set<PeriodType> allowed, ConstraintValidatorContext context) {
            String types = allowed.stream().map(Enum::name).collect(Collectors.joining(", "));
            return Parameters.add(context, "code", period.code()).add("types", types).accept(allowed.contains(period.type()));
        }
    }
}
