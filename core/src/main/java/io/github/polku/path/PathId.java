package io.github.polku.path;

import io.github.polku.identifier.Identifier;
import io.github.polku.validation.InvalidValueException;

/**
 * The identifier of a rehabilitation path (fi: polun tunniste, sv: stigens identifierare).
 * <p>
 * This class is immutable and thread-safe.
 *
 * @since 0.1.0
 */
public final class PathId extends Identifier {

    private PathId(String value) {
        super(value);
    }

    /**
     * Obtains a path identifier.
     *
     * @param value  the identifier, not null
     * @return the identifier, not null
     * @throws InvalidValueException if the value is malformed ({@code polku.id.format}) or shaped
     *     like a personal identity code ({@code polku.id.identityCode})
     */
    public static PathId of(String value) {
        return new PathId(value);
    }
}
