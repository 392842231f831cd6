package vn.baocao.api.constraints;

import static java.lang.annotation.ElementType.ANNOTATION_TYPE;
import static java.lang.annotation.ElementType.TYPE;
import static java.lang.annotation.RetentionPolicy.RUNTIME;
import static org.apiguardian.api.API.Status.STABLE;

import jakarta.validation.Constraint;
import jakarta.validation.Payload;
import java.lang.annotation.Documented;
import java.lang.annotation.Retention;
import java.lang.annotation.Target;
import org.apiguardian.api.API;

/**
 * On a record that carries an indicator code and a value: the value suits the indicator's value
 * type (a count is a whole number not below zero, a percentage lies between 0 and 100).
 *
 * <p>The platform supplies the validator; this module declares only the constraint.
 */
@API(status = STABLE, since = "0.1")
@Documented
@Constraint(validatedBy = {})
@Target({TYPE, ANNOTATION_TYPE})
@Retention(RUNTIME)
public @interface ValueFitsIndicator {
    String message() default "{vn.baocao.constraints.ValueFitsIndicator.message}";

    Class<?>[] groups() default {};

    Class<? extends Payload>[] payload() default {};

}
