package vn.baocao.core.validation;

import jakarta.validation.ConstraintValidatorContext;
import org.hibernate.validator.constraintvalidation.HibernateConstraintValidatorContext;

/**
 * Values a constraint message shows ({@code {code}} in "unknown unit code {code}"). Messages are
 * interpolated without an expression language, so validators pass what the message needs.
 */
final class Parameters {
    private final HibernateConstraintValidatorContext context;

    private Parameters(HibernateConstraintValidatorContext context) {
        this.context = context;
    }

    static Parameters add(ConstraintValidatorContext context, String name, Object value) {
        return new Parameters(context.unwrap(HibernateConstraintValidatorContext.class)).add(name, value);
    }

    Parameters add(String name, Object value) {
        context.addMessageParameter(name, value);
        return this;
    }

    /** The verdict, passed through so that a validator reads as one expression. */
    boolean accept(boolean valid) {
        return valid;
    }

    /** Reports a violation on a property of the validated object, with the default message. */
    boolean rejectProperty(String property) {
        return rejectProperty(property, context.getDefaultConstraintMessageTemplate());
    }

    /** As {@link #rejectProperty(String)}, with a message of its own. */
    boolean rejectProperty(String property, String template) {
        context.disableDefaultConstraintViolation();
        context.buildConstraintViolationWithTemplate(template).addPropertyNode(property).addConstraintViolation();
        return false;
    }
}
