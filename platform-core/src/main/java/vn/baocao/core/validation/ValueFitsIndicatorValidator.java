package vn.baocao.core.validation;

import jakarta.inject.Inject;
import jakarta.validation.ConstraintValidator;
import jakarta.validation.ConstraintValidatorContext;
import java.math.BigDecimal;
import java.util.Optional;
import vn.baocao.api.constraints.ValueFitsIndicator;
import vn.baocao.api.indicator.Indicator;
import vn.baocao.api.indicator.ValueType;
import vn.baocao.api.program.ProgramResult;
import vn.baocao.api.service.IndicatorCatalog;

/**
 * Checks {@link ValueFitsIndicator}: a count or an amount of money is a whole number not below
 * zero, a percentage lies between 0 and 100, a yes/no is 0 or 1.
 */
public final class ValueFitsIndicatorValidator implements ConstraintValidator<ValueFitsIndicator, ProgramResult> {
    private static final BigDecimal HUNDRED = BigDecimal.valueOf(100);
    private final IndicatorCatalog catalog;

    @Inject
    public ValueFitsIndicatorValidator(IndicatorCatalog catalog) {
        this.catalog = catalog;
    }

    @Override
    public boolean isValid(ProgramResult result, ConstraintValidatorContext context) {
        if (result == null || result.value() == null || result.indicator() == null) {
            return true;
        }
        Optional<Indicator> indicator = catalog.indicator(result.indicator());
        if (indicator.isEmpty()) {
            return true; // reported by @KnownIndicator
        }
        ValueType type = indicator.get().valueType();
        BigDecimal v = result.value();
        boolean whole = v.stripTrailingZeros().scale() <= 0;
        boolean fits = switch (type) {
            case COUNT, MONEY -> whole && v.signum() >= 0;
            case INTEGER -> whole;
            case NUMBER -> true;
            case PERCENTAGE -> v.signum() >= 0 && v.compareTo(HUNDRED) <= 0;
            case BOOLEAN -> v.compareTo(BigDecimal.ZERO) == 0 || v.compareTo(BigDecimal.ONE) == 0;
        };
        if (fits) {
            return true;
        }
        context.disableDefaultConstraintViolation();
        Parameters.add(context, "code", result.indicator()).add("value", v.toPlainString());
        context.buildConstraintViolationWithTemplate("{vn.baocao.constraints.ValueFitsIndicator." + type.name() + "}")
                .addPropertyNode("value").addConstraintViolation();
        return false;
    }
}
