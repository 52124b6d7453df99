package io.github.polku.path;

import static java.lang.annotation.ElementType.TYPE;
import static java.lang.annotation.RetentionPolicy.RUNTIME;

import jakarta.validation.Constraint;
import jakarta.validation.Payload;
import java.lang.annotation.Documented;
import java.lang.annotation.Retention;
import java.lang.annotation.Target;

/**
 * Checks the rules of a {@link RehabilitationPath}:
 * the organiser in charge on the path's dates, dates in order across the path, legal stage
 * transitions, non-overlapping pauses, the closure last, an assessment and a plan (or the coded
 * reason each was omitted) once the path has passed their stage, the assessment starting on the
 * contact date for an urgent need, and the age rules for youth placement goals and a minor's
 * plan. The codes and severities are listed in the package documentation.
 * <p>
 * Supported type: {@link RehabilitationPath}. {@code null} is considered valid.
 *
 * @since 0.1.0
 */
@Documented
@Constraint(validatedBy = {})
@Target(TYPE)
@Retention(RUNTIME)
public @interface ValidRehabilitationPath {

    /**
     * Gets the message key of the constraint.
     *
     * @return the key, not null
     */
    String message() default "{polku.path.rules}";

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
