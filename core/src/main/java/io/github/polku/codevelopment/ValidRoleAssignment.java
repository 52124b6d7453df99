package io.github.polku.codevelopment;

import static java.lang.annotation.ElementType.TYPE;
import static java.lang.annotation.RetentionPolicy.RUNTIME;

import jakarta.validation.Constraint;
import jakarta.validation.Payload;
import java.lang.annotation.Documented;
import java.lang.annotation.Retention;
import java.lang.annotation.Target;

/**
 * Checks the rules of a {@link RoleAssignment} on its own (fi: roolitehtävän säännöt, sv: rolluppdragets
 * regler): an experience expert has completed training. Rules that need the whole process, such
 * as tokenism, are checked by {@link ValidCoDevelopmentProcess}. {@code null} is considered valid.
 *
 * @since 0.1.0
 */
@Documented
@Constraint(validatedBy = {})
@Target(TYPE)
@Retention(RUNTIME)
public @interface ValidRoleAssignment {

    /**
     * Gets the message template; never shown, since each rule reports its own code.
     *
     * @return the template
     */
    String message() default "{polku.codevelopment.role.rules}";

    /**
     * Gets the validation groups.
     *
     * @return the groups
     */
    Class<?>[] groups() default {};

    /**
     * Gets the payload.
     *
     * @return the payload
     */
    Class<? extends Payload>[] payload() default {};
}
