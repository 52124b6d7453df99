package io.github.polku.quality;

/**
 * The outcome of evaluating one quality criterion on one subject (fi: arvioinnin tulos, sv:
 * bed\u00f6mningens utfall).
 *
 * @since 0.1.0
 */
public enum CriterionOutcome {
    /** The criterion is met (fi: t\u00e4yttyy, sv: uppfyllt). */
    MET,
    /** The criterion is met in part (fi: t\u00e4yttyy osittain, sv: delvis uppfyllt). */
    PARTLY_MET,
    /** The criterion is not met (fi: ei t\u00e4yty, sv: inte uppfyllt). */
    NOT_MET,
    /**
     * The criterion does not apply to this subject, for example a deadline that binds only some
     * clients (fi: ei sovellu, sv: inte till\u00e4mpligt).
     */
    NOT_APPLICABLE,
    /**
     * The records do not show whether the criterion is met, or a person assesses it (fi: tiedot
     * eiv\u00e4t riit\u00e4, sv: otillr\u00e4ckliga uppgifter).
     */
    INSUFFICIENT_DATA;

    /**
     * Checks if the outcome is a judgement on the criterion: {@link #MET}, {@link #PARTLY_MET} or
     * {@link #NOT_MET}.
     *
     * @return true if judged
     */
    public boolean isJudged() {
        return this == MET || this == PARTLY_MET || this == NOT_MET;
    }
}
