package io.github.polku.codevelopment;

import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.immutables.value.Value;

/**
 * A role held by a participant in a co-development process (fi: roolitehtävä, sv: rolluppdrag).
 * <p>
 * The assignment records what the role is, the training behind it, how it is paid, what it is
 * responsible for, how much the person commits according to own resources, and what the role may
 * decide. The rung of the role on Arnstein's ladder is not stored: a process derives it with
 * {@link CoDevelopmentProcess#getParticipationLevel(ParticipantId, ParticipationRole)}, unless an
 * explicit {@link #getAssessment() assessment} overrides it.
 * <p>
 * Rules checked by {@link io.github.polku.validation.PolkuValidator}: an experience expert has
 * completed training ({@value CoDevelopmentCodes#TRAINING_REQUIRED}); a peer supporter need not have.
 * <pre>{@code
 * RoleAssignment expert = RoleAssignment.builder()
 *         .role(ParticipationRole.EXPERIENCE_EXPERT)
 *         .training(Training.builder().completed(true).build())
 *         .compensation(Compensation.FEE)
 *         .addResponsibility("Co-plans the group activities")
 *         .addDecisionRight(DecisionRight.AGENDA).addDecisionRight(DecisionRight.PRIORITIES)
 *         .build();
 * }</pre>
 * <p>
 * This class is immutable and thread-safe.
 *
 * @since 0.1.0
 */
@Value.Immutable
@ValidRoleAssignment
public abstract class RoleAssignment {

    RoleAssignment() {
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
     * Gets the role.
     *
     * @return the role, not null
     */
    public abstract ParticipationRole getRole();

    /**
     * Gets the training for the role.
     *
     * @return the training, empty if none is recorded
     */
    public abstract Optional<Training> getTraining();

    /**
     * Gets how the role is paid; {@link Compensation#NONE} unless set.
     *
     * @return the compensation, not null
     */
    @Value.Default
    public Compensation getCompensation() {
        return Compensation.NONE;
    }

    /**
     * Gets the responsibilities of the role, as short descriptions of tasks.
     *
     * @return the responsibilities, not null, may be empty
     */
    public abstract List<String> getResponsibilities();

    /**
     * Gets the person's commitment according to own resources.
     *
     * @return the commitment, empty if not recorded
     */
    public abstract Optional<Commitment> getCommitment();

    /**
     * Gets what the role may decide.
     *
     * @return the decision rights, not null, may be empty
     */
    public abstract Set<DecisionRight> getDecisionRights();

    /**
     * Gets an explicit assessment that overrides the derived rung.
     *
     * @return the assessment, empty if the derived rung applies
     */
    public abstract Optional<ParticipationAssessment> getAssessment();

    /**
     * Checks if training for the role has been completed.
     *
     * @return true if a training is recorded and completed
     */
    public boolean hasCompletedTraining() {
        return getTraining().map(Training::isCompleted).orElse(false);
    }

    /**
     * Builder for {@code RoleAssignment}; the methods are generated.
     *
     * @since 0.1.0
     */
    public static class Builder extends ImmutableRoleAssignment.Builder {
        /** Creates an empty builder; use {@link RoleAssignment#builder()}. */
        Builder() {
        }
    }
}
