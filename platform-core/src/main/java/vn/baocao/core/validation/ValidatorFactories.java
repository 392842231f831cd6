package vn.baocao.core.validation;

import com.google.inject.Injector;
import jakarta.validation.ConstraintValidator;
import jakarta.validation.Validation;
import jakarta.validation.ValidatorFactory;
import java.lang.annotation.Annotation;
import java.lang.reflect.ParameterizedType;
import java.lang.reflect.Type;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.hibernate.validator.HibernateValidator;
import org.hibernate.validator.HibernateValidatorConfiguration;
import org.hibernate.validator.cfg.ConstraintMapping;
import vn.baocao.api.constraints.DocumentSymbol;
import vn.baocao.api.constraints.KnownIndicator;
import vn.baocao.api.constraints.KnownProgramType;
import vn.baocao.api.constraints.KnownUnit;
import vn.baocao.api.constraints.MatchingDocumentType;
import vn.baocao.api.constraints.PeriodCode;
import vn.baocao.api.constraints.ReasonWhenNotImplemented;
import vn.baocao.api.constraints.ValueFitsIndicator;
import vn.baocao.core.i18n.Messages;
import vn.baocao.core.plugin.LoadedPlugin;

/**
 * Builds the Hibernate Validator factory: the API's constraints get the platform's validators,
 * plugins' validators (found per module layer by the loader) are registered by hand because
 * Hibernate Validator's own lookup cannot see plugin layers, messages come from the platform's
 * bundles, and every validator is built by Guice.
 */
public final class ValidatorFactories {
    private ValidatorFactories() {}

    public static ValidatorFactory build(Messages messages, Injector injector, List<LoadedPlugin> plugins) {
        HibernateValidatorConfiguration configuration = Validation.byProvider(HibernateValidator.class)
                .providerResolver(() -> List.of(new HibernateValidator()))
                .configure()
                .messageInterpolator(new BundleMessageInterpolator(messages));
        Map<Class<?>, java.util.function.Function<vn.baocao.api.spi.PlatformServices, ?>> made = new LinkedHashMap<>();
        plugins.forEach(p -> made.putAll(p.validatorFactories()));
        vn.baocao.api.spi.PlatformServices services = new vn.baocao.api.spi.PlatformServices() {
            @Override
            public vn.baocao.api.service.IndicatorCatalog indicators() {
                return injector.getInstance(vn.baocao.api.service.IndicatorCatalog.class);
            }

            @Override
            public vn.baocao.api.service.UnitDirectory units() {
                return injector.getInstance(vn.baocao.api.service.UnitDirectory.class);
            }
        };
        configuration.constraintValidatorFactory(
                new GuiceConstraintValidatorFactory(injector, configuration.getDefaultConstraintValidatorFactory(), made, services));
        ConstraintMapping mapping = configuration.createConstraintMapping();
        mapping.constraintDefinition(KnownUnit.class).validatedBy(KnownUnitValidator.class);
        mapping.constraintDefinition(KnownIndicator.class).validatedBy(KnownIndicatorValidator.class);
        mapping.constraintDefinition(KnownProgramType.class).validatedBy(KnownProgramTypeValidator.class);
        mapping.constraintDefinition(PeriodCode.class).validatedBy(PeriodCodeValidator.class).validatedBy(PeriodCodeTextValidator.class);
        mapping.constraintDefinition(DocumentSymbol.class).validatedBy(DocumentSymbolValidator.class);
        mapping.constraintDefinition(MatchingDocumentType.class).validatedBy(MatchingDocumentTypeValidator.class);
        mapping.constraintDefinition(ValueFitsIndicator.class).validatedBy(ValueFitsIndicatorValidator.class);
        mapping.constraintDefinition(ReasonWhenNotImplemented.class).validatedBy(ReasonWhenNotImplementedValidator.class);
        // one definition per annotation: Hibernate Validator refuses a second one
        Map<Class<? extends Annotation>, List<Class<?>>> byAnnotation = new LinkedHashMap<>();
        for (LoadedPlugin plugin : plugins) {
            for (Class<?> validator : plugin.constraintValidators()) {
                constrainedAnnotation(validator).ifPresent(a -> byAnnotation.computeIfAbsent(a, k -> new ArrayList<>()).add(validator));
            }
        }
        byAnnotation.forEach((annotation, validators) -> register(mapping, annotation, validators));
        configuration.addMapping(mapping);
        return configuration.buildValidatorFactory();
    }

    @SuppressWarnings({"unchecked", "rawtypes"})
    private static void register(ConstraintMapping mapping, Class<? extends Annotation> annotation, List<Class<?>> validators) {
        var definition = mapping.constraintDefinition((Class) annotation).includeExistingValidators(true);
        for (Class<?> validator : validators) {
            definition = definition.validatedBy((Class) validator);
        }
    }

    /** The {@code A} of {@code ConstraintValidator<A, T>} that a validator class implements. */
    static Optional<Class<? extends Annotation>> constrainedAnnotation(Class<?> validator) {
        for (Class<?> c = validator; c != null && c != Object.class; c = c.getSuperclass()) {
            for (Type type : c.getGenericInterfaces()) {
                if (type instanceof ParameterizedType p && p.getRawType() == ConstraintValidator.class
                        && p.getActualTypeArguments()[0] instanceof Class<?> annotation && annotation.isAnnotation()) {
                    return Optional.of(annotation.asSubclass(Annotation.class));
                }
            }
        }
        return Optional.empty();
    }
}
