package io.github.polku.path;

import java.time.LocalDate;
import org.immutables.value.Value;

/**
 * A dated change of a goal's status (fi: tavoitteen tilan muutos, sv: ändring av målets status).
 * <p>
 * This class is immutable and thread-safe.
 *
 * @since 0.1.0
 */
@Value.Immutable
public abstract class GoalStatusChange {

    GoalStatusChange() {
        // package-private: only the generated implementation extends this type
    }

    /**
     * Obtains a status change.
     *
     * @param date  the date of the change, not null
     * @param status  the new status, not null
     * @return the change, not null
     */
    public static GoalStatusChange of(LocalDate date, GoalStatus status) {
        return builder().date(date).status(status).build();
    }

    /**
     * Obtains a builder for a status change.
     *
     * @return a new builder, not null
     */
    public static Builder builder() {
        return new Builder();
    }

    /**
     * Gets the date of the change.
     *
     * @return the date, not null
     */
    public abstract LocalDate getDate();

    /**
     * Gets the new status.
     *
     * @return the status, not null
     */
    public abstract GoalStatus getStatus();

    /**
     * Builder for {@code GoalStatusChange}; the methods are generated.
     *
     * @since 0.1.0
     */
    public static class Builder extends ImmutableGoalStatusChange.Builder {
        /** Creates an empty builder; use {@link GoalStatusChange#builder()}. */
        Builder() {
        }
    }
}
