package io.github.polku.client;

import java.time.YearMonth;
import java.util.Optional;
import org.immutables.value.Value;

/**
 * The identity of a client (fi: asiakkaan henkil\u00f6llisyys, sv: klientens identitet), kept apart
 * from the client record and the rehabilitation path.
 * <p>
 * An identity links a pseudonymous {@link ClientId} to a {@link PersonalIdentityCode personal
 * identity code} and, optionally, a name. Neither {@link Client} nor a rehabilitation path holds
 * any of this: a system stores identities separately (with stricter access) and exchanges paths
 * without them. The identity code and the name are redacted from {@link #toString()}, which shows
 * only the client identifier.
 * <p>
 * {@link #getBirthMonth()} derives the coarse year and month of birth that a path may carry for
 * its age rules, so the identity code itself never needs to leave this record.
 * <p>
 * This class is immutable and thread-safe.
 *
 * @since 0.1.0
 */
@Value.Immutable
public abstract class ClientIdentity {

    ClientIdentity() {
        // package-private: only the generated implementation extends this type
    }

    /**
     * Obtains a builder for a client identity.
     *
     * @return a new builder, not null
     */
    public static Builder builder() {
        return new Builder();
    }

    /**
     * Gets the pseudonymous client identifier this identity belongs to.
     *
     * @return the client identifier, not null
     */
    public abstract ClientId getClientId();

    /**
     * Gets the personal identity code (personal data).
     *
     * @return the identity code, not null
     */
    @Value.Redacted
    public abstract PersonalIdentityCode getIdentityCode();

    /**
     * Gets the name of the client (personal data).
     *
     * @return the name, empty if not recorded, not null
     */
    @Value.Redacted
    public abstract Optional<String> getName();

    /**
     * Gets the year and month of birth, derived from the identity code.
     *
     * @return the year and month of birth, not null
     */
    public YearMonth getBirthMonth() {
        return YearMonth.from(getIdentityCode().getBirthDate());
    }

    /**
     * Builder for {@code ClientIdentity}; the methods are generated.
     *
     * @since 0.1.0
     */
    public static class Builder extends ImmutableClientIdentity.Builder {
        /** Creates an empty builder; use {@link ClientIdentity#builder()}. */
        Builder() {
        }
    }
}
