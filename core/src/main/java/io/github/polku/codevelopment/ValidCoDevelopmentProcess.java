package io.github.polku.codevelopment;

import static java.lang.annotation.ElementType.TYPE;
import static java.lang.annotation.RetentionPolicy.RUNTIME;

import jakarta.validation.Constraint;
import jakarta.validation.Payload;
import java.lang.annotation.Documented;
import java.lang.annotation.Retention;
import java.lang.annotation.Target;

/**
 * Checks the domain rules of a {@link CoDevelopmentProcess} (fi: yhteiskehittämisprosessin säännöt,
 * sv: samutvecklingsprocessens regler): dates in order, references to participants, sessions and
 * ideas, the client council, and tokenism. Each breach is reported with its own code from
 * {@link CoDevelopmentCodes}; {@code null} is considered valid.
 *
 * @since 0.1.0
 */
@Documented
@Constraint(validatedBy = {})
@Target(TYPE)
@Retention(RUNTIME)
public @interface ValidCoDevelopmentProcess {

    /**
     * Gets the message template; never shown, since each rule reports its own code.
     *
     * @return the template
     */
    String message() default "{polku.codevelopment.process.rules}";

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
