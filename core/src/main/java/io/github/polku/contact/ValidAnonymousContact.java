package io.github.polku.contact;

import static java.lang.annotation.ElementType.TYPE;
import static java.lang.annotation.RetentionPolicy.RUNTIME;

import jakarta.validation.Constraint;
import jakarta.validation.Payload;
import java.lang.annotation.Documented;
import java.lang.annotation.Retention;
import java.lang.annotation.Target;

/**
 * Checks the rules of an {@link AnonymousContact}:
 * an organiser in charge on the date of the contact: a wellbeing services county or the City of
 * Helsinki from the date it began to organise, a municipality or a joint municipal authority only
 * before that ({@code polku.organiser.notYetInCharge}, {@code polku.organiser.noLongerInCharge},
 * errors).
 * <p>
 * Supported type: {@link AnonymousContact}. {@code null} is considered valid.
 *
 * @since 0.1.0
 */
@Documented
@Constraint(validatedBy = {})
@Target(TYPE)
@Retention(RUNTIME)
public @interface ValidAnonymousContact {

    /**
     * Gets the message key of the constraint.
     *
     * @return the key, not null
     */
    String message() default "{polku.contact.rules}";

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
