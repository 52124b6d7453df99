package io.github.polku.path;

/**
 * A party who took part in drawing up a client plan (fi: suunnitelmaan osallistunut, sv:
 * deltagare i planeringen). Only roles are recorded, never names.
 *
 * @since 0.1.0
 */
public enum PlanParticipant {
    /** The client (fi: asiakas, sv: klienten). */
    CLIENT,
    /** The named worker (fi: omaty\u00f6ntekij\u00e4, sv: egen kontaktperson). */
    NAMED_WORKER,
    /** Another professional (fi: muu ammattilainen, sv: annan yrkesperson). */
    OTHER_PROFESSIONAL,
    /** A relative (fi: omainen, sv: anhörig). */
    RELATIVE,
    /** A legal representative (fi: laillinen edustaja, sv: lagligt ombud). */
    LEGAL_REPRESENTATIVE,
    /** Another close person (fi: muu l\u00e4heinen, sv: annan närstående). */
    CLOSE_PERSON,
    /** An interpreter (fi: tulkki, sv: tolk). */
    INTERPRETER,
    /** Someone else (fi: muu, sv: annan). */
    OTHER
}
