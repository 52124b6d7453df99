package io.github.polku.service;

import io.github.polku.calendar.DateRange;
import io.github.polku.internal.validation.Identifiers;
import io.github.polku.validation.InvalidValueException;
import io.github.polku.validation.PolkuValidator;
import io.github.polku.validation.Violation;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.immutables.value.Value;

/**
 * The details of rehabilitative work activity (fi: kuntouttava työtoiminta, sv:
 * arbetsverksamhet i rehabiliteringssyfte), Act 189/2001, held by a {@link Service} of kind
 * {@link ServiceKind#REHABILITATIVE_WORK_ACTIVITY}.
 * <p>
 * The activity rests on a plan ({@link ActivityBasis}): an activation plan or a multidisciplinary
 * employment plan, which since 2021 records the goal of the activity and the support and guidance
 * given during it. It runs a number of days per calendar week and hours per day, travel excluded,
 * in one or more consecutive periods; the participant receives one daily allowance.
 * <p>
 * The participant is a client, never an employee: no employment or public-service relationship
 * arises (Act 189/2001, section 2). This type therefore has, on purpose, no employment contract,
 * wage or working-hours-act fields; add none.
 * <p>
 * Construction rejects only what cannot exist: no period, periods out of order or overlapping, an
 * open period before the last, days per week outside 0-7, hours per day outside 0-24. The legal
 * limits (1-4 days a week, 4-8 hours a day, 32 hours a week, 3-24 month periods, the review after
 * 24 months, the plan basis, exactly one allowance, the plan's goal and support, the organiser's
 * obligation) are legal numbers of the {@link io.github.polku.rules.RuleBook rule book} in force on
 * the relevant period start; {@link PolkuValidator} reports them under
 * {@code polku.service.workActivity.*} (see {@link LawfulWorkActivity}).
 * <pre>{@code
 * RehabilitativeWorkActivity rwa = RehabilitativeWorkActivity.builder()
 *         .basis(ActivityBasis.ACTIVATION_PLAN)
 *         .daysPerWeek(3)
 *         .hoursPerDay(new BigDecimal("5"))
 *         .addPeriod(DateRange.of(LocalDate.of(2020, 1, 1), LocalDate.of(2020, 6, 30)))
 *         .addAllowanceType(AllowanceType.EXPENSE_ALLOWANCE)
 *         .planGoal("...")
 *         .planSupport("...")
 *         .build();
 * }</pre>
 * Copies with one value changed come from the generated {@code withX(...)} methods, which run
 * the same construction checks.
 * <p>
 * This class is immutable and thread-safe.
 *
 * @since 0.1.0
 */
@Value.Immutable
@LawfulWorkActivity
public abstract class RehabilitativeWorkActivity implements WithRehabilitativeWorkActivity {

    /** The code of an activity without a period. */
    public static final String PERIODS_EMPTY = "polku.service.workActivity.periods.empty";
    /** The code of periods out of order, overlapping, or open before the last one. */
    public static final String PERIODS_ORDER = "polku.service.workActivity.periods.order";
    /** The code of days per week outside 0-7. */
    public static final String DAYS_IMPOSSIBLE = "polku.service.workActivity.daysPerWeek.impossible";
    /** The code of hours per day outside 0-24. */
    public static final String HOURS_IMPOSSIBLE = "polku.service.workActivity.hoursPerDay.impossible";

    private static final BigDecimal HOURS_IN_DAY = BigDecimal.valueOf(24);
    private static final int DAYS_IN_WEEK = 7;

    RehabilitativeWorkActivity() {
        // package-private: only the generated implementation extends this type
    }

    /**
     * Obtains a builder for rehabilitative work activity.
     *
     * @return a new builder, not null
     */
    public static Builder builder() {
        return new Builder();
    }

    /**
     * Gets the plan the activity is based on.
     *
     * @return the basis, empty if not recorded (reported as an error), not null
     */
    public abstract Optional<ActivityBasis> getBasis();

    /**
     * Gets the reference of the activation plan or employment plan.
     *
     * @return the reference, empty if not recorded, not null
     */
    public abstract Optional<String> getPlanReference();

