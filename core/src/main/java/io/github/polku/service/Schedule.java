package io.github.polku.service;

import io.github.polku.validation.InvalidValueException;
import io.github.polku.validation.Violation;
import java.math.BigDecimal;
import java.util.Map;
import org.immutables.value.Value;

/**
 * The planned rhythm of a service (fi: aikataulu, sv: schema): sessions per week and hours per
 * session.
 * <p>
 * For rehabilitative work activity the days per week and hours per day of the
 * {@link RehabilitativeWorkActivity} are the figures the law limits; a schedule there is
 * informative.
 * <p>
 * This class is immutable and thread-safe.
 *
 * @since 0.1.0
 */
@Value.Immutable
public abstract class Schedule {

    /** The code of a schedule that cannot exist: no sessions, or hours outside 0-24. */
    public static final String IMPOSSIBLE = "polku.service.schedule.impossible";

    private static final BigDecimal HOURS_IN_DAY = BigDecimal.valueOf(24);

    Schedule() {
        // package-private: only the generated implementation extends this type
    }

    /**
     * Obtains a schedule.
     *
     * @param sessionsPerWeek  the number of sessions per week, at least 1
     * @param hoursPerSession  the length of a session in hours, not null, more than 0, at most 24
     * @return the schedule, not null
     * @throws InvalidValueException with code {@value #IMPOSSIBLE} if a number is out of range
     */
    public static Schedule of(int sessionsPerWeek, BigDecimal hoursPerSession) {
        return ImmutableSchedule.builder().sessionsPerWeek(sessionsPerWeek).hoursPerSession(hoursPerSession).build();
    }

    /**
     * Gets the number of sessions per week.
     *
     * @return the sessions, at least 1
     */
    public abstract int getSessionsPerWeek();

    /**
     * Gets the length of one session in hours.
     *
     * @return the hours, not null, more than 0, at most 24
     */
    public abstract BigDecimal getHoursPerSession();

    /**
     * Computes the planned hours per week: sessions per week times hours per session.
     *
     * @return the hours per week, not null
     */
    public BigDecimal hoursPerWeek() {
        return getHoursPerSession().multiply(BigDecimal.valueOf(getSessionsPerWeek()));
    }

    /**
     * Checks that the schedule has at least one session a week of more than 0 and at most 24 hours.
     *
     * @throws InvalidValueException with code {@value #IMPOSSIBLE} otherwise
     */
    @Value.Check
    protected void check() {
        if (getSessionsPerWeek() < 1) {
            throw InvalidValueException.of(Violation.error(IMPOSSIBLE, "/sessionsPerWeek", Map.of()));
        }
        if (getHoursPerSession().signum() <= 0 || getHoursPerSession().compareTo(HOURS_IN_DAY) > 0) {
            throw InvalidValueException.of(Violation.error(IMPOSSIBLE, "/hoursPerSession", Map.of()));
        }
    }
}
