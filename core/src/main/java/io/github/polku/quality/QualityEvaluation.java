package io.github.polku.quality;

import io.github.polku.internal.validation.Identifiers;
import java.time.LocalDate;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import org.immutables.value.Value;

/**
 * The evaluation of one subject against a quality framework (fi: laadun arviointi, sv:
 * kvalitetsbed\u00f6mning): which framework and version, which subject, on which date, and one
 * {@link CriterionResult result} per criterion that applies to the kind of subject, in the order
 * of the framework.
 * <p>
 * Obtain one from {@link QualityEvaluator}.
 * <p>
 * This class is immutable and thread-safe.
 *
 * @since 0.1.0
 */
@Value.Immutable
public abstract class QualityEvaluation {

    QualityEvaluation() {
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
     * Gets the identifier of the framework evaluated against.
     *
     * @return the framework identifier, not null
     */
    public abstract String getFrameworkId();

    /**
     * Gets the version of the framework evaluated against.
     *
     * @return the framework version, not null
     */
    public abstract String getFrameworkVersion();

    /**
     * Gets the subject evaluated.
     *
     * @return the subject, not null
     */
    public abstract Subject getSubject();

    /**
     * Gets the date of the evaluation: records are judged as they stood on this date, and an
     * ongoing path is measured up to it.
     *
     * @return the date, not null
     */
    public abstract LocalDate getEvaluatedOn();

    /**
     * Gets the results, one per criterion, in the order of the framework.
     *
     * @return the results, not null, may be empty
     */
    public abstract List<CriterionResult> getResults();

    /**
     * Finds the result of a criterion.
     *
     * @param criterionCode  the criterion code, not null
     * @return the result, empty if the criterion was not evaluated on this subject
     */
    public Optional<CriterionResult> findResult(String criterionCode) {
        Objects.requireNonNull(criterionCode, "criterionCode");
        return getResults().stream().filter(r -> r.getCriterionCode().equals(criterionCode)).findFirst();
    }

    /**
     * Counts the results by outcome.
     *
     * @return the count of every outcome, in the order of {@link CriterionOutcome}, zero
     *     included; not null
     */
    public Map<CriterionOutcome, Integer> countByOutcome() {
        Map<CriterionOutcome, Integer> counts = new EnumMap<>(CriterionOutcome.class);
        for (CriterionOutcome outcome : CriterionOutcome.values()) {
            counts.put(outcome, 0);
        }
        for (CriterionResult result : getResults()) {
            counts.merge(result.getOutcome(), 1, Integer::sum);
        }
        return counts;
    }

    /**
     * Checks that the framework identifier and version hold nothing shaped like a personal identity code.
     *
     * @throws io.github.polku.validation.InvalidValueException with code {@code polku.id.identityCode}
     *     at {@code /frameworkId} or {@code /frameworkVersion} otherwise
     */
    @Value.Check
    protected void check() {
        Identifiers.requireFree(getFrameworkId(), "frameworkId");
        Identifiers.requireFree(getFrameworkVersion(), "frameworkVersion");
    }

    /**
     * Builder for {@code QualityEvaluation}; the methods are generated.
     *
     * @since 0.1.0
     */
    public static class Builder extends ImmutableQualityEvaluation.Builder {
        /** Creates an empty builder; use {@link QualityEvaluation#builder()}. */
        Builder() {
        }
    }
}
