package io.github.polku.quality;

import java.util.ArrayList;
import java.util.Collections;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;

/**
 * How one quality criterion came out over a cohort (fi: kriteerin yhteenveto, sv:
 * sammanfattning av ett kriterium): which subjects had which {@link CriterionOutcome outcome}, and
 * the share that met it.
 * <p>
 * The subjects are named for every outcome, so each figure can be traced to the paths behind it;
 * the evidence of each path is in its {@link QualityEvaluation}. Formulas:
 * <ul>
 *   <li>judged = MET + PARTLY_MET + NOT_MET (subjects with {@link CriterionOutcome#NOT_APPLICABLE}
 *       or {@link CriterionOutcome#INSUFFICIENT_DATA} are left out of the shares and counted on
 *       their own);</li>
 *   <li>{@link #getShareMet() share met} = MET / judged;</li>
 *   <li>{@link #getShareMetAtLeastPartly() share met at least partly} = (MET + PARTLY_MET) / judged;</li>
 *   <li>{@link #getShareJudged() share judged} = judged / all subjects evaluated on the criterion.</li>
 * </ul>
 * <p>
 * This class is immutable and thread-safe.
 *
 * @since 0.1.0
 */
public final class CriterionSummary {

    private final String criterionCode;
    private final Map<CriterionOutcome, List<Subject>> subjects;

    private CriterionSummary(String criterionCode, Map<CriterionOutcome, List<Subject>> subjects) {
        this.criterionCode = criterionCode;
        this.subjects = subjects;
    }

    /**
     * Obtains the summary of one criterion over evaluations.
     *
     * @param criterionCode  the criterion code, not null
     * @param evaluations  the evaluations of the cohort, not null; those without a result for the
     *     criterion are skipped
     * @return the summary, not null
     */
    public static CriterionSummary of(String criterionCode, List<QualityEvaluation> evaluations) {
        Objects.requireNonNull(criterionCode, "criterionCode");
        Map<CriterionOutcome, List<Subject>> bySubject = new EnumMap<>(CriterionOutcome.class);
        for (CriterionOutcome outcome : CriterionOutcome.values()) {
            bySubject.put(outcome, new ArrayList<>());
        }
        for (QualityEvaluation evaluation : evaluations) {
            evaluation.findResult(criterionCode)
                    .ifPresent(r -> bySubject.get(r.getOutcome()).add(evaluation.getSubject()));
        }
        bySubject.replaceAll((outcome, list) -> Collections.unmodifiableList(list));
        return new CriterionSummary(criterionCode, Collections.unmodifiableMap(bySubject));
    }

    /**
     * Gets the criterion code.
     *
     * @return the code, not null
     */
    public String getCriterionCode() {
        return criterionCode;
    }

    /**
     * Gets the subjects with an outcome, in the order they were evaluated.
     *
     * @param outcome  the outcome, not null
     * @return the subjects, not null, may be empty
     */
    public List<Subject> getSubjects(CriterionOutcome outcome) {
        return subjects.get(Objects.requireNonNull(outcome, "outcome"));
    }

    /**
     * Gets the number of subjects with an outcome.
     *
     * @param outcome  the outcome, not null
     * @return the count, zero or more
     */
    public int getCount(CriterionOutcome outcome) {
        return getSubjects(outcome).size();
    }

    /**
     * Gets the number of subjects evaluated on the criterion, whatever the outcome.
     *
     * @return the count, zero or more
     */
    public int getEvaluatedCount() {
        return subjects.values().stream().mapToInt(List::size).sum();
    }

    /**
     * Gets the number of subjects judged: met, partly met or not met.
     *
     * @return the count, zero or more
     */
    public int getJudgedCount() {
        return getCount(CriterionOutcome.MET) + getCount(CriterionOutcome.PARTLY_MET) + getCount(CriterionOutcome.NOT_MET);
    }

    /**
     * Gets the share of judged subjects that met the criterion.
     *
     * @return MET / judged, not null
     */
    public Share getShareMet() {
        return Share.of(getCount(CriterionOutcome.MET), getJudgedCount());
    }

    /**
     * Gets the share of judged subjects that met the criterion at least in part.
     *
     * @return (MET + PARTLY_MET) / judged, not null
     */
    public Share getShareMetAtLeastPartly() {
        return Share.of(getCount(CriterionOutcome.MET) + getCount(CriterionOutcome.PARTLY_MET), getJudgedCount());
    }

    /**
     * Gets the share of evaluated subjects that could be judged.
     *
     * @return judged / evaluated, not null
     */
    public Share getShareJudged() {
        return Share.of(getJudgedCount(), getEvaluatedCount());
    }

    /**
     * Returns the code and the count of each outcome.
     *
     * @return the description, not null
     */
    @Override
    public String toString() {
        Map<CriterionOutcome, Integer> counts = new EnumMap<>(CriterionOutcome.class);
        subjects.forEach((outcome, list) -> counts.put(outcome, list.size()));
        return criterionCode + " " + counts;
    }
}
