package io.github.polku.codevelopment;

/**
 * A group of rungs on Arnstein's ladder of citizen participation (fi: osallisuuden taso, sv:
 * delaktighetsnivå).
 * <p>
 * The group is always derived from the {@link ArnsteinRung rung} and never stored on its own
 * (DOMAIN.md rule 34).
 * <p>
 * This enum is immutable and thread-safe.
 *
 * @since 0.1.0
 */
public enum ParticipationGroup {
    /** Rungs 1–2 (fi: ei osallisuutta, sv: icke-deltagande). */
    NON_PARTICIPATION,
    /** Rungs 3–5 (fi: näennäisosallisuus, sv: symboliskt deltagande). */
    TOKENISM,
    /** Rungs 6–8 (fi: kansalaisvalta, sv: medborgarmakt). */
    CITIZEN_POWER
}
