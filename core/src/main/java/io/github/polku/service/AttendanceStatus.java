package io.github.polku.service;

/**
 * What happened at one session of a service (fi: osallistumisen tila, sv: deltagandestatus).
 *
 * @since 0.1.0
 */
public enum AttendanceStatus {
    /** The client took part (fi: osallistui, sv: deltog). */
    ATTENDED,
    /** The client was absent and told in advance (fi: ilmoitettu poissaolo, sv: anmäld frånvaro). */
    ABSENT_NOTIFIED,
    /** The client was absent without notice (fi: poissa, sv: frånvarande). */
    ABSENT,
    /**
     * The provider cancelled the session, for example because the site was closed (fi: peruttu
     * palveluntuottajan toimesta, sv: inställd av producenten). Not counted in the attendance rate.
     */
    CANCELLED_BY_PROVIDER;

    /**
     * Checks if a session with this status counts in the denominator of the attendance rate: every
     * status except {@link #CANCELLED_BY_PROVIDER}.
     *
     * @return true if the session was offered to the client
     */
    public boolean isOffered() {
        return this != CANCELLED_BY_PROVIDER;
    }
}
