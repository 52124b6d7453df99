package io.github.polku.client;

import io.github.polku.identifier.Identifier;
import io.github.polku.validation.InvalidValueException;

/**
 * The pseudonymous identifier of a professional (fi: ty\u00f6ntekij\u00e4tunnus, sv: personalbeteckning),
 * such as a named worker or the supervisor of a temporary social worker.
 * <p>
 * Workers are referred to by identifier, never by name, so that a path can be exchanged without
 * the names of staff.
 * <p>
 * This class is immutable and thread-safe.
 *
 * @since 0.1.0
 */
public final class WorkerId extends Identifier {

    private WorkerId(String value) {
        super(value);
    }

    /**
     * Obtains a worker identifier.
     *
     * @param value  the identifier, not null
     * @return the identifier, not null
     * @throws InvalidValueException if the value is malformed ({@code polku.id.format}) or shaped
     *     like a personal identity code ({@code polku.id.identityCode})
     */
    public static WorkerId of(String value) {
        return new WorkerId(value);
    }
}
