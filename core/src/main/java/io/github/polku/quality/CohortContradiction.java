package io.github.polku.quality;

import io.github.polku.validation.Violation;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;

/**
 * A contradiction between the figures of a {@link CohortSummary} given to its
 * {@link CohortSummary.Builder} (fi: kohortin yhteenvedon ristiriita, sv: motsägelse i
 * kohortsammanfattningen): which figure, which part of it, and what is wrong, in the terms of
 * the summary itself. A reader of an exchange format maps the figure to its own location, for
 * example a JSON Pointer.
 * <p>
 * This class is immutable and thread-safe.
 *
 * @since 0.1.0
 */
public final class CohortContradiction {

    /**
     * The figures of a summary that a contradiction can be found in, each named by the property of
     * {@link CohortSummary} that gives it.
     *
     * @since 0.1.0
     */
    public enum Figure {
        /** {@link CohortSummary#getPathsInStage(io.github.polku.path.Stage)}; part: the stage. */
        CURRENT_STAGES("currentStages"),
        /** {@link CohortSummary#getPathsReaching(io.github.polku.path.Stage)}; part: the stage. */
        STAGES_REACHED("stagesReached"),
        /** {@link CohortSummary#getClosedPaths(io.github.polku.path.Destination)}; part: the destination, or none for all. */
        CLOSED_PATHS("closedPaths"),
        /** {@link CohortSummary#getPositivePaths()}. */
        POSITIVE_PATHS("positivePaths"),
        /** {@link CohortSummary#getContactToPlanDays()}. */
        CONTACT_TO_PLAN_DAYS("contactToPlanDays"),
        /** {@link CohortSummary#getPlanToClosureDays()}. */
        PLAN_TO_CLOSURE_DAYS("planToClosureDays"),
        /** {@link CohortSummary#getChangeScores()}; part: the index of the change scores. */
        CHANGE_SCORES("changeScores"),
        /** {@link CohortSummary#getAtLeastPartlyRemoteServices()}. */
        AT_LEAST_PARTLY_REMOTE_SERVICES("atLeastPartlyRemoteServices"),
        /** {@link CohortSummary#getRemoteSessions()}. */
        REMOTE_SESSIONS("remoteSessions"),
        /** {@link CohortSummary#getAnonymousContactCount()}. */
        ANONYMOUS_CONTACT_COUNT("anonymousContactCount"),
        /** {@link CohortSummary#getAnonymousPeopleByChannel()}; part: the channel. */
        ANONYMOUS_PEOPLE_BY_CHANNEL("anonymousPeopleByChannel");

        private final String propertyName;

        Figure(String propertyName) {
            this.propertyName = propertyName;
        }

        /**
         * Gets the name of the property of {@link CohortSummary} that gives the figure.
         *
         * @return the property name, for example {@code currentStages}; not null
         */
        public String getPropertyName() {
            return propertyName;
        }
    }

    private final String code;
    private final Figure figure;
    private final String part;

    private CohortContradiction(String code, Figure figure, String part) {
        this.code = Objects.requireNonNull(code, "code");
        this.figure = Objects.requireNonNull(figure, "figure");
        this.part = part;
    }

    static CohortContradiction of(String code, Figure figure) {
        return new CohortContradiction(code, figure, null);
    }

    static CohortContradiction of(String code, Figure figure, Object part) {
        return new CohortContradiction(code, figure, part instanceof Enum ? ((Enum<?>) part).name() : String.valueOf(part));
    }

    /**
     * Gets the violation code: {@value CohortSummary#UNKNOWN_PATH}, {@value CohortSummary#DUPLICATE_PATH}
     * or {@value CohortSummary#INCONSISTENT}.
     *
     * @return the code, not null
     */
    public String getCode() {
        return code;
    }

    /**
     * Gets the figure the contradiction is in.
     *
     * @return the figure, not null
     */
    public Figure getFigure() {
        return figure;
    }

    /**
     * Gets the part of the figure: the code of a stage, destination or channel, or the index of
     * the change scores.
     *
     * @return the part, empty when the contradiction is in the figure as a whole; not null
     */
    public Optional<String> getPart() {
        return Optional.ofNullable(part);
    }

    /**
     * Gets the contradiction as an error at a path made of the property names of the summary, for
     * example {@code /currentStages/CLOSED}: the form of {@link CohortSummary.Builder#build()}.
     *
     * @return the violation, not null
     */
    public Violation toViolation() {
        return Violation.error(code, "/" + figure.getPropertyName() + (part == null ? "" : "/" + part), Map.of());
    }

    /**
     * Checks if another contradiction has the same code, figure and part.
     *
     * @param obj  the other object, null returns false
     * @return true if equal
     */
    @Override
    public boolean equals(Object obj) {
        if (this == obj) {
            return true;
        }
        if (!(obj instanceof CohortContradiction)) {
            return false;
        }
        CohortContradiction o = (CohortContradiction) obj;
        return code.equals(o.code) && figure == o.figure && Objects.equals(part, o.part);
    }

    /**
     * Gets a hash code consistent with {@link #equals(Object)}.
     *
     * @return the hash code
     */
    @Override
    public int hashCode() {
        return Objects.hash(code, figure, part);
    }

    /**
     * Returns the code, the figure and the part: no personal data.
     *
     * @return the description, not null
     */
    @Override
    public String toString() {
        return "CohortContradiction[" + code + ", " + figure + (part == null ? "" : ", " + part) + "]";
    }
}
