package io.github.polku.codevelopment;

import io.github.polku.validation.InvalidValueException;
import io.github.polku.validation.Violation;
import java.time.LocalDate;
import java.util.Map;
import java.util.Optional;
import org.immutables.value.Value;

/**
 * A change in the status of an idea (fi: idean tilan muutos, sv: ändring av idéns status).
 * <p>
 * A rejection always carries its reason, because the reason is the answer the proposers are owed.
 * <pre>{@code
 * StatusChange accepted = StatusChange.of(IdeaStatus.ACCEPTED, LocalDate.of(2017, 3, 1));
 * StatusChange rejected = StatusChange.rejected(LocalDate.of(2017, 3, 1), "No premises available");
 * }</pre>
 * <p>
 * This class is immutable and thread-safe.
 *
 * @since 0.1.0
 */
@Value.Immutable
public abstract class StatusChange {

    /** The code of a rejection without a reason. */
    public static final String REJECTION_REASON = "polku.codevelopment.idea.rejectionReason";

    StatusChange() {
        // package-private: only the generated implementation extends this type
    }

    /**
     * Obtains a builder.
     *
     * @return a new builder, not null
     */
    public static Builder builder() {
        return new Builder();
    }

    /**
     * Obtains a status change without a reason.
     *
     * @param status  the new status, not null
     * @param date  the date of the change, not null
     * @return the change, not null
     * @throws InvalidValueException with code {@value #REJECTION_REASON} if the status is
     *     {@link IdeaStatus#REJECTED}
     */
    public static StatusChange of(IdeaStatus status, LocalDate date) {
        return builder().status(status).date(date).build();
    }

    /**
     * Obtains a rejection with its reason.
     *
     * @param date  the date of the rejection, not null
     * @param reason  the reason given to the proposers, not null, not blank
     * @return the change, not null
     * @throws InvalidValueException with code {@value #REJECTION_REASON} if the reason is blank
     */
    public static StatusChange rejected(LocalDate date, String reason) {
        return builder().status(IdeaStatus.REJECTED).date(date).reason(reason).build();
    }

    /**
     * Gets the new status.
     *
     * @return the status, not null
     */
    public abstract IdeaStatus getStatus();

    /**
     * Gets the date of the change.
     *
     * @return the date, not null
     */
    public abstract LocalDate getDate();

    /**
     * Gets the reason for the change, required for a rejection.
     *
     * @return the reason, empty if none was given
     */
    public abstract Optional<String> getReason();

    /**
     * Checks that a rejection has a reason.
     *
     * @throws InvalidValueException with code {@value #REJECTION_REASON} at {@code /reason}
     */
    @Value.Check
    protected void check() {
        if (getStatus() == IdeaStatus.REJECTED && getReason().map(String::isBlank).orElse(true)) {
            throw InvalidValueException.of(Violation.error(REJECTION_REASON, "/reason", Map.of()));
        }
    }

    /**
     * Builder for {@code StatusChange}; the methods are generated.
     *
     * @since 0.1.0
     */
    public static class Builder extends ImmutableStatusChange.Builder {
        /** Creates an empty builder; use {@link StatusChange#builder()}. */
        Builder() {
        }
    }
}
