package io.github.polku.measurement;

import java.math.BigDecimal;

/**
 * The direction of a scale (fi: asteikon suunta, sv: skalans riktning): whether a higher or a
 * lower value is the better one.
 * <p>
 * The direction turns a raw difference into an improvement. On the 0-10 perceived work ability
 * scale a rise from 4 to 6 is an improvement of 2; on the ICF qualifier scale a fall from 3
 * (severe problem) to 1 (mild problem) is an improvement of 2.
 * <p>
 * This is an immutable and thread-safe enum.
 *
 * @since 0.1.0
 */
public enum Direction {

    /** A higher value is better (fi: suurempi on parempi, sv: högre är bättre). */
    HIGHER_IS_BETTER(1),
    /** A lower value is better (fi: pienempi on parempi, sv: lägre är bättre). */
    LOWER_IS_BETTER(-1);

    private final int sign;

    Direction(int sign) {
        this.sign = sign;
    }

    /**
     * Converts a raw difference (later minus earlier) into an improvement, positive when the later
     * value is better.
     *
     * @param difference  the later value minus the earlier value, not null
     * @return the improvement, not null
     */
    public BigDecimal improvement(BigDecimal difference) {
        return sign > 0 ? difference : difference.negate();
    }
}
