package io.github.polku.codevelopment;

import java.util.Objects;
import java.util.Optional;

/**
 * The participation level of one role in a co-development process (fi: roolin osallisuuden taso,
 * sv: rollens delaktighetsnivå): its rung on Arnstein's ladder with the inputs it was derived from.
 * <p>
 * Obtained from {@link CoDevelopmentProcess#getParticipationLevel(ParticipantId, ParticipationRole)}.
 * The {@link #getRung() rung} is the {@link #getAssessedRung() assessed rung} when the role has an
 * explicit assessment, otherwise the {@link #getDerivedRung() derived rung}. The group is always
 * derived from the rung.
 * <p>
 * This class is immutable and thread-safe.
 *
 * @since 0.1.0
 */
public final class ParticipationLevel {

    private final ArnsteinRung derivedRung;
    private final ArnsteinRung assessedRung;
    private final Hearing hearing;
    private final boolean clientSideMinority;

    ParticipationLevel(ArnsteinRung derivedRung, ArnsteinRung assessedRung, Hearing hearing, boolean clientSideMinority) {
        this.derivedRung = Objects.requireNonNull(derivedRung, "derivedRung");
        this.assessedRung = assessedRung;
        this.hearing = Objects.requireNonNull(hearing, "hearing");
        this.clientSideMinority = clientSideMinority;
    }

    /**
     * Gets the rung that applies: the assessed one if any, else the derived one.
     *
     * @return the rung, not null
     */
    public ArnsteinRung getRung() {
        return assessedRung != null ? assessedRung : derivedRung;
    }

    /**
     * Gets the group of the rung that applies.
     *
     * @return the group, not null
     */
    public ParticipationGroup getGroup() {
        return getRung().getGroup();
    }

    /**
     * Gets the rung derived by the {@link ParticipationLadder}.
     *
     * @return the derived rung, not null
     */
    public ArnsteinRung getDerivedRung() {
        return derivedRung;
    }

    /**
     * Gets the rung of an explicit assessment.
     *
     * @return the assessed rung, empty if none overrides the derived rung
     */
    public Optional<ArnsteinRung> getAssessedRung() {
        return Optional.ofNullable(assessedRung);
    }

    /**
     * Gets how the participant has been heard, one input of the derivation.
     *
     * @return the hearing, not null
     */
    public Hearing getHearing() {
        return hearing;
    }

    /**
     * Checks if the client side was a minority of the process, one input of the derivation.
     *
     * @return true if client-side participants were fewer than the others
     */
    public boolean isClientSideMinority() {
        return clientSideMinority;
    }

    @Override
    public boolean equals(Object obj) {
        if (this == obj) {
            return true;
        }
        if (!(obj instanceof ParticipationLevel)) {
            return false;
        }
        ParticipationLevel other = (ParticipationLevel) obj;
        return derivedRung == other.derivedRung && assessedRung == other.assessedRung
                && hearing == other.hearing && clientSideMinority == other.clientSideMinority;
    }

    @Override
    public int hashCode() {
        return Objects.hash(derivedRung, assessedRung, hearing, clientSideMinority);
    }

    /**
     * Returns a description such as {@code PARTNERSHIP (derived; ANSWERED)}.
     *
     * @return the description, not null
     */
    @Override
    public String toString() {
        return getRung() + (assessedRung != null ? " (assessed; derived " + derivedRung + ")" : " (derived)")
                + "; " + hearing + (clientSideMinority ? "; client-side minority" : "");
    }
}
