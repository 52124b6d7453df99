package io.github.polku.codevelopment;

import io.github.polku.validation.InvalidValueException;
import io.github.polku.validation.Violation;
import java.util.Map;

/**
 * A rung on Arnstein's ladder of citizen participation (1969) (fi: Arnsteinin osallisuuden tikkaiden
 * porras, sv: steg på Arnsteins delaktighetsstege).
 * <p>
 * The ladder has eight rungs, numbered 1 to 8 from the bottom. The {@link #getGroup() group} of a
 * rung is derived: 1–2 non-participation, 3–5 tokenism, 6–8 citizen power (DOMAIN.md §6.2 and
 * rule 34).
 * <pre>{@code
 * ArnsteinRung rung = ArnsteinRung.of(6);           // PARTNERSHIP
 * ParticipationGroup group = rung.getGroup();        // CITIZEN_POWER
 * }</pre>
 * <p>
 * This enum is immutable and thread-safe.
 *
 * @since 0.1.0
 */
public enum ArnsteinRung {
    /** Rung 1: present for show, never listened to (fi: manipulointi, sv: manipulation). */
    MANIPULATION,
    /** Rung 2: participation as treatment of the participants (fi: terapia, sv: terapi). */
    THERAPY,
    /** Rung 3: one-way information (fi: tiedottaminen, sv: information). */
    INFORMING,
    /** Rung 4: views asked, with no assurance they count (fi: konsultointi, sv: konsultation). */
    CONSULTATION,
    /** Rung 5: advice heard, decisions kept elsewhere (fi: lepyttely, sv: blidkande). */
    PLACATION,
    /** Rung 6: decisions shared (fi: kumppanuus, sv: partnerskap). */
    PARTNERSHIP,
    /** Rung 7: most decisions delegated (fi: delegoitu valta, sv: delegerad makt). */
    DELEGATED_POWER,
    /** Rung 8: full control (fi: kansalaisten hallinta, sv: medborgarkontroll). */
    CITIZEN_CONTROL;

    /** The code of a rung number outside 1–8. */
    public static final String RANGE = "polku.codevelopment.rung.range";

    private static final ArnsteinRung[] VALUES = values();

    /**
     * Obtains a rung from its number.
     *
     * @param number  the rung number, 1 (manipulation) to 8 (citizen control)
     * @return the rung, not null
     * @throws InvalidValueException with code {@value #RANGE} if the number is outside 1–8
     */
    public static ArnsteinRung of(int number) {
        if (number < 1 || number > VALUES.length) {
            throw InvalidValueException.of(Violation.error(RANGE, "", Map.of("min", 1, "max", VALUES.length)));
        }
        return VALUES[number - 1];
    }

    /**
     * Gets the rung number.
     *
     * @return 1 to 8
     */
    public int getNumber() {
        return ordinal() + 1;
    }

    /**
     * Gets the group of this rung, derived from the number.
     *
     * @return the group, not null
     */
    public ParticipationGroup getGroup() {
        if (getNumber() <= 2) {
            return ParticipationGroup.NON_PARTICIPATION;
        }
        return getNumber() <= 5 ? ParticipationGroup.TOKENISM : ParticipationGroup.CITIZEN_POWER;
    }

    /**
     * Checks if this rung gives real influence: partnership or higher.
     *
     * @return true for rungs 6–8
     */
    public boolean isCitizenPower() {
        return getGroup() == ParticipationGroup.CITIZEN_POWER;
    }
}
