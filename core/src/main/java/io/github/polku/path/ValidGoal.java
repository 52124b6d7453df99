package io.github.polku.path;

import static java.lang.annotation.ElementType.TYPE;
import static java.lang.annotation.RetentionPolicy.RUNTIME;

import jakarta.validation.Constraint;
import jakarta.validation.Payload;
import java.lang.annotation.Documented;
import java.lang.annotation.Retention;
import java.lang.annotation.Target;

/**
 * Checks the rules of a {@link Goal}:
 * a status history in date order, starting from the set date, that follows the table of
 * {@link GoalStatus}.
 * <p>
 * Supported type: {@link Goal}. {@code null} is considered valid.
 *
 * @since 0.1.0
 */
@Documented
@Constraint(validatedBy = {})
@Target(TYPE)
@Retention(RUNTIME)
public @interface ValidGoal {

    /**
     * Gets the message key of the constraint.
     *
     * @return the key, not null
     */
    String message() default "{polku.path.goal.rules}";

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
