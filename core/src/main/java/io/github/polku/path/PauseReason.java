package io.github.polku.path;

/**
 * Why a rehabilitation path is paused (fi: tauon syy, sv: orsak till uppehåll).
 *
 * @since 0.1.0
 */
public enum PauseReason {
    /**
     * The sites are closed, for example in exceptional circumstances (fi: toimipaikat suljettu,
     * sv: verksamhetsställena stängda).
     */
    SITES_CLOSED,
    /** The client is ill (fi: asiakkaan sairaus, sv: klientens sjukdom). */
    CLIENT_ILLNESS,
    /** The client asked for a break (fi: asiakkaan pyynt\u00f6, sv: klientens begäran). */
    CLIENT_REQUEST,
    /** The client cannot be reached (fi: asiakasta ei tavoiteta, sv: klienten nås inte). */
    CLIENT_UNREACHABLE,
    /** No service is available for the time being (fi: palvelua ei saatavilla, sv: tjänst saknas). */
    SERVICE_UNAVAILABLE,
    /** Another reason (fi: muu syy, sv: annat skäl). */
    OTHER
}
