package io.github.polku.internal.constraintvalidators;

import io.github.polku.client.Organiser;
import io.github.polku.client.OrganiserType;
import java.time.LocalDate;

/**
 * Rule 29: the organiser must be in charge on the dates it is recorded for. The reform date is
 * read from the organiser data (the earliest {@code organisesFrom} of the counties), never a literal.
 */
public final class OrganiserCheck {

    /** A county or Helsinki recorded for a date before it began to organise. */
    public static final String NOT_YET_IN_CHARGE = "polku.organiser.notYetInCharge";
    /** A municipality or joint authority recorded for a date on or after the reform. */
    public static final String NO_LONGER_IN_CHARGE = "polku.organiser.noLongerInCharge";

    private static final LocalDate REFORM = Organiser.since2023().stream()
            .map(o -> o.getOrganisesFrom().orElseThrow())
            .min(LocalDate::compareTo)
            .orElseThrow();

    private OrganiserCheck() {
    }

    /**
     * Checks an organiser against the latest date it is recorded as being in charge of.
     *
     * @param organiser the organiser, not null
     * @param latest the latest date, not null
     * @param pointer where to report, not null
     * @param context where to report to, not null
     */
    static void check(Organiser organiser, LocalDate latest, String pointer, RuleContext context) {
        OrganiserType type = organiser.getType();
        if (type == OrganiserType.WELLBEING_SERVICES_COUNTY || type == OrganiserType.CITY_OF_HELSINKI) {
            LocalDate from = organiser.getOrganisesFrom().orElse(REFORM);
            if (latest.isBefore(from)) {
                context.error(NOT_YET_IN_CHARGE, pointer, "type", type, "organisesFrom", from);
            }
        } else if (!latest.isBefore(REFORM)) {
            context.error(NO_LONGER_IN_CHARGE, pointer, "type", type, "until", REFORM.minusDays(1));
        }
    }
}
