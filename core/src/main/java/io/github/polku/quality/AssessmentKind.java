package io.github.polku.quality;

/**
 * Who judges whether a quality criterion is met (fi: arvioija, sv: bed\u00f6mare).
 *
 * @since 0.1.0
 */
public enum AssessmentKind {
    /** A {@link CriterionEvaluator} judges the criterion from the records (fi: automaattinen, sv: automatisk). */
    AUTOMATIC,
    /** A person judges the criterion; the records alone cannot show it (fi: henkil\u00f6n arvioima, sv: bed\u00f6ms av en person). */
    BY_PERSON
}
