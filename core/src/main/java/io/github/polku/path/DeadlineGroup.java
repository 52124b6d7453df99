package io.github.polku.path;

/**
 * The statutory deadline group of a service need assessment (fi: m\u00e4\u00e4r\u00e4aikaryhm\u00e4, sv:
 * tidsfristgrupp), Social Welfare Act 1301/2014, section 36.
 * <p>
 * For the first three groups the assessment must start by the seventh working day after the
 * matter became pending; for a child needing special support it must also be complete within
 * three months. The numbers come from the {@link io.github.polku.rules.RuleBook}.
 *
 * @since 0.1.0
 */
public enum DeadlineGroup {
    /** A person over 75 years old (fi: yli 75-vuotias, sv: person över 75 år). */
    OVER_75,
    /**
     * A person receiving the highest care allowance under the Act on disability benefits (fi:
     * ylimm\u00e4n hoitotuen saaja, sv: mottagare av det högsta vårdbidraget).
     */
    HIGHEST_CARE_ALLOWANCE,
    /** A child needing special support (fi: erityist\u00e4 tukea tarvitseva lapsi, sv: barn i behov av särskilt stöd). */
    CHILD_NEEDING_SPECIAL_SUPPORT,
    /** No statutory deadline group (fi: ei m\u00e4\u00e4r\u00e4aikaa, sv: ingen tidsfrist). */
    NONE;

    /**
     * Checks if the seven-working-day start deadline applies.
     *
     * @return true for every group except {@link #NONE}
     */
    public boolean hasStartDeadline() {
        return this != NONE;
    }

    /**
     * Checks if the three-month completion deadline applies.
     *
     * @return true only for {@link #CHILD_NEEDING_SPECIAL_SUPPORT}
     */
    public boolean hasCompletionDeadline() {
        return this == CHILD_NEEDING_SPECIAL_SUPPORT;
    }
}
