package io.github.polku.codevelopment;

import io.github.polku.identifier.Identifier;
import io.github.polku.validation.InvalidValueException;

/**
 * The identifier of a co-development session (fi: tapaamisen tunniste, sv: mötets identifierare).
 * <p>
 * Unique within its process, so that ideas can name the session where they were raised.
 * <p>
 * This class is immutable and thread-safe.
 *
 * @since 0.1.0
 */
public final class SessionId extends Identifier {

    private SessionId(String value) {
        super(value);
    }

    /**
     * Obtains an identifier.
     *
     * @param value  the identifier, not null
     * @return the identifier, not null
     * @throws InvalidValueException with code {@code polku.id.format} if the value is malformed, or
     *     {@code polku.id.identityCode} if it is shaped like a personal identity code
     */
    public static SessionId of(String value) {
        return new SessionId(value);
    }
}
