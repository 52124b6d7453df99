package io.github.polku.service;

import io.github.polku.identifier.Identifier;
import io.github.polku.validation.InvalidValueException;

/**
 * The identifier of a service or activity (fi: palvelun tunniste, sv: tjänstens identifierare).
 * <p>
 * It is chosen by the sender and carries no meaning. It is unique within one rehabilitation path.
 * <p>
 * This class is immutable and thread-safe.
 *
 * @since 0.1.0
 */
public final class ServiceId extends Identifier {

    private ServiceId(String value) {
        super(value);
    }

    /**
     * Obtains a service identifier.
     *
     * @param value  the identifier, not null
     * @return the identifier, not null
     * @throws InvalidValueException with code {@code polku.id.format} if the value is malformed, or
     *     {@code polku.id.identityCode} if it is shaped like a personal identity code
     */
    public static ServiceId of(String value) {
        return new ServiceId(value);
    }
}
