package io.github.polku.quality;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * The evaluation of a cohort of subjects against a quality framework (fi: kohortin laadun
 * arviointi, sv: kvalitetsbed\u00f6mning av en kohort): the {@link QualityEvaluation evaluation}
 * of every subject, and a {@link CriterionSummary summary} per criterion with the share of subjects
 * that met it and the subjects behind each figure.
 * <p>
 * Obtain one from {@link QualityEvaluator}.
 * <p>
 * This class is immutable and thread-safe.
 *
 * @since 0.1.0
 */
public final class CohortQualityEvaluation {

    private final String frameworkId;
    private final String frameworkVersion;
    private final LocalDate evaluatedOn;
    private final List<QualityEvaluation> evaluations;
    private final List<CriterionSummary> summaries;

    private CohortQualityEvaluation(String frameworkId, String frameworkVersion, LocalDate evaluatedOn,
            List<QualityEvaluation> evaluations, List<CriterionSummary> summaries) {
        this.frameworkId = frameworkId;
        this.frameworkVersion = frameworkVersion;
        this.evaluatedOn = evaluatedOn;
        this.evaluations = evaluations;
        this.summaries = summaries;
    }

    static CohortQualityEvaluation of(QualityFramework framework, LocalDate evaluatedOn, List<QualityEvaluation> evaluations) {
        List<QualityEvaluation> copy = List.copyOf(evaluations);
        List<CriterionSummary> summaries = new ArrayList<>();
        for (QualityCriterion criterion : framework.getCriteria()) {
            summaries.add(CriterionSummary.of(criterion.getCode(), copy));
        }
        return new CohortQualityEvaluation(framework.getId(), framework.getVersion(), evaluatedOn, copy,
                Collections.unmodifiableList(summaries));
    }

    /**
     * Gets the identifier of the framework evaluated against.
     *
     * @return the identifier, not null
     */
    public String getFrameworkId() {
        return frameworkId;
    }

    /**
     * Gets the version of the framework evaluated against.
     *
     * @return the version, not null
     */
    public String getFrameworkVersion() {
        return frameworkVersion;
    }

    /**
     * Gets the date of the evaluation.
     *
     * @return the date, not null
     */
    public LocalDate getEvaluatedOn() {
        return evaluatedOn;
    }

    /**
     * Gets the evaluation of each subject, in the order of the cohort.
     *
     * @return the evaluations, not null, may be empty
     */
    public List<QualityEvaluation> getEvaluations() {
        return evaluations;
    }

    /**
     * Gets the summary of each criterion of the framework, in framework order.
     *
     * @return the summaries, not null
     */
    public List<CriterionSummary> getSummaries() {
        return summaries;
    }

    /**
     * Finds the summary of a criterion.
     *
     * @param criterionCode  the criterion code, not null
     * @return the summary, empty if the framework has no such criterion
     */
    public Optional<CriterionSummary> findSummary(String criterionCode) {
        Objects.requireNonNull(criterionCode, "criterionCode");
        return summaries.stream().filter(s -> s.getCriterionCode().equals(criterionCode)).findFirst();
    }

    /**
     * Finds the evaluation of one subject.
     *
     * @param subject  the subject, not null
     * @return the evaluation, empty if the subject is not part of the cohort
     */
    public Optional<QualityEvaluation> findEvaluation(Subject subject) {
        Objects.requireNonNull(subject, "subject");
        return evaluations.stream().filter(e -> e.getSubject().equals(subject)).findFirst();
    }

    /**
     * Returns the framework, the date, the number of subjects and the summaries.
     *
     * @return the description, not null
     */
    @Override
    public String toString() {
        return "CohortQualityEvaluation[" + frameworkId + " " + frameworkVersion + " on " + evaluatedOn + ", "
                + evaluations.size() + " subjects, " + summaries + "]";
    }
}
