package io.github.polku.path;

import static java.lang.annotation.ElementType.TYPE;
import static java.lang.annotation.RetentionPolicy.RUNTIME;

import jakarta.validation.Constraint;
import jakarta.validation.Payload;
import java.lang.annotation.Documented;
import java.lang.annotation.Retention;
import java.lang.annotation.Target;

/**
 * Checks the rules of a {@link ClientPlan}:
 * both the client's and the worker's view, a justification of each when they disagree, and
 * evaluation dates in order.
 * <p>
 * Supported type: {@link ClientPlan}. {@code null} is considered valid.
 *
 * @since 0.1.0
 */
@Documented
@Constraint(validatedBy = {})
@Target(TYPE)
@Retention(RUNTIME)
public @interface ValidClientPlan {

    /**
     * Gets the message key of the constraint.
     *
     * @return the key, not null
     */
    String message() default "{polku.path.plan.rules}";

    /**
     * Gets the validation groups.
     *
     * @return the groups, not null
     */
    Class<?>[] groups() default {};

    /**
     * Gets the payload.
     *
     * @return the payload, not null
     */
    Class<? extends Payload>[] payload() default {};
}
