package io.github.polku.client;

import io.github.polku.identifier.Identifier;
import io.github.polku.validation.InvalidValueException;
import io.github.polku.validation.Violation;
import java.util.Map;
import java.util.regex.Pattern;

/**
 * The pseudonymous identifier of a client (fi: asiakastunnus, sv: klientbeteckning).
 * <p>
 * A rehabilitation path refers to its client only by this identifier. It is chosen by the
 * organiser's system and carries no meaning. Identity (the personal identity code) is kept apart,
 * so that a path can be exchanged, studied or reported without identifying the person. To keep
 * identifiers pseudonymous, a value shaped like a Finnish personal identity code is rejected.
 * <p>
 * This class is immutable and thread-safe.
 *
 * @since 0.1.0
 */
public final class ClientId extends Identifier {

    /** The code of an identifier that looks like a personal identity code. */
    public static final String LOOKS_LIKE_IDENTITY_CODE = "polku.clientId.identityCode";

    private static final Pattern IDENTITY_CODE_SHAPE = Pattern.compile("(?i)[0-9]{6}[-+A-FU-Y][0-9]{3}[0-9A-Y]");

    private ClientId(String value) {
        super(value);
    }

    /**
     * Obtains a client identifier.
     *
     * @param value  the identifier, not null
     * @return the identifier, not null
     * @throws InvalidValueException if the value is malformed ({@code polku.id.format}) or shaped
     *     like a personal identity code ({@code polku.clientId.identityCode})
     */
    public static ClientId of(String value) {
        if (IDENTITY_CODE_SHAPE.matcher(value).matches()) {
            throw InvalidValueException.of(Violation.error(LOOKS_LIKE_IDENTITY_CODE, "", Map.of()));
        }
        return new ClientId(value);
    }
}
