package vn.baocao.core.validation;

import jakarta.inject.Inject;
import jakarta.validation.ConstraintValidator;
import jakarta.validation.ConstraintValidatorContext;
import vn.baocao.api.constraints.KnownIndicator;
import vn.baocao.api.service.IndicatorCatalog;

/** Checks {@link KnownIndicator} against the indicators of the loaded plugins. */
public final class KnownIndicatorValidator implements ConstraintValidator<KnownIndicator, String> {
    private final IndicatorCatalog catalog;

    @Inject
    public KnownIndicatorValidator(IndicatorCatalog catalog) {
        this.catalog = catalog;
    }

    @Override
    public boolean isValid(String code, ConstraintValidatorContext context) {
        return code == null || Parameters.add(context, "code", code).accept(catalog.indicator(code).isPresent());
    }
}
