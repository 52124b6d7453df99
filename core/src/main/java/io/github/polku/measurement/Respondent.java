package io.github.polku.measurement;

/**
 * Who gave the scores of a measurement (fi: vastaaja, sv: respondent).
 * <p>
 * The client's self-assessment, the worker's assessment and a reading agreed together are
 * different perspectives, so Polku compares only measurements by the same respondent.
 * <p>
 * This is an immutable and thread-safe enum.
 *
 * @since 0.1.0
 */
public enum Respondent {

    /** The client assessed themself (fi: asiakas, sv: klienten). */
    CLIENT,
    /** The worker assessed the client (fi: työntekijä, sv: arbetstagaren). */
    WORKER,
    /** The client and the worker agreed the reading together (fi: yhdessä, sv: tillsammans). */
    TOGETHER
}
