package io.github.polku.codevelopment;

/**
 * A phase of a co-development process, from ideas to embedding (fi: vaihe, sv: fas).
 * <p>
 * The constants are in the order in which the phases start. SOSKU names the verbs ideate, create
 * and develop, and test; evaluation and embedding complete the cycle (DOMAIN.md §4.1).
 * <p>
 * This enum is immutable and thread-safe.
 *
 * @since 0.1.0
 */
public enum Phase {
    /** Ideating (fi: ideointi, sv: idéutveckling). */
    IDEATE,
    /** Creating and developing (fi: kehittäminen, sv: utveckling). */
    DEVELOP,
    /** Piloting and testing (fi: pilotointi, sv: pilotering). */
    PILOT,
    /** Evaluating (fi: arviointi, sv: utvärdering). */
    EVALUATE,
    /** Embedding into permanent practice (fi: juurruttaminen, sv: förankring). */
    EMBED
}
