package io.github.polku.measurement;

/**
 * Whether a change score is an improvement (fi: muutoksen suunta, sv: förändringens riktning),
 * judged by the direction of the scale.
 * <p>
 * This is an immutable and thread-safe enum.
 *
 * @since 0.1.0
 */
public enum ChangeOutcome {

    /** The later value is better (fi: parantunut, sv: förbättrad). */
    IMPROVED,
    /** The values are equal (fi: ennallaan, sv: oförändrad). */
    UNCHANGED,
    /** The later value is worse (fi: heikentynyt, sv: försämrad). */
    WORSENED
}
