package io.github.polku.client;

import static java.lang.annotation.ElementType.TYPE;
import static java.lang.annotation.RetentionPolicy.RUNTIME;

import jakarta.validation.Constraint;
import jakarta.validation.Payload;
import java.lang.annotation.Documented;
import java.lang.annotation.Retention;
import java.lang.annotation.Target;

/**
 * Checks the rules of a {@link Client}:
 * a named worker or a coded reason for having none ({@code polku.client.namedWorker.missing},
 * error); a social worker as named worker for a client needing special support
 * ({@code polku.client.namedWorker.notSocialWorker}, warning); a temporary social worker with a
 * supervisor ({@code polku.client.namedWorker.supervisorMissing}, warning) and an assignment
 * period of limited length ({@code polku.client.namedWorker.temporaryPeriod}, warning).
 * <p>
 * Supported type: {@link Client}. {@code null} is considered valid.
 *
 * @since 0.1.0
 */
@Documented
@Constraint(validatedBy = {})
@Target(TYPE)
@Retention(RUNTIME)
public @interface ValidClient {

    /**
     * Gets the message key of the constraint.
     *
     * @return the key, not null
     */
    String message() default "{polku.client.rules}";

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
