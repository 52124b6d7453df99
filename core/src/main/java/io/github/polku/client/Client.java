package io.github.polku.client;

import io.github.polku.validation.InvalidValueException;
import io.github.polku.validation.PolkuValidator;
import io.github.polku.validation.Violation;
import jakarta.validation.Valid;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.immutables.value.Value;

/**
 * A client of social welfare (fi: asiakas, sv: klient), as seen by a rehabilitation path:
 * pseudonymous, without identity.
 * <p>
 * A client has a {@link ClientId}, the language of service, the {@link Organiser organiser}
 * responsible, the support needs of the Social Welfare Act (section 11), whether the client needs
 * special support (section 3), and a {@link NamedWorker named worker} or the coded reason why none
 * is named. The personal identity code and the name are never part of a client; they live in a
 * separate {@link ClientIdentity} that shares only the client identifier.
 * <p>
 * Legal rules (the named worker's qualification, the temporary social worker's period and
 * supervisor, the reason for a missing named worker) are checked by {@link PolkuValidator}, not
 * here.
 * <pre>{@code
 * Client client = Client.builder()
 *         .clientId(ClientId.of("C-0001"))
 *         .language(ClientLanguage.FINNISH)
 *         .organiser(Organiser.of(OrganiserType.WELLBEING_SERVICES_COUNTY, "KESKI_SUOMI"))
 *         .addSupportNeed(SupportNeed.SOCIAL_INCLUSION)
 *         .namedWorker(worker)
 *         .build();
 * }</pre>
 * <p>
 * Copies with one value changed come from the {@code with...} methods (for example
 * {@code withX(value)}), and a builder filled from an existing value from
 * {@code builder().from(value)}; both run the same construction checks.
 * <p>
 * This class is immutable and thread-safe.
 *
 * @since 0.1.0
 */
@Value.Immutable
@ValidClient
public abstract class Client implements WithClient {

    /** The code of a client that has both a named worker and a reason for having none. */
    public static final String NAMED_WORKER_CONTRADICTION = "polku.client.namedWorker.omittedAndPresent";

    Client() {
        // package-private: only the generated implementation extends this type
    }

    /**
     * Obtains a builder for a client.
     *
     * @return a new builder, not null
     */
    public static Builder builder() {
        return new Builder();
    }

    /**
     * Gets the pseudonymous client identifier.
     *
     * @return the client identifier, not null
     */
    public abstract ClientId getClientId();

    /**
     * Gets the language of service.
     *
     * @return the language, not null
     */
    public abstract ClientLanguage getLanguage();

    /**
     * Gets the organiser responsible for the client's social welfare.
     *
     * @return the organiser, not null
     */
    public abstract Organiser getOrganiser();

    /**
     * Gets the support needs (Social Welfare Act, section 11), in declaration order.
     *
     * @return the support needs, not null, may be empty
     */
    public abstract Set<SupportNeed> getSupportNeeds();

    /**
     * Checks if the client is a person needing special support (fi: erityist\u00e4 tukea tarvitseva,
     * sv: person i behov av särskilt stöd, Social Welfare Act, section 3).
     *
     * @return true if the client needs special support; false by default
     */
    @Value.Default
    public boolean isSpecialSupport() {
        return false;
    }

    /**
     * Gets the named worker.
     *
     * @return the named worker, empty if none is named, not null
     */
    public abstract Optional<@Valid NamedWorker> getNamedWorker();

    /**
     * Gets the coded reason why no named worker is named.
     *
     * @return the reason, empty if a worker is named or none is recorded, not null
     */
    public abstract Optional<OmissionReason> getNamedWorkerOmission();

    /**
     * Checks the structural invariant: a named worker and a reason for having none exclude each other.
     *
     * @throws InvalidValueException with code {@value #NAMED_WORKER_CONTRADICTION} at
     *     {@code /namedWorkerOmission} if both are present
     */
    @Value.Check
    protected void check() {
        if (getNamedWorker().isPresent() && getNamedWorkerOmission().isPresent()) {
            throw InvalidValueException.of(Violation.error(NAMED_WORKER_CONTRADICTION, "/namedWorkerOmission", Map.of()));
        }
    }

    /**
     * Builder for {@code Client}; the methods are generated.
     *
     * @since 0.1.0
     */
    public static class Builder extends ImmutableClient.Builder {
        /** Creates an empty builder; use {@link Client#builder()}. */
        Builder() {
        }
    }
}
