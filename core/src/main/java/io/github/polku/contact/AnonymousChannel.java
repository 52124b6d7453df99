package io.github.polku.contact;

/**
 * Where an anonymous contact took place (fi: kohtaamisen kanava, sv: kontaktkanal).
 *
 * @since 0.1.0
 */
public enum AnonymousChannel {
    /** A low-threshold meeting place (fi: matalan kynnyksen kohtaamispaikka, sv: lågtröskelmötesplats). */
    LOW_THRESHOLD_MEETING_PLACE,
    /** Outreach work in the streets and public places (fi: jalkautuva ty\u00f6, sv: uppsökande arbete). */
    OUTREACH,
    /** A home visit made as outreach (fi: kotik\u00e4ynti, sv: hembesök). */
    HOME_VISIT,
    /** An anonymous phone call (fi: puhelin, sv: telefon). */
    PHONE,
    /** An anonymous chat (fi: chat, sv: chatt). */
    CHAT,
    /** Another channel (fi: muu, sv: annan). */
    OTHER
}
