package io.github.polku.path;

/**
 * A placement that social rehabilitation of a young person aims at (fi: nuoren sijoittumisen
 * tavoite, sv: placeringsmål för en ung person), Social Welfare Act 1301/2014, section 17.
 * <p>
 * These goals are expected only for young persons (18 to 24 years old on the plan date); the
 * validator warns otherwise.
 *
 * @since 0.1.0
 */
public enum YouthPlacementTarget {
    /** A job (fi: ty\u00f6paikka, sv: arbetsplats). */
    JOB,
    /** A work trial (fi: ty\u00f6kokeilu, sv: arbetsprövning). */
    WORK_TRIAL,
    /** A study place (fi: opiskelupaikka, sv: studieplats). */
    STUDY_PLACE,
    /** A youth workshop (fi: ty\u00f6paja, sv: verkstad). */
    WORKSHOP,
    /** A rehabilitation place (fi: kuntoutuspaikka, sv: rehabiliteringsplats). */
    REHABILITATION_PLACE
}
