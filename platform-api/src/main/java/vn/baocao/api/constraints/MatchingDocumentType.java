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
 * On a document reference: its type agrees with the type code in its symbol (a {@code KE_HOACH}
 * has {@code KH} in its symbol; an official letter has no type code).
 *
 * <p>The platform supplies the validator; this module declares only the constraint.
 */
@API(status = STABLE, since = "0.1")
@Documented
@Constraint(validatedBy = {})
@Target({TYPE, ANNOTATION_TYPE})
@Retention(RUNTIME)
public @interface MatchingDocumentType {
    String message() default "{vn.baocao.constraints.MatchingDocumentType.message}";

    Class<?>[] groups() default {};

    Class<? extends Payload>[] payload() default {};

}
