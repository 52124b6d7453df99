package io.github.polku.serialization.jackson;

/**
 * How many documents are put in one stream (fi: virran muoto, sv: strömformat).
 * <p>
 * This enum is immutable and thread-safe.
 *
 * @since 0.1.0
 */
public enum StreamFormat {
    /**
     * One JSON array whose elements are documents. Malformed JSON ends the stream: the array
     * cannot be followed past it.
     */
    ARRAY,
    /**
     * Newline-delimited JSON: one document per line; blank lines are skipped. A malformed line is
     * reported and reading carries on with the next line.
     */
    NDJSON
}
