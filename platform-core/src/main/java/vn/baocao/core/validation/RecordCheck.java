package vn.baocao.core.validation;

import jakarta.validation.ConstraintViolation;
import jakarta.validation.ValidatorFactory;
import jakarta.validation.Validation;
import jakarta.validation.Validator;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import org.hibernate.validator.HibernateValidator;
import org.hibernate.validator.HibernateValidatorConfiguration;
import org.hibernate.validator.cfg.ConstraintMapping;
import vn.baocao.api.constraints.DocumentSymbol;
import vn.baocao.api.constraints.MatchingDocumentType;
import vn.baocao.api.constraints.PeriodCode;
import vn.baocao.api.text.LocalizedText;
import vn.baocao.core.i18n.Language;
import vn.baocao.core.i18n.Messages;

/**
 * Checks a record a plugin contributes (an indicator, a program type) against the constraints the API
 * declares on it, before anything else sees it: a malformed code is refused with its plugin rather
 * than met later in a report. Only the constraints that need no platform service apply; the
 * contribution is not yet part of a platform. A document of a program's legal basis may be cited
 * without its number, which the plugin may not know; a report source citing it gives the number.
 */
public final class RecordCheck {

    /** The first constraint a record breaks: where in it, and what is wrong in both languages. */
    public record Problem(String path, LocalizedText message) {}

    private final Validator vietnamese;
    private final Validator english;

    /**
     * The one check of the process: it depends only on the API's constraints and the platform's
     * messages, and starting Hibernate Validator is most of what it costs, so each platform started
     * in the same process (a server's tests, a plugin's) uses the first one built.
     */
    public static RecordCheck shared() {
        return Shared.CHECK;
    }

    private static final class Shared {
        static final RecordCheck CHECK = new RecordCheck();
    }

    private RecordCheck() {
        HibernateValidatorConfiguration configuration = Validation.byProvider(HibernateValidator.class)
                .providerResolver(() -> List.of(new HibernateValidator()))
                .configure()
                // Hibernate Validator's default needs Jakarta EL, which the platform does not ship
                .messageInterpolator(new BundleMessageInterpolator(Messages.platform(Language.VIETNAMESE)));
        ConstraintMapping mapping = configuration.createConstraintMapping();
        mapping.constraintDefinition(PeriodCode.class).validatedBy(PeriodCodeValidator.class).validatedBy(PeriodCodeTextValidator.class);
        mapping.constraintDefinition(DocumentSymbol.class).validatedBy(DocumentSymbolValidator.NumberOptional.class);
        mapping.constraintDefinition(MatchingDocumentType.class).validatedBy(MatchingDocumentTypeValidator.class);
        configuration.addMapping(mapping);
        ValidatorFactory factory = configuration.buildValidatorFactory();
        this.vietnamese = factory.usingContext().messageInterpolator(new BundleMessageInterpolator(Messages.platform(Language.VIETNAMESE))).getValidator();
        this.english = factory.usingContext().messageInterpolator(new BundleMessageInterpolator(Messages.platform(Language.ENGLISH))).getValidator();
    }

    public Optional<Problem> firstProblem(Object record) {
        Optional<ConstraintViolation<Object>> first = first(vietnamese, record);
        if (first.isEmpty()) {
            return Optional.empty();
        }
        String path = first.get().getPropertyPath().toString();
        String inEnglish = first(english, record).map(ConstraintViolation::getMessage).orElse(first.get().getMessage());
        return Optional.of(new Problem(path, LocalizedText.of(first.get().getMessage(), inEnglish)));
    }

    private static Optional<ConstraintViolation<Object>> first(Validator validator, Object record) {
        return validator.validate(record).stream().min(Comparator.comparing((ConstraintViolation<Object> v) -> v.getPropertyPath().toString())
                .thenComparing(ConstraintViolation::getMessageTemplate));
    }
}
