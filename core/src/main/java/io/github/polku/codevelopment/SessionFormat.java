package io.github.polku.codevelopment;

/**
 * How a co-development session is held (fi: tapaamisen muoto, sv: mötesform).
 * <p>
 * This enum is immutable and thread-safe.
 *
 * @since 0.1.0
 */
public enum SessionFormat {
    /** Everyone in the same place (fi: lähitapaaminen, sv: fysiskt möte). */
    IN_PERSON,
    /** Everyone remote, by video or chat (fi: etätapaaminen, sv: distansmöte). */
    REMOTE,
    /** Some in place and some remote (fi: hybridi, sv: hybridmöte). */
    HYBRID
}
