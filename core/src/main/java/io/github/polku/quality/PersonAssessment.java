package io.github.polku.quality;

import java.time.LocalDate;
import org.immutables.value.Value;

/**
 * A person's judgement on a quality criterion that the records cannot show (fi: henkil\u00f6n arvio,
 * sv: en persons bed\u00f6mning), such as whether participation was voluntary: the criterion, the
 * subject, the outcome and the date.
 * <p>
 * Give person assessments to {@link QualityEvaluator#withPersonAssessments(java.util.Collection)};
 * a criterion {@link Assessment#byPerson() assessed by a person} then reports the person's outcome
 * instead of {@link CriterionOutcome#INSUFFICIENT_DATA}. The assessment names no one: neither the
 * client nor the assessor.
 * <pre>{@code
 * PersonAssessment asked = PersonAssessment.of("VOLUNTARY_PARTICIPATION", Subject.path("P-0001"),
 *         CriterionOutcome.MET, LocalDate.of(2025, 6, 30));
 * }</pre>
 * <p>
 * This class is immutable and thread-safe.
 *
 * @since 0.1.0
 */
@Value.Immutable
public abstract class PersonAssessment {

    PersonAssessment() {
        // package-private: only the generated implementation extends this type
    }

    /**
     * Obtains a person assessment.
     *
     * @param criterionCode  the code of the criterion assessed, not null
     * @param subject  the path or process assessed, not null
     * @param outcome  the person's judgement, not null
     * @param assessedOn  the date of the judgement, not null
     * @return the assessment, not null
     * @throws IllegalArgumentException if the criterion code is malformed
     */
    public static PersonAssessment of(String criterionCode, Subject subject, CriterionOutcome outcome, LocalDate assessedOn) {
        return builder().criterionCode(criterionCode).subject(subject).outcome(outcome).assessedOn(assessedOn).build();
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
     * Gets the code of the criterion assessed.
     *
     * @return the criterion code, not null
     */
    public abstract String getCriterionCode();

    /**
     * Gets the subject assessed.
     *
     * @return the subject, not null
     */
    public abstract Subject getSubject();

    /**
     * Gets the person's judgement.
     *
     * @return the outcome, not null
     */
    public abstract CriterionOutcome getOutcome();

    /**
     * Gets the date of the judgement.
     *
     * @return the date, not null
     */
    public abstract LocalDate getAssessedOn();

    /**
     * Checks that the criterion code is well formed.
     *
     * @throws IllegalArgumentException if it is not
     */
    @Value.Check
    protected void check() {
        if (!Checks.matches(Checks.CRITERION_CODE, getCriterionCode())) {
            throw new IllegalArgumentException("Malformed criterion code: " + getCriterionCode());
        }
    }

    /**
     * Builder for {@code PersonAssessment}; the methods are generated.
     *
     * @since 0.1.0
     */
    public static class Builder extends ImmutablePersonAssessment.Builder {
        /** Creates an empty builder; use {@link PersonAssessment#builder()}. */
        Builder() {
        }
    }
}
