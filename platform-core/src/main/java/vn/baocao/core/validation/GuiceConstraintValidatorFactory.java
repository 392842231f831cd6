package vn.baocao.core.validation;

import com.google.inject.Injector;
import jakarta.validation.ConstraintValidator;
import jakarta.validation.ConstraintValidatorFactory;

/**
 * Builds constraint validators with Guice, so that the platform's validators and those contributed
 * by plugins can have platform services injected ({@code @Inject} constructor). Hibernate
 * Validator's built-in validators stay with its own factory.
 */
final class GuiceConstraintValidatorFactory implements ConstraintValidatorFactory {
    private final Injector injector;
    private final ConstraintValidatorFactory builtIn;

    GuiceConstraintValidatorFactory(Injector injector, ConstraintValidatorFactory builtIn) {
        this.injector = injector;
        this.builtIn = builtIn;
    }

    @Override
    public <T extends ConstraintValidator<?, ?>> T getInstance(Class<T> type) {
        return type.getName().startsWith("org.hibernate.validator.") ? builtIn.getInstance(type) : injector.getInstance(type);
    }

    @Override
    public void releaseInstance(ConstraintValidator<?, ?> instance) {
        // Guice-built validators hold no resources
    }
}
