package io.github.polku.measurement;

import io.github.polku.identifier.Identifier;
import io.github.polku.validation.InvalidValueException;

/**
 * The identifier of an instrument descriptor (fi: mittarin tunniste, sv: mätinstrumentets
 * identifierare).
 * <p>
 * A measurement refers to its instrument by this identifier. One identifier names one set of
 * dimensions and scales: a revised instrument whose scales differ is given a new identifier, so
 * that measurements on the old and the new scales are never compared. The identifiers of the
 * built-in descriptors start with {@code polku.}.
 * <p>
 * This class is immutable and thread-safe.
 *
 * @since 0.1.0
 */
public final class InstrumentId extends Identifier {

    private InstrumentId(String value) {
        super(value);
    }

    /**
     * Obtains an instrument identifier.
     *
     * @param value  the identifier, not null
     * @return the identifier, not null
     * @throws InvalidValueException with code {@code polku.id.format} if the value is malformed, or
     *     {@code polku.id.identityCode} if it is shaped like a personal identity code
     */
    public static InstrumentId of(String value) {
        return new InstrumentId(value);
    }
}