    /**
     * Gets the date of the plan.
     *
     * @return the date, empty if not recorded, not null
     */
    public abstract Optional<LocalDate> getPlanDate();

    /**
     * Gets the number of activity days per calendar week.
     *
     * @return the days, 0 to 7
     */
    public abstract int getDaysPerWeek();

    /**
     * Gets the hours of activity per day, travel excluded.
     *
     * @return the hours, not null, more than 0, at most 24
     */
    public abstract BigDecimal getHoursPerDay();

    /**
     * Gets the consecutive periods of the activity, oldest first. Only the last one may be open.
     *
     * @return the periods, not null, not empty
     */
    public abstract List<DateRange> getPeriods();

    /**
     * Gets the daily allowances recorded for the participant; the law allows exactly one.
     *
     * @return the allowance types, not null, may be empty (reported as an error)
     */
    public abstract Set<AllowanceType> getAllowanceTypes();

    /**
     * Gets the goal of the activity as recorded in the plan. It is free text about the person,
     * so {@code toString()} masks it.
     *
     * @return the goal, empty if not recorded, not null
     */
    @Value.Redacted
    public abstract Optional<String> getPlanGoal();

    /**
     * Gets the support and guidance given during the activity as recorded in the plan. It is free
     * text about the person, so {@code toString()} masks it.
     *
     * @return the support, empty if not recorded, not null
     */
    @Value.Redacted
    public abstract Optional<String> getPlanSupport();

    /**
     * Gets the dates on which the plan was reviewed.
     *
     * @return the review dates, not null, may be empty
     */
    public abstract List<LocalDate> getReviewDates();

    /**
     * Gets the facts that free the organiser from the obligation to provide the activity.
     *
     * @return the exemptions, not null, may be empty
     */
    public abstract Set<ObligationExemption> getObligationExemptions();

    /**
     * Computes the hours per week: days per week times hours per day.
     *
     * @return the hours per week, not null
     */
    public BigDecimal hoursPerWeek() {
        return getHoursPerDay().multiply(BigDecimal.valueOf(getDaysPerWeek()));
    }

    /**
     * Gets the last period, whose start selects the legal numbers for days and hours.
     *
     * @return the last period, not null
     */
    public DateRange latestPeriod() {
        return getPeriods().get(getPeriods().size() - 1);
    }

    /**
     * Checks that the activity has periods in order and possible days and hours.
     *
     * @throws InvalidValueException with code {@value #PERIODS_EMPTY}, {@value #PERIODS_ORDER},
     *     {@value #DAYS_IMPOSSIBLE} or {@value #HOURS_IMPOSSIBLE} otherwise, or {@code polku.id.identityCode}
     *     at {@code /planReference} if the reference holds something shaped like a personal identity code
     */
    @Value.Check
    protected void check() {
        getPlanReference().ifPresent(r -> Identifiers.requireFree(r, "planReference"));
        if (getPeriods().isEmpty()) {
            throw InvalidValueException.of(Violation.error(PERIODS_EMPTY, "/periods", Map.of()));
        }
        for (int i = 1; i < getPeriods().size(); i++) {
            DateRange previous = getPeriods().get(i - 1);
            if (previous.isOpen() || !getPeriods().get(i).getStart().isAfter(previous.getEnd().get())) {
                throw InvalidValueException.of(Violation.error(PERIODS_ORDER, "/periods/" + i, Map.of()));
            }
        }
        if (getDaysPerWeek() < 0 || getDaysPerWeek() > DAYS_IN_WEEK) {
            throw InvalidValueException.of(Violation.error(DAYS_IMPOSSIBLE, "/daysPerWeek", Map.of()));
        }
        if (getHoursPerDay().signum() <= 0 || getHoursPerDay().compareTo(HOURS_IN_DAY) > 0) {
            throw InvalidValueException.of(Violation.error(HOURS_IMPOSSIBLE, "/hoursPerDay", Map.of()));
        }
    }

    /**
     * Builder for {@code RehabilitativeWorkActivity}; the methods are generated.
     *
     * @since 0.1.0
     */
    public static class Builder extends ImmutableRehabilitativeWorkActivity.Builder {
        /** Creates an empty builder; use {@link RehabilitativeWorkActivity#builder()}. */
        Builder() {
        }
    }
}
