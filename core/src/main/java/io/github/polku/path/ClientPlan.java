package io.github.polku.path;

import io.github.polku.validation.InvalidValueException;
import io.github.polku.validation.Violation;
import jakarta.validation.Valid;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import org.immutables.value.Value;

/**
 * A client plan (fi: asiakassuunnitelma, sv: klientplan) under the Social Welfare Act
 * 1301/2014, section 39.
 * <p>
 * A plan records its creation date and evaluation dates, the client's own view and the worker's
 * view, whether they agree and, if not, the justification of each, who took part, and the
 * {@link Goal goals} in priority order. Views and justifications are personal data and are never
 * shown by {@link #toString()}. Goal identifiers are unique within a plan.
 * <p>
 * The validator reports a missing view or justification (error, rule 7), evaluation dates out of
 * order (error), and, on the path, a minor's plan without the child's own view (warning).
 * <p>
 * Copies with one value changed come from the {@code with...} methods (for example
 * {@code withX(value)}), and a builder filled from an existing value from
 * {@code builder().from(value)}; both run the same construction checks.
 * <p>
 * This class is immutable and thread-safe.
 *
 * @since 0.1.0
 */
@Value.Immutable
@ValidClientPlan
public abstract class ClientPlan implements WithClientPlan {

    /** The code of a goal identifier that appears more than once in a plan. */
    public static final String DUPLICATE_GOAL_ID = "polku.path.goal.duplicateId";

    ClientPlan() {
        // package-private: only the generated implementation extends this type
    }

    /**
     * Obtains a builder for a client plan.
     *
     * @return a new builder, not null
     */
    public static Builder builder() {
        return new Builder();
    }

    /**
     * Gets the date on which the plan was drawn up.
     *
     * @return the date, not null
     */
    public abstract LocalDate getCreatedOn();

    /**
     * Gets the dates on which the plan was evaluated, oldest first.
     *
     * @return the evaluation dates, not null, may be empty
     */
    public abstract List<LocalDate> getEvaluationDates();

    /**
     * Gets the client's own view (free text, personal data).
     *
     * @return the view, empty if not recorded, not null
     */
    @Value.Redacted
    public abstract Optional<String> getClientView();

    /**
     * Gets the worker's view (free text, personal data).
     *
     * @return the view, empty if not recorded, not null
     */
    @Value.Redacted
    public abstract Optional<String> getWorkerView();

    /**
     * Checks if the client and the worker agree on the plan (fi: yksimielisyys, sv: samstämmighet).
     *
     * @return true if they agree; true by default
     */
    @Value.Default
    public boolean isAgreement() {
        return true;
    }

    /**
     * Gets the justification of the client's view when the views differ (free text, personal data).
     *
     * @return the justification, empty if not recorded, not null
     */
    @Value.Redacted
    public abstract Optional<String> getClientJustification();

    /**
     * Gets the justification of the worker's view when the views differ (free text, personal data).
     *
     * @return the justification, empty if not recorded, not null
     */
    @Value.Redacted
    public abstract Optional<String> getWorkerJustification();

    /**
     * Gets the parties who took part in drawing up the plan.
     *
     * @return the participants, not null, may be empty
     */
    public abstract Set<PlanParticipant> getParticipants();

    /**
     * Gets the goals in priority order.
     *
     * @return the goals, not null, may be empty
     */
    public abstract List<@Valid Goal> getGoals();

    /**
     * Gets the goal with the given identifier.
     *
     * @param id  the goal identifier, not null
     * @return the goal, empty if the plan has none with that identifier, not null
     */
    public Optional<Goal> getGoal(GoalId id) {
        Objects.requireNonNull(id, "id");
        return getGoals().stream().filter(g -> g.getId().equals(id)).findFirst();
    }

    /**
     * Returns a copy of this plan in which one goal has a new status.
     *
     * @param id  the goal identifier, not null
     * @param status  the new status, not null
     * @param date  the date of the change, not null
     * @return a new plan, not null
     * @throws IllegalArgumentException if the plan has no goal with that identifier
     * @throws IllegalTransitionException if the goal may not change to the status on that date
     */
    public ClientPlan withGoalStatus(GoalId id, GoalStatus status, LocalDate date) {
        List<Goal> goals = new ArrayList<>(getGoals());
        for (int i = 0; i < goals.size(); i++) {
            if (goals.get(i).getId().equals(id)) {
                goals.set(i, goals.get(i).withStatus(status, date));
                return ((ImmutableClientPlan) ImmutableClientPlan.copyOf(this)).withGoals(goals);
            }
        }
        throw new IllegalArgumentException("No goal with id " + id);
    }

    /**
     * Checks the structural invariant: goal identifiers are unique.
     *
     * @throws InvalidValueException with code {@value #DUPLICATE_GOAL_ID} at {@code /goals/i/id}
     */
    @Value.Check
    protected void check() {
        Set<GoalId> seen = new HashSet<>();
        for (int i = 0; i < getGoals().size(); i++) {
            GoalId id = getGoals().get(i).getId();
            if (!seen.add(id)) {
                throw InvalidValueException.of(Violation.error(DUPLICATE_GOAL_ID, "/goals/" + i + "/id", Map.of("id", id)));
            }
        }
    }

    /**
     * Builder for {@code ClientPlan}; the methods are generated.
     *
     * @since 0.1.0
     */
    public static class Builder extends ImmutableClientPlan.Builder {
        /** Creates an empty builder; use {@link ClientPlan#builder()}. */
        Builder() {
        }
    }
}
