package io.github.polku.codevelopment;

/**
 * How much a person commits to a role, according to the person's own resources (fi:
 * sitoutuminen omien voimavarojen mukaan, sv: engagemang efter egna resurser).
 * <p>
 * This enum is immutable and thread-safe.
 *
 * @since 0.1.0
 */
public enum CommitmentLevel {
    /** Takes part when the person's resources allow (fi: satunnainen, sv: tillfälligt). */
    OCCASIONAL,
    /** Takes part regularly (fi: säännöllinen, sv: regelbundet). */
    REGULAR,
    /**
     * Takes responsibility for running an activity, as VALSKU participants did (fi: vastuullinen,
     * sv: ansvarstagande).
     */
    RESPONSIBLE
}
