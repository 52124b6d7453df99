package io.github.polku.codevelopment;

import io.github.polku.identifier.Identifier;
import io.github.polku.validation.InvalidValueException;

/**
 * The identifier of an idea raised in co-development (fi: idean tunniste, sv: idéns identifierare).
 * <p>
 * Unique within its process, so that an implemented change can be traced back to its idea.
 * <p>
 * This class is immutable and thread-safe.
 *
 * @since 0.1.0
 */
public final class IdeaId extends Identifier {

    private IdeaId(String value) {
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
    public static IdeaId of(String value) {
        return new IdeaId(value);
    }
}
