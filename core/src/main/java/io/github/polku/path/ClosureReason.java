package io.github.polku.path;

/**
 * Why a rehabilitation path was closed (fi: p\u00e4\u00e4ttymisen syy, sv: orsak till avslut).
 *
 * @since 0.1.0
 */
public enum ClosureReason {
    /** The goals were met (fi: tavoitteet saavutettu, sv: målen uppnådda). */
    GOALS_MET,
    /** The client moved on to another service or activity (fi: siirtyi eteenp\u00e4in, sv: gick vidare). */
    MOVED_ON,
    /** The client withdrew (fi: asiakas keskeytti, sv: klienten avbröt). */
    CLIENT_WITHDREW,
    /** The client moved away from the organiser's area (fi: muutti pois, sv: flyttade bort). */
    MOVED_AWAY,
    /** Contact with the client was lost (fi: yhteys katkesi, sv: kontakten bröts). */
    NO_CONTACT,
    /** Another reason (fi: muu syy, sv: annat skäl). */
    OTHER
}
