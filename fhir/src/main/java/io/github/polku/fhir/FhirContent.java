package io.github.polku.fhir;

import io.github.polku.client.Client;
import io.github.polku.client.ClientId;
import io.github.polku.client.ClientIdentity;
import io.github.polku.path.RehabilitationPath;
import java.util.Objects;
import java.util.Optional;

/**
 * The Polku values that one FHIR Bundle carries: a client's rehabilitation path (fi: kuntoutuspolku,
 * sv: rehabiliteringsstig), the client (fi: asiakas, sv: klient) and the client's identity (fi:
 * henkilöllisyys, sv: identitet), each optional but at least one present, all of the same client.
 * <p>
 * The identity is personal data; it goes into a bundle only when the caller puts it here, and
 * {@link #toString()} shows only which parts are present.
 * <p>
 * This class is immutable and thread-safe.
 *
 * @since 0.1.0
 */
public final class FhirContent {

    private final RehabilitationPath path;
    private final Client client;
    private final ClientIdentity identity;

    private FhirContent(RehabilitationPath path, Client client, ClientIdentity identity) {
        if (path == null && client == null && identity == null) {
            throw new IllegalArgumentException("A FHIR content needs a path, a client or a client identity");
        }
        ClientId id = null;
        for (ClientId other : new ClientId[] {
            path == null ? null : path.getClientId(),
            client == null ? null : client.getClientId(),
            identity == null ? null : identity.getClientId()}) {
            if (other != null) {
                if (id != null && !id.equals(other)) {
                    throw new IllegalArgumentException("The path, the client and the identity must have the same client identifier");
                }
                id = other;
            }
        }
        this.path = path;
        this.client = client;
        this.identity = identity;
    }

    /**
     * Obtains a content holding a path only.
     *
     * @param path  the path, not null
     * @return the content, not null
     */
    public static FhirContent of(RehabilitationPath path) {
        return new FhirContent(Objects.requireNonNull(path, "path"), null, null);
    }

    /**
     * Obtains a content holding a client only.
     *
     * @param client  the client, not null
     * @return the content, not null
     */
    public static FhirContent of(Client client) {
        return new FhirContent(null, Objects.requireNonNull(client, "client"), null);
    }

    /**
     * Obtains a content holding a client identity only.
     *
     * @param identity  the identity, not null
     * @return the content, not null
     */
    public static FhirContent of(ClientIdentity identity) {
        return new FhirContent(null, null, Objects.requireNonNull(identity, "identity"));
    }

    /**
     * Obtains a content from optional parts.
     *
     * @param path  the path, empty if none, not null
     * @param client  the client, empty if none, not null
     * @param identity  the identity, empty if none, not null
     * @return the content, not null
     * @throws IllegalArgumentException if all parts are empty or their client identifiers differ
     */
    public static FhirContent of(Optional<RehabilitationPath> path, Optional<Client> client, Optional<ClientIdentity> identity) {
        return new FhirContent(path.orElse(null), client.orElse(null), identity.orElse(null));
    }

    /**
     * Returns a copy with the given client.
     *
     * @param client  the client, not null, of the same client identifier
     * @return the new content, not null
     * @throws IllegalArgumentException if the client identifier differs
     */
    public FhirContent withClient(Client client) {
        return new FhirContent(path, Objects.requireNonNull(client, "client"), identity);
    }

    /**
     * Returns a copy with the given identity.
     *
     * @param identity  the identity, not null, of the same client identifier
     * @return the new content, not null
     * @throws IllegalArgumentException if the client identifier differs
     */
    public FhirContent withIdentity(ClientIdentity identity) {
        return new FhirContent(path, client, Objects.requireNonNull(identity, "identity"));
    }

    /**
     * Gets the rehabilitation path.
     *
     * @return the path, empty if none, not null
     */
    public Optional<RehabilitationPath> getPath() {
        return Optional.ofNullable(path);
    }

    /**
     * Gets the client.
     *
     * @return the client, empty if none, not null
     */
    public Optional<Client> getClient() {
        return Optional.ofNullable(client);
    }

    /**
     * Gets the client's identity (personal data).
     *
     * @return the identity, empty if none, not null
     */
    public Optional<ClientIdentity> getIdentity() {
        return Optional.ofNullable(identity);
    }

    /**
     * Gets the pseudonymous client identifier the parts share.
     *
     * @return the identifier, not null
     */
    public ClientId getClientId() {
        return path != null ? path.getClientId() : client != null ? client.getClientId() : identity.getClientId();
    }

    @Override
    public boolean equals(Object obj) {
        if (this == obj) {
            return true;
        }
        if (!(obj instanceof FhirContent)) {
            return false;
        }
        FhirContent other = (FhirContent) obj;
        return Objects.equals(path, other.path) && Objects.equals(client, other.client) && Objects.equals(identity, other.identity);
    }

    @Override
    public int hashCode() {
        return Objects.hash(path, client, identity);
    }

    /**
     * Returns which parts are present, never their personal data.
     *
     * @return the description, not null
     */
    @Override
    public String toString() {
        return "FhirContent{path=" + (path != null) + ", client=" + (client != null) + ", identity=" + (identity != null) + "}";
    }
}
