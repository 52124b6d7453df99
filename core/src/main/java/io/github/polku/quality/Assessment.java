package io.github.polku.quality;

import io.github.polku.validation.InvalidValueException;
import io.github.polku.validation.Violation;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;

/**
 * How a quality criterion is assessed (fi: arviointitapa, sv: bed\u00f6mningss\u00e4tt): automatically
 * by a named {@link CriterionEvaluator evaluator}, or by a person.
 * <p>
 * An automatic assessment names its evaluator by identifier, so that a framework loaded from data
 * can refer to the evaluators of an {@link EvaluatorRegistry}.
 * <pre>{@code
 * Assessment automatic = Assessment.automatic("path.namedWorker");
 * Assessment manual = Assessment.byPerson();
 * }</pre>
 * <p>
 * This class is immutable and thread-safe.
 *
 * @since 0.1.0
 */
public final class Assessment {

    /** The code of a malformed evaluator identifier. */
    public static final String EVALUATOR_ID_FORMAT = "polku.quality.evaluatorId.format";

    private static final Assessment BY_PERSON = new Assessment(null);

    private final String evaluatorId;

    private Assessment(String evaluatorId) {
        this.evaluatorId = evaluatorId;
    }

    /**
     * Obtains an automatic assessment by the named evaluator.
     *
     * @param evaluatorId  the evaluator identifier: lowerCamel segments separated by dots, at most
     *     64 characters, for example {@code path.namedWorker}; not null
     * @return the assessment, not null
     * @throws InvalidValueException with code {@value #EVALUATOR_ID_FORMAT} at {@code /evaluatorId}
     *     if the identifier is malformed
     */
    public static Assessment automatic(String evaluatorId) {
        Objects.requireNonNull(evaluatorId, "evaluatorId");
        if (!Checks.matches(Checks.EVALUATOR_ID, evaluatorId)) {
            throw InvalidValueException.of(Violation.error(EVALUATOR_ID_FORMAT, "/evaluatorId",
                    Map.of("max", Checks.MAX_LENGTH)));
        }
        return new Assessment(evaluatorId);
    }

    /**
     * Obtains the assessment by a person.
     *
     * @return the assessment, not null
     */
    public static Assessment byPerson() {
        return BY_PERSON;
    }

    /**
     * Gets the kind of assessment.
     *
     * @return the kind, not null
     */
    public AssessmentKind getKind() {
        return evaluatorId == null ? AssessmentKind.BY_PERSON : AssessmentKind.AUTOMATIC;
    }

    /**
     * Checks if the assessment is automatic.
     *
     * @return true if an evaluator judges the criterion
     */
    public boolean isAutomatic() {
        return evaluatorId != null;
    }

    /**
     * Gets the identifier of the evaluator.
     *
     * @return the identifier, empty for an assessment by a person, not null
     */
    public Optional<String> getEvaluatorId() {
        return Optional.ofNullable(evaluatorId);
    }

    @Override
    public boolean equals(Object obj) {
        return this == obj || (obj instanceof Assessment && Objects.equals(evaluatorId, ((Assessment) obj).evaluatorId));
    }

    @Override
    public int hashCode() {
        return Objects.hashCode(evaluatorId);
    }

    /**
     * Returns {@code AUTOMATIC(evaluatorId)} or {@code BY_PERSON}.
     *
     * @return the description, not null
     */
    @Override
    public String toString() {
        return evaluatorId == null ? "BY_PERSON" : "AUTOMATIC(" + evaluatorId + ")";
    }
}
