package io.github.polku.service;

import static java.lang.annotation.ElementType.TYPE;
import static java.lang.annotation.RetentionPolicy.RUNTIME;

import jakarta.validation.Constraint;
import jakarta.validation.Payload;
import java.lang.annotation.Documented;
import java.lang.annotation.Retention;
import java.lang.annotation.Target;

/**
 * Checks that a {@link RehabilitativeWorkActivity} keeps within Act 189/2001. The limits are legal
 * numbers from the rule book in force on a period start, never literals: days, hours and the
 * plan's goal and support use the start of the latest period; the length of each period uses its
 * own start; the review threshold uses the start of the first period. Each breach is one
 * violation, with a JSON Pointer relative to the activity:
 * <table>
 *   <caption>Violations</caption>
 *   <tr><th>code</th><th>severity</th><th>pointer</th><th>arguments</th><th>when</th></tr>
 *   <tr><td>{@code polku.service.workActivity.basis.missing}</td><td>ERROR</td><td>{@code /basis}</td>
 *       <td></td><td>no activation plan or employment plan is the basis</td></tr>
 *   <tr><td>{@code polku.service.workActivity.daysPerWeek.range}</td><td>ERROR</td>
 *       <td>{@code /daysPerWeek}</td><td>min, max</td><td>days per week outside
 *       {@code RWA_MIN_DAYS_PER_WEEK}-{@code RWA_MAX_DAYS_PER_WEEK} (1-4; 1-5 before 1.7.2015)</td></tr>
 *   <tr><td>{@code polku.service.workActivity.hoursPerDay.range}</td><td>ERROR</td>
 *       <td>{@code /hoursPerDay}</td><td>min, max</td><td>hours per day outside
 *       {@code RWA_MIN_HOURS_PER_DAY}-{@code RWA_MAX_HOURS_PER_DAY} (4-8)</td></tr>
 *   <tr><td>{@code polku.service.workActivity.hoursPerWeek.max}</td><td>ERROR</td><td>{@code ""}</td>
 *       <td>max, hours</td><td>days times hours above {@code RWA_MAX_HOURS_PER_WEEK} (32)</td></tr>
 *   <tr><td>{@code polku.service.workActivity.period.tooShort}</td><td>ERROR</td>
 *       <td>{@code /periods/i}</td><td>min</td><td>a closed period shorter than
 *       {@code RWA_MIN_PERIOD_MONTHS} (3) months</td></tr>
 *   <tr><td>{@code polku.service.workActivity.period.tooLong}</td><td>ERROR</td>
 *       <td>{@code /periods/i}</td><td>max</td><td>a closed period longer than
 *       {@code RWA_MAX_PERIOD_MONTHS} (24) months</td></tr>
 *   <tr><td>{@code polku.service.workActivity.allowance.notOne}</td><td>ERROR</td>
 *       <td>{@code /allowanceTypes}</td><td>count</td><td>not exactly one allowance type</td></tr>
 *   <tr><td>{@code polku.service.workActivity.plan.goalMissing}</td><td>ERROR</td>
 *       <td>{@code /planGoal}</td><td></td><td>the plan records no goal while
 *       {@code RWA_PLAN_GOAL_AND_SUPPORT_REQUIRED} is 1 (from 2021)</td></tr>
 *   <tr><td>{@code polku.service.workActivity.plan.supportMissing}</td><td>ERROR</td>
 *       <td>{@code /planSupport}</td><td></td><td>the plan records no support and guidance while
 *       {@code RWA_PLAN_GOAL_AND_SUPPORT_REQUIRED} is 1 (from 2021)</td></tr>
 *   <tr><td>{@code polku.service.workActivity.review.missing}</td><td>WARNING</td>
 *       <td>{@code /reviewDates}</td><td>months, cumulativeMonths</td><td>the whole months of the
 *       closed periods reach {@code RWA_REVIEW_AFTER_MONTHS} (24) and no review date lies on or
 *       after the start of the period in which they reach it</td></tr>
 *   <tr><td>{@code polku.service.workActivity.organiserNotObliged}</td><td>WARNING</td>
 *       <td>{@code /obligationExemptions}</td><td>count</td><td>an exemption of section 6 is
 *       recorded</td></tr>
 * </table>
 * An open period counts neither as too short, too long nor towards the review: its length is
 * not known yet. A period's whole months are counted from its start to the day after its end, so
 * 1 January to 31 March is 3 months. {@code null} is considered valid.
 *
 * @since 0.1.0
 */
@Documented
@Constraint(validatedBy = {})
@Target({TYPE})
@Retention(RUNTIME)
public @interface LawfulWorkActivity {

    /**
     * Gets the message key; each violation carries its own code instead.
     *
     * @return the message key
     */
    String message() default "{polku.service.workActivity.rules}";

    /**
     * Gets the validation groups.
     *
     * @return the groups
     */
    Class<?>[] groups() default {};

    /**
     * Gets the payload.
     *
     * @return the payload
     */
    Class<? extends Payload>[] payload() default {};
}
