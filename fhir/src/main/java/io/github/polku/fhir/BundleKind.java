package io.github.polku.fhir;

/**
 * The kind of FHIR Bundle the mapping produces.
 *
 * @since 0.1.0
 */
public enum BundleKind {
    /** A {@code collection}: the resources only, for storage or a message payload. */
    COLLECTION,
    /**
     * A {@code transaction}: every entry also carries a {@code request} ({@code POST} to its
     * resource type), so a FHIR server stores the whole path at once; references between the entries
     * are {@code urn:uuid:} full URLs, which the server rewrites.
     */
    TRANSACTION
}
