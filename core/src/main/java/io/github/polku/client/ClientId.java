package io.github.polku.client;

import io.github.polku.identifier.Identifier;
import io.github.polku.validation.InvalidValueException;

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

    /**
     * The code of an identifier that holds something shaped like a personal identity code.
     *
     * @deprecated the one identity-code code {@code polku.id.identityCode} replaces {@code polku.clientId.identityCode}
     *     (GH-17); use {@code Identifier}'s documented code
     */
    @Deprecated
    public static final String LOOKS_LIKE_IDENTITY_CODE = "polku.id.identityCode";

    private ClientId(String value) {
        super(value);
    }

    /**
     * Obtains a client identifier.
     *
     * @param value  the identifier, not null
     * @return the identifier, not null
     * @throws InvalidValueException if the value is malformed ({@code polku.id.format}) or shaped
     *     like a personal identity code ({@code polku.id.identityCode})
     */
    public static ClientId of(String value) {
        return new ClientId(value);
    }
}
