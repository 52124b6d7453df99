package io.github.polku.client;

/**
 * The coded reason why a statutory step was not taken (fi: poisj\u00e4tt\u00e4misen syy, sv: skäl till
 * utelämnande): a service need assessment, a client plan or a named worker.
 * <p>
 * The Social Welfare Act allows each of these to be left out when it is obviously unnecessary
 * (sections 36, 39 and 42); the other reasons record why the step could not be taken.
 *
 * @since 0.1.0
 */
public enum OmissionReason {
    /** The step is obviously unnecessary (fi: ilmeisen tarpeetonta, sv: uppenbart onödigt). */
    OBVIOUSLY_UNNECESSARY,
    /** The client refused (fi: asiakas kielt\u00e4ytyi, sv: klienten vägrade). */
    CLIENT_REFUSED,
    /** The client could not be reached (fi: asiakasta ei tavoitettu, sv: klienten nåddes inte). */
    CLIENT_UNREACHABLE,
    /**
     * Another equivalent document or arrangement exists, for example a disability services plan
     * (fi: muu vastaava suunnitelma, sv: annan motsvarande plan).
     */
    EQUIVALENT_ARRANGEMENT,
    /** Another reason (fi: muu syy, sv: annat skäl). */
    OTHER
}
