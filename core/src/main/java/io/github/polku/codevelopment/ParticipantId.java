package io.github.polku.codevelopment;

import io.github.polku.identifier.Identifier;
import io.github.polku.validation.InvalidValueException;

/**
 * The pseudonymous identifier of a person taking part in co-development (fi: osallistujatunniste,
 * sv: deltagarbeteckning).
 * <p>
 * A co-development process refers to people only by this identifier: it records who took part and
 * with what role and power, never who the person is. A value shaped like a Finnish personal
 * identity code is rejected, to keep identifiers pseudonymous.
 * <pre>{@code
 * ParticipantId id = ParticipantId.of("DEV-07");
 * }</pre>
 * <p>
 * This class is immutable and thread-safe.
 *
 * @since 0.1.0
 */
public final class ParticipantId extends Identifier {

    /**
     * The code of an identifier that holds something shaped like a personal identity code.
     *
     * @deprecated the one identity-code code {@code polku.id.identityCode} replaces {@code polku.codevelopment.participantId.identityCode}
     *     (GH-17); use {@code Identifier}'s documented code
     */
    @Deprecated
    public static final String LOOKS_LIKE_IDENTITY_CODE = "polku.id.identityCode";

    private ParticipantId(String value) {
        super(value);
    }

    /**
     * Obtains a participant identifier.
     *
     * @param value  the identifier, not null
     * @return the identifier, not null
     * @throws InvalidValueException if the value is malformed ({@code polku.id.format}) or shaped
     *     like a personal identity code ({@code polku.id.identityCode})
     */
    public static ParticipantId of(String value) {
        return new ParticipantId(value);
    }
}
