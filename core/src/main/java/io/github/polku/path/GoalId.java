package io.github.polku.path;

import io.github.polku.identifier.Identifier;
import io.github.polku.validation.InvalidValueException;

/**
 * The identifier of a goal within a client plan (fi: tavoitteen tunniste, sv: målets
 * identifierare).
 * <p>
 * This class is immutable and thread-safe.
 *
 * @since 0.1.0
 */
public final class GoalId extends Identifier {

    private GoalId(String value) {
        super(value);
    }

    /**
     * Obtains a goal identifier.
     *
     * @param value  the identifier, not null
     * @return the identifier, not null
     * @throws InvalidValueException if the value is malformed ({@code polku.id.format}) or shaped
     *     like a personal identity code ({@code polku.id.identityCode})
     */
    public static GoalId of(String value) {
        return new GoalId(value);
    }
}
