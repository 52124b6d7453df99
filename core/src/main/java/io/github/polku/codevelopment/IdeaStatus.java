package io.github.polku.codevelopment;

/**
 * The status of an idea raised in co-development (fi: idean tila, sv: idéns status).
 * <p>
 * Every status except {@link #RAISED} is an answer to the people who proposed the idea: it closes
 * the feedback loop that makes participation real.
 * <p>
 * This enum is immutable and thread-safe.
 *
 * @since 0.1.0
 */
public enum IdeaStatus {
    /** Raised and not yet answered (fi: esitetty, sv: framförd). */
    RAISED,
    /** Accepted for implementation (fi: hyväksytty, sv: godkänd). */
    ACCEPTED,
    /** Being implemented (fi: toteutuksessa, sv: under genomförande). */
    BEING_IMPLEMENTED,
    /** Implemented (fi: toteutettu, sv: genomförd). */
    IMPLEMENTED,
    /** Rejected, with a reason (fi: hylätty, sv: avslagen). */
    REJECTED;

    /**
     * Checks if this status answers the proposers.
     *
     * @return true for every status except {@link #RAISED}
     */
    public boolean isAnswer() {
        return this != RAISED;
    }
}
