package io.github.polku.codevelopment;

import io.github.polku.identifier.Identifier;
import io.github.polku.validation.InvalidValueException;

/**
 * The identifier of a co-development process (fi: kehittämisprosessin tunniste, sv: utvecklingsprocessens identifierare).
 * <p>
 * Chosen by the organiser's system; it carries no meaning.
 * <p>
 * This class is immutable and thread-safe.
 *
 * @since 0.1.0
 */
public final class ProcessId extends Identifier {

    private ProcessId(String value) {
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
    public static ProcessId of(String value) {
        return new ProcessId(value);
    }
}
