package vn.baocao.api.constraints;

import static java.lang.annotation.ElementType.ANNOTATION_TYPE;
import static java.lang.annotation.ElementType.FIELD;
import static java.lang.annotation.ElementType.METHOD;
import static java.lang.annotation.ElementType.PARAMETER;
import static java.lang.annotation.ElementType.TYPE_USE;
import static java.lang.annotation.RetentionPolicy.RUNTIME;
import static org.apiguardian.api.API.Status.STABLE;

import jakarta.validation.Constraint;
import jakarta.validation.Payload;
import java.lang.annotation.Documented;
import java.lang.annotation.Retention;
import java.lang.annotation.Target;
import org.apiguardian.api.API;

/**
 * The annotated id names a program type contributed by a loaded program plugin.
 *
 * <p>The platform supplies the validator; this module declares only the constraint.
 */
@API(status = STABLE, since = "0.1")
@Documented
@Constraint(validatedBy = {})
@Target({FIELD, METHOD, PARAMETER, TYPE_USE, ANNOTATION_TYPE})
@Retention(RUNTIME)
public @interface KnownProgramType {
    String message() default "{vn.baocao.constraints.KnownProgramType.message}";

    Class<?>[] groups() default {};

    Class<? extends Payload>[] payload() default {};

}
