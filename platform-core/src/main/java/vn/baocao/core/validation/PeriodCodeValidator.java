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
    private Set<PeriodType> allowed;

    @Override
    public void initialize(PeriodCode annotation) {
        allowed = PeriodCodes.allowed(annotation);
    }

    @Override
    public boolean isValid(Period period, ConstraintValidatorContext context) {
        return period == null || PeriodCodes.check(period, allowed, context);
    }

    /** The check shared by the period and the text-code validators. */
    static final class PeriodCodes {
        private PeriodCodes() {}

        /** The types the annotation allows; all of them when it names none. */
        static Set<PeriodType> allowed(PeriodCode annotation) {
            return annotation.types().length == 0 ? EnumSet.allOf(PeriodType.class) : EnumSet.copyOf(Arrays.asList(annotation.types()));
        }

        static boolean check(Period period, Set<PeriodType> allowed, ConstraintValidatorContext context) {
            String types = allowed.stream().map(Enum::name).collect(Collectors.joining(", "));
            return Parameters.add(context, "code", period.code()).add("types", types).accept(allowed.contains(period.type()));
        }
    }
}
