package io.github.polku.service;

import io.github.polku.internal.validation.Identifiers;
import io.github.polku.validation.InvalidValueException;
import java.util.Optional;
import org.immutables.value.Value;

/**
 * The organisation that produces a service (fi: palveluntuottaja, sv: tjänsteproducent).
 * <p>
 * A provider is a {@link ProviderType type}, an optional organisation name and, for a provider
 * approved for service vouchers, the identifier under which the organiser lists it (fi:
 * hyväksytty palveluntuottaja, sv: godkänd tjänsteproducent). The name is the name of an
 * organisation, not of a person. Whether the identifier really is on the organiser's list is a
 * contextual rule for the caller.
 * <pre>{@code
 * Provider provider = Provider.builder()
 *         .type(ProviderType.NGO)
 *         .name("Example Association")
 *         .approvedProviderId("KH-PS-0042")
 *         .build();
 * }</pre>
 * <p>
 * This class is immutable and thread-safe.
 *
 * @since 0.1.0
 */
@Value.Immutable
public abstract class Provider {

    Provider() {
        // package-private: only the generated implementation extends this type
    }

    /**
     * Obtains a builder for a provider.
     *
     * @return a new builder, not null
     */
    public static Builder builder() {
        return new Builder();
    }

    /**
     * Obtains a provider of the given type with no name and no approval.
     *
     * @param type  the type, not null
     * @return the provider, not null
     */
    public static Provider of(ProviderType type) {
        return builder().type(type).build();
    }

    /**
     * Gets the type of organisation.
     *
     * @return the type, not null
     */
    public abstract ProviderType getType();

    /**
     * Gets the name of the organisation.
     *
     * @return the name, empty if not recorded, not null
     */
    public abstract Optional<String> getName();

    /**
     * Gets the identifier of the provider on the organiser's list of approved service-voucher
     * providers.
     *
     * @return the identifier, empty if the provider is not an approved voucher provider, not null
     */
    public abstract Optional<String> getApprovedProviderId();

    /**
     * Checks that the approved-provider identifier holds nothing shaped like a personal identity code.
     *
     * @throws InvalidValueException with code {@code polku.id.identityCode} at {@code /approvedProviderId} otherwise
     */
    @Value.Check
    protected void check() {
        getApprovedProviderId().ifPresent(id -> Identifiers.requireFree(id, "approvedProviderId"));
    }

    /**
     * Builder for {@code Provider}; the methods are generated.
     *
     * @since 0.1.0
     */
    public static class Builder extends ImmutableProvider.Builder {
        /** Creates an empty builder; use {@link Provider#builder()}. */
        Builder() {
        }
    }
}
