package io.github.polku.service;

import io.github.polku.validation.InvalidValueException;
import io.github.polku.validation.Violation;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.Map;
import java.util.Optional;
import org.immutables.value.Value;

/**
 * The record of one session of a service for the client (fi: osallistumismerkintä, sv:
 * närvaroanteckning): its date, what happened, and optionally the hours and a delivery mode that
 * differs from the service's own.
 * <p>
 * The date lies in the period of the service; {@link Service} reports a date outside it.
 * <p>
 * This class is immutable and thread-safe.
 *
 * @since 0.1.0
 */
@Value.Immutable
public abstract class Attendance {

    /** The code of hours outside 0-24. */
    public static final String HOURS_IMPOSSIBLE = "polku.service.attendance.hours.impossible";

    private static final BigDecimal HOURS_IN_DAY = BigDecimal.valueOf(24);

    Attendance() {
        // package-private: only the generated implementation extends this type
    }

    /**
     * Obtains a builder for an attendance record.
     *
     * @return a new builder, not null
     */
    public static Builder builder() {
        return new Builder();
    }

    /**
     * Obtains an attendance record with a date and a status only.
     *
     * @param date  the date of the session, not null
     * @param status  what happened, not null
     * @return the record, not null
     */
    public static Attendance of(LocalDate date, AttendanceStatus status) {
        return builder().date(date).status(status).build();
    }

    /**
     * Gets the date of the session.
     *
     * @return the date, not null
     */
    public abstract LocalDate getDate();

    /**
     * Gets what happened at the session.
     *
     * @return the status, not null
     */
    public abstract AttendanceStatus getStatus();

    /**
     * Gets the hours the client took part.
     *
     * @return the hours, zero to 24, empty if not recorded, not null
     */
    public abstract Optional<BigDecimal> getHours();

    /**
     * Gets the delivery mode of this session when it differs from the service's.
     *
     * @return the delivery mode, empty if the service's own, not null
     */
    public abstract Optional<DeliveryMode> getDeliveryMode();

    /**
     * Checks that recorded hours lie between 0 and 24.
     *
     * @throws InvalidValueException with code {@value #HOURS_IMPOSSIBLE} at {@code /hours} otherwise
     */
    @Value.Check
    protected void check() {
        if (getHours().isPresent() && (getHours().get().signum() < 0 || getHours().get().compareTo(HOURS_IN_DAY) > 0)) {
            throw InvalidValueException.of(Violation.error(HOURS_IMPOSSIBLE, "/hours", Map.of()));
        }
    }

    /**
     * Builder for {@code Attendance}; the methods are generated.
     *
     * @since 0.1.0
     */
    public static class Builder extends ImmutableAttendance.Builder {
        /** Creates an empty builder; use {@link Attendance#builder()}. */
        Builder() {
        }
    }
}
