package io.github.polku.path;

import io.github.polku.measurement.IcfChapter;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import org.immutables.value.Value;

/**
 * A goal of a client plan (fi: tavoite, sv: mål), written in the client's own words.
 * <p>
 * A goal has an identifier, the client's words, the life area it concerns (an ICF activities and participation
 * chapter, {@link IcfChapter}), an
 * optional target date and youth placement target, the date it was set, and a dated status
 * history. A new goal is {@link GoalStatus#PROPOSED proposed}; each entry of the history is a
 * change along the table of {@link GoalStatus}. {@link #withStatus(GoalStatus, LocalDate)} returns
 * a new goal with one more entry and rejects illegal changes; the validator reports illegal or
 * unordered entries in a goal built with the builder. The client's words are personal data and
 * are never shown by {@link #toString()}.
 * <pre>{@code
 * Goal goal = Goal.builder()
 *         .id(GoalId.of("G1"))
 *         .words("I want to get out of the house twice a week")
 *         .lifeArea(IcfChapter.D9)
 *         .setOn(LocalDate.of(2025, 5, 6))
 *         .build()
 *         .withStatus(GoalStatus.ACTIVE, LocalDate.of(2025, 5, 6));
 * }</pre>
 * <p>
 * This class is immutable and thread-safe.
 *
 * @since 0.1.0
 */
@Value.Immutable
@ValidGoal
public abstract class Goal {

    Goal() {
        // package-private: only the generated implementation extends this type
    }

    /**
     * Obtains a builder for a goal.
     *
     * @return a new builder, not null
     */
    public static Builder builder() {
        return new Builder();
    }

    /**
     * Gets the identifier, unique within the plan.
     *
     * @return the identifier, not null
     */
    public abstract GoalId getId();

    /**
     * Gets the goal in the client's own words (free text, personal data).
     *
     * @return the words, not null
     */
    @Value.Redacted
    @NotBlank
    public abstract String getWords();

    /**
     * Gets the life area (fi: el\u00e4m\u00e4nalue, sv: livsomr\u00e5de) the goal concerns: an ICF
     * activities and participation chapter, d1 to d9.
     *
     * @return the life area, not null
     */
    public abstract IcfChapter getLifeArea();

    /**
     * Gets the date on which the goal was set (proposed).
     *
     * @return the date, not null
     */
    public abstract LocalDate getSetOn();

    /**
     * Gets the date by which the goal should be reached.
     *
     * @return the target date, empty if none, not null
     */
    public abstract Optional<LocalDate> getTargetDate();

    /**
     * Gets the placement a young person's goal aims at.
     *
     * @return the youth placement target, empty if none, not null
     */
    public abstract Optional<YouthPlacementTarget> getYouthPlacement();

    /**
     * Gets the dated changes of status, oldest first. The status before the first change is
     * {@link GoalStatus#PROPOSED}.
     *
     * @return the status history, not null, may be empty
     */
    public abstract List<@Valid GoalStatusChange> getStatusHistory();

    /**
     * Gets the current status: that of the latest change, or {@link GoalStatus#PROPOSED}.
     *
     * @return the status, not null
     */
    public GoalStatus getStatus() {
        List<GoalStatusChange> history = getStatusHistory();
        return history.isEmpty() ? GoalStatus.PROPOSED : history.get(history.size() - 1).getStatus();
    }

    /**
     * Gets the date of the latest status change, or the date the goal was set.
     *
     * @return the date, not null
     */
    public LocalDate getStatusDate() {
        List<GoalStatusChange> history = getStatusHistory();
        return history.isEmpty() ? getSetOn() : history.get(history.size() - 1).getDate();
    }

    /**
     * Returns a copy of this goal with a new status from the given date.
     *
     * @param status  the new status, not null
     * @param date  the date of the change, not null, not before {@link #getStatusDate()}
     * @return a new goal with the change appended, not null
     * @throws IllegalTransitionException if the table of {@link GoalStatus} does not allow the
     *     change, or the date is before the latest date of the goal
     */
    public Goal withStatus(GoalStatus status, LocalDate date) {
        Objects.requireNonNull(status, "status");
        Objects.requireNonNull(date, "date");
        GoalStatus current = getStatus();
        if (!current.canTransitionTo(status)) {
            throw IllegalTransitionException.ofGoal(IllegalTransitionException.STATUS_NOT_ALLOWED, current, status);
        }
        if (date.isBefore(getStatusDate())) {
            throw IllegalTransitionException.ofGoal(IllegalTransitionException.STATUS_DATED_BEFORE, current, status);
        }
        List<GoalStatusChange> history = new ArrayList<>(getStatusHistory());
        history.add(GoalStatusChange.of(date, status));
        return ((ImmutableGoal) ImmutableGoal.copyOf(this)).withStatusHistory(history);
    }

    /**
     * Builder for {@code Goal}; the methods are generated.
     *
     * @since 0.1.0
     */
    public static class Builder extends ImmutableGoal.Builder {
        /** Creates an empty builder; use {@link Goal#builder()}. */
        Builder() {
        }
    }
}
