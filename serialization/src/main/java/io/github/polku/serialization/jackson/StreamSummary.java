package io.github.polku.serialization.jackson;

/**
 * The counts of validating a stream of documents (fi: virran yhteenveto, sv: strömsammanfattning).
 * <p>
 * This class is immutable and thread-safe.
 *
 * @since 0.1.0
 */
public final class StreamSummary {

    private final long documents;
    private final long valid;
    private final long errors;
    private final long warnings;
    private final boolean complete;

    StreamSummary(long documents, long valid, long errors, long warnings, boolean complete) {
        this.documents = documents;
        this.valid = valid;
        this.errors = errors;
        this.warnings = warnings;
        this.complete = complete;
    }

    /**
     * Gets the number of documents (results) reported.
     *
     * @return the count, zero or more
     */
    public long getDocuments() {
        return documents;
    }

    /**
     * Gets the number of valid documents.
     *
     * @return the count, zero or more
     */
    public long getValid() {
        return valid;
    }

    /**
     * Gets the number of invalid documents.
     *
     * @return the count, zero or more
     */
    public long getInvalid() {
        return documents - valid;
    }

    /**
     * Gets the number of error violations over all documents.
     *
     * @return the count, zero or more
     */
    public long getErrors() {
        return errors;
    }

    /**
     * Gets the number of warning violations over all documents.
     *
     * @return the count, zero or more
     */
    public long getWarnings() {
        return warnings;
    }

    /**
     * Checks if the whole stream was read; false when malformed JSON ended a JSON array early.
     *
     * @return true if complete
     */
    public boolean isComplete() {
        return complete;
    }

    /**
     * Gets the counts as text.
     *
     * @return the text, not null
     */
    @Override
    public String toString() {
        return "StreamSummary[documents=" + documents + ", valid=" + valid + ", invalid=" + getInvalid() + ", errors=" + errors
                + ", warnings=" + warnings + (complete ? "" : ", incomplete") + "]";
    }
}
