package io.github.polku.internal.constraintvalidators;

import io.github.polku.calendar.DateRange;
import io.github.polku.rules.LegalNumber;
import io.github.polku.rules.RuleSet;
import io.github.polku.service.LawfulWorkActivity;
import io.github.polku.service.RehabilitativeWorkActivity;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.Period;
import java.util.List;

/** Checks {@link LawfulWorkActivity}: the limits of Act 189/2001 on rehabilitative work activity. */
public final class LawfulWorkActivityValidator extends RuleValidator<LawfulWorkActivity, RehabilitativeWorkActivity> {

    @Override
    protected void check(RehabilitativeWorkActivity rwa, RuleContext context) {
        if (rwa.getBasis().isEmpty()) {
            context.error("polku.service.workActivity.basis.missing", "/basis");
        }
        // Days and hours describe the current arrangement, so the latest period's rules apply.
        RuleSet current = context.rules().getEffective(rwa.latestPeriod().getStart());
        checkWeek(rwa, current, context);
        checkPeriods(rwa.getPeriods(), context);
        if (rwa.getAllowanceTypes().size() != 1) {
            context.error("polku.service.workActivity.allowance.notOne", "/allowanceTypes",
                    "count", rwa.getAllowanceTypes().size());
        }
        if (current.getInt(LegalNumber.RWA_PLAN_GOAL_AND_SUPPORT_REQUIRED) > 0) {
            if (CompleteVoucherValidator.isMissing(rwa.getPlanGoal())) {
                context.error("polku.service.workActivity.plan.goalMissing", "/planGoal");
            }
            if (CompleteVoucherValidator.isMissing(rwa.getPlanSupport())) {
                context.error("polku.service.workActivity.plan.supportMissing", "/planSupport");
            }
        }
        checkReview(rwa, context);
        if (!rwa.getObligationExemptions().isEmpty()) {
            context.warning("polku.service.workActivity.organiserNotObliged", "/obligationExemptions",
                    "count", rwa.getObligationExemptions().size());
        }
    }

    private static void checkWeek(RehabilitativeWorkActivity rwa, RuleSet rules, RuleContext context) {
        int minDays = rules.getInt(LegalNumber.RWA_MIN_DAYS_PER_WEEK);
        int maxDays = rules.getInt(LegalNumber.RWA_MAX_DAYS_PER_WEEK);
        if (rwa.getDaysPerWeek() < minDays || rwa.getDaysPerWeek() > maxDays) {
            context.error("polku.service.workActivity.daysPerWeek.range", "/daysPerWeek", "min", minDays, "max", maxDays);
        }
        BigDecimal minHours = rules.get(LegalNumber.RWA_MIN_HOURS_PER_DAY);
        BigDecimal maxHours = rules.get(LegalNumber.RWA_MAX_HOURS_PER_DAY);
        if (rwa.getHoursPerDay().compareTo(minHours) < 0 || rwa.getHoursPerDay().compareTo(maxHours) > 0) {
            context.error("polku.service.workActivity.hoursPerDay.range", "/hoursPerDay",
                    "min", minHours.toPlainString(), "max", maxHours.toPlainString());
        }
        BigDecimal maxWeek = rules.get(LegalNumber.RWA_MAX_HOURS_PER_WEEK);
        BigDecimal week = rwa.hoursPerWeek();
        if (week.compareTo(maxWeek) > 0) {
            context.error("polku.service.workActivity.hoursPerWeek.max", "",
                    "max", maxWeek.toPlainString(), "hours", week.stripTrailingZeros().toPlainString());
        }
    }

    private static void checkPeriods(List<DateRange> periods, RuleContext context) {
        for (int i = 0; i < periods.size(); i++) {
            DateRange period = periods.get(i);
            if (period.isOpen()) {
                continue;
            }
            RuleSet rules = context.rules().getEffective(period.getStart());
            int min = rules.getInt(LegalNumber.RWA_MIN_PERIOD_MONTHS);
            int max = rules.getInt(LegalNumber.RWA_MAX_PERIOD_MONTHS);
            LocalDate dayAfter = period.getEnd().get().plusDays(1);
            if (dayAfter.isBefore(period.getStart().plusMonths(min))) {
                context.error("polku.service.workActivity.period.tooShort", "/periods/" + i, "min", min);
            } else if (dayAfter.isAfter(period.getStart().plusMonths(max))) {
                context.error("polku.service.workActivity.period.tooLong", "/periods/" + i, "max", max);
            }
        }
    }

    private static void checkReview(RehabilitativeWorkActivity rwa, RuleContext context) {
        List<DateRange> periods = rwa.getPeriods();
        int threshold = context.rules().getEffective(periods.get(0).getStart()).getInt(LegalNumber.RWA_REVIEW_AFTER_MONTHS);
        long cumulative = 0;
        LocalDate reachedIn = null;
        for (DateRange period : periods) {
            if (period.isOpen()) {
                continue;
            }
            cumulative += Period.between(period.getStart(), period.getEnd().get().plusDays(1)).toTotalMonths();
            if (reachedIn == null && cumulative >= threshold) {
                reachedIn = period.getStart();
            }
        }
        if (reachedIn == null) {
            return;
        }
        for (LocalDate review : rwa.getReviewDates()) {
            if (!review.isBefore(reachedIn)) {
                return;
            }
        }
        context.warning("polku.service.workActivity.review.missing", "/reviewDates",
                "months", threshold, "cumulativeMonths", cumulative);
    }
}
