package io.github.polku.codevelopment;

import io.github.polku.identifier.Identifier;
import io.github.polku.validation.InvalidValueException;
import io.github.polku.validation.Violation;
import java.util.Map;
import java.util.regex.Pattern;

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

    /** The code of an identifier that looks like a personal identity code. */
    public static final String LOOKS_LIKE_IDENTITY_CODE = "polku.codevelopment.participantId.identityCode";

    private static final Pattern IDENTITY_CODE_SHAPE = Pattern.compile("(?i)[0-9]{6}[-+A-FU-Y][0-9]{3}[0-9A-Y]");

    private ParticipantId(String value) {
        super(value);
    }

    /**
     * Obtains a participant identifier.
     *
     * @param value  the identifier, not null
     * @return the identifier, not null
     * @throws InvalidValueException if the value is malformed ({@code polku.id.format}) or shaped
     *     like a personal identity code ({@value #LOOKS_LIKE_IDENTITY_CODE})
     */
    public static ParticipantId of(String value) {
        if (IDENTITY_CODE_SHAPE.matcher(value).matches()) {
            throw InvalidValueException.of(Violation.error(LOOKS_LIKE_IDENTITY_CODE, "", Map.of()));
        }
        return new ParticipantId(value);
    }
}
