package io.github.polku.service;

/**
 * The kind of a service (fi: palvelun laji, sv: tjänstens art): social rehabilitation under the
 * Social Welfare Act, or rehabilitative work activity under its own Act.
 * <p>
 * The two are separate services with shared elements (THL). Rehabilitative work activity has legal
 * limits of days, hours and period length and carries the details of a
 * {@link RehabilitativeWorkActivity}; social rehabilitation has none.
 *
 * @since 0.1.0
 */
public enum ServiceKind {
    /**
     * Social rehabilitation (fi: sosiaalinen kuntoutus, sv: social rehabilitering), Social Welfare
     * Act 1301/2014, section 17. Participation is voluntary.
     */
    SOCIAL_REHABILITATION,
    /**
     * Rehabilitative work activity (fi: kuntouttava työtoiminta, sv: arbetsverksamhet i
     * rehabiliteringssyfte), Act 189/2001.
     */
    REHABILITATIVE_WORK_ACTIVITY
}
