package io.github.polku.service;

/**
 * A fact about the client that frees the organiser from the obligation to provide rehabilitative
 * work activity (fi: järjestämisvelvollisuuden poikkeus, sv: undantag från
 * anordnarskyldigheten), Act 189/2001, section 6 as amended by Act 702/2020.
 * <p>
 * The activity may still be given; Polku raises a warning so that the organiser notices.
 *
 * @since 0.1.0
 */
public enum ObligationExemption {
    /**
     * The client works, other than occasionally, in employment with regular weekly hours above the
     * limit of section 6 (fi: säännöllinen työ, sv: regelbundet arbete).
     */
    REGULAR_WORK,
    /** The client is employed full-time in business or starting one (fi: päätoiminen yrittäjä, sv: företagare på heltid). */
    FULL_TIME_ENTREPRENEUR,
    /**
     * The client is a full-time student in the sense of the Unemployment Security Act (fi:
     * päätoiminen opiskelija, sv: studerande på heltid).
     */
    FULL_TIME_STUDENT
}
