package vn.baocao.core.validation;

import com.google.inject.Injector;
import java.util.Map;
import java.util.function.Function;
import vn.baocao.api.spi.PlatformServices;
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
    private final Map<Class<?>, Function<PlatformServices, ?>> madeByPlugins;
    private final PlatformServices services;

    GuiceConstraintValidatorFactory(Injector injector, ConstraintValidatorFactory builtIn,
                                    Map<Class<?>, Function<PlatformServices, ?>> madeByPlugins, PlatformServices services) {
        this.injector = injector;
        this.builtIn = builtIn;
        this.madeByPlugins = Map.copyOf(madeByPlugins);
        this.services = services;
    }

    @Override
    public <T extends ConstraintValidator<?, ?>> T getInstance(Class<T> type) {
        Function<PlatformServices, ?> factory = madeByPlugins.get(type);
        if (factory != null) {
            // a plugin makes its own validators, so that it need not open its packages to Guice
            return type.cast(factory.apply(services));
        }
        return type.getName().startsWith("org.hibernate.validator.") ? builtIn.getInstance(type) : injector.getInstance(type);
    }

    @Override
    public void releaseInstance(ConstraintValidator<?, ?> instance) {
        // Guice-built validators hold no resources
    }
}
