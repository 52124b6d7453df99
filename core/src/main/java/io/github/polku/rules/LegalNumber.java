package io.github.polku.rules;

/**
 * A number set by law that a Polku rule depends on (fi: lakiin perustuva luku, sv: lagstadgat
 * tal). The values live in a {@link RuleSet} with the date from which they apply, so a change in
 * the law is a new data entry, not new code.
 * <p>
 * Each constant names its statute. Durations are whole days, weeks or months as the name says;
 * money is in euros.
 *
 * @since 0.1.0
 */
public enum LegalNumber {
    /**
     * Working days after the matter became pending by which a service need assessment must start
     * for the statutory deadline groups (Social Welfare Act 1301/2014, section 36).
     */
    ASSESSMENT_START_WORKING_DAYS,
    /**
     * Calendar months after the matter became pending by which the service need assessment of a
     * child needing special support must be complete (Social Welfare Act 1301/2014, section 36).
     */
    ASSESSMENT_COMPLETION_MONTHS_CHILD,
    /**
     * Whether a statutory time limit whose last day is a day off ends on the next working day: 1
     * if it does, 0 if not (Act 150/1930 on the computation of statutory time limits, section 5,
     * as amended by Act 358/1966). The days off are Sundays and other public holidays,
     * Independence Day, May Day, Christmas Eve, Midsummer Eve and Saturdays; see
     * {@link RuleSet#lastDayOfTimeLimit(java.time.LocalDate)} for the deadlines it applies to.
     */
    TIME_LIMIT_EXTENDED_PAST_DAY_OFF,
    /** Minimum days per calendar week of rehabilitative work activity (Act 189/2001). */
    RWA_MIN_DAYS_PER_WEEK,
    /** Maximum days per calendar week of rehabilitative work activity (Act 189/2001). */
    RWA_MAX_DAYS_PER_WEEK,
    /** Minimum hours per day of rehabilitative work activity, travel excluded (Act 189/2001). */
    RWA_MIN_HOURS_PER_DAY,
    /** Maximum hours per day of rehabilitative work activity, travel excluded (Act 189/2001). */
    RWA_MAX_HOURS_PER_DAY,
    /** Maximum hours per week of rehabilitative work activity (Act 189/2001). */
    RWA_MAX_HOURS_PER_WEEK,
    /** Minimum length in months of one period of rehabilitative work activity (Act 189/2001). */
    RWA_MIN_PERIOD_MONTHS,
    /** Maximum length in months of one period of rehabilitative work activity (Act 189/2001). */
    RWA_MAX_PERIOD_MONTHS,
    /**
     * Cumulative months in rehabilitative work activity after which the activation plan must be
     * reviewed (Act 189/2001).
     */
    RWA_REVIEW_AFTER_MONTHS,
    /**
     * The expense allowance or activity allowance per attendance day of rehabilitative work
     * activity, in euros (Act 189/2001; Unemployment Security Act 1290/2002).
     */
    RWA_DAILY_ALLOWANCE_EUROS,
    /**
     * Whether the activation plan or multidisciplinary employment plan must record the goal of the
     * rehabilitative work activity and the support and guidance given during it: 1 if required, 0
     * if not (Act 189/2001 as amended by Act 702/2020, from 1 January 2021).
     */
    RWA_PLAN_GOAL_AND_SUPPORT_REQUIRED,
    /** Lowest age of a young person, in years (Social Welfare Act 1301/2014, section 3). */
    YOUNG_PERSON_MIN_AGE,
    /** Highest age of a young person, in years (Social Welfare Act 1301/2014, section 3). */
    YOUNG_PERSON_MAX_AGE,
    /** Age of majority: a client under this age is a child (Social Welfare Act 1301/2014, section 3). */
    ADULT_AGE,
    /** Days within which a request for review must be made (Administrative Procedure Act 434/2003, section 49 c). */
    REQUEST_FOR_REVIEW_DAYS,
    /**
     * Maximum months a social work student may stand in as a social worker (Act 817/2015 on social
     * welfare professionals, section 12).
     */
    TEMPORARY_SOCIAL_WORKER_MAX_MONTHS
}
