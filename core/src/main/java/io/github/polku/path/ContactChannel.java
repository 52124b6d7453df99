package io.github.polku.path;

/**
 * How a client came to social rehabilitation (fi: yhteydenoton kanava, sv: kontaktväg): the
 * channel of the first contact or referral.
 *
 * @since 0.1.0
 */
public enum ContactChannel {
    /** The client contacted the service (fi: oma yhteydenotto, sv: egen kontakt). */
    SELF,
    /** Outreach work (fi: jalkautuva tai etsiv\u00e4 ty\u00f6, sv: uppsökande arbete). */
    OUTREACH,
    /** A low-threshold meeting place (fi: matalan kynnyksen kohtaamispaikka, sv: lågtröskelmötesplats). */
    LOW_THRESHOLD_MEETING_PLACE,
    /** Social work (fi: sosiaality\u00f6, sv: socialt arbete). */
    SOCIAL_WORK,
    /** Health care (fi: terveydenhuolto, sv: hälso- och sjukvård). */
    HEALTH_CARE,
    /** Employment services (fi: ty\u00f6llisyyspalvelut, sv: sysselsättningstjänster). */
    EMPLOYMENT_SERVICES,
    /** A non-governmental organisation (fi: j\u00e4rjest\u00f6, sv: organisation). */
    NGO,
    /** A relative or close person (fi: omainen tai l\u00e4heinen, sv: anhörig eller närstående). */
    RELATIVE,
    /** Another channel (fi: muu, sv: annan). */
    OTHER
}
