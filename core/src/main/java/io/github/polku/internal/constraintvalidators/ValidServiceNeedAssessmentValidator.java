package io.github.polku.internal.constraintvalidators;

import io.github.polku.calendar.FinnishCalendar;
import io.github.polku.path.DeadlineGroup;
import io.github.polku.path.ServiceNeedAssessment;
import io.github.polku.path.ValidServiceNeedAssessment;
import io.github.polku.rules.LegalNumber;
import io.github.polku.rules.RuleSet;
import java.time.LocalDate;

/**
 * The rules of {@link ValidServiceNeedAssessment}: dates in order and rules 3 and 4 of DOMAIN.md
 * section 10, with the time limits computed under Act 150/1930 ({@link RuleSet#lastDayOfTimeLimit}).
 */
public final class ValidServiceNeedAssessmentValidator extends RuleValidator<ValidServiceNeedAssessment, ServiceNeedAssessment> {

    /** Completed without a start date. */
    public static final String START_MISSING = "polku.path.assessment.startMissing";
    /** Started after the working-day deadline. */
    public static final String START_LATE = "polku.path.assessment.startLate";
    /** Completed after the month deadline of a child needing special support. */
    public static final String COMPLETION_LATE = "polku.path.assessment.completionLate";

    @Override
    protected void check(ServiceNeedAssessment a, RuleContext context) {
        LocalDate pending = a.getPendingOn();
        boolean ordered = true;
        if (a.getStartedOn().isPresent() && a.getStartedOn().get().isBefore(pending)) {
            PathDates.report(context, "/startedOn", "/pendingOn");
            ordered = false;
        }
        if (a.getCompletedOn().isPresent()) {
            if (a.getStartedOn().isEmpty()) {
                context.error(START_MISSING, "/startedOn");
                ordered = false;
            } else if (a.getCompletedOn().get().isBefore(a.getStartedOn().get())) {
                PathDates.report(context, "/completedOn", "/startedOn");
                ordered = false;
            }
        }
        if (!ordered || !FinnishCalendar.SUPPORTED_YEARS.isValidValue(pending.getYear() + 1L)
                || !FinnishCalendar.SUPPORTED_YEARS.isValidValue(pending.getYear())) {
            // Deadlines are meaningless on disordered dates, and the calendar covers a fixed range.
            return;
        }
        RuleSet rules = context.rules().getEffective(pending);
        DeadlineGroup group = a.getDeadlineGroup();
        if (group.hasStartDeadline() && a.getStartedOn().isPresent()) {
            int workingDays = rules.getInt(LegalNumber.ASSESSMENT_START_WORKING_DAYS);
            // Always a working day already; Act 150/1930 section 5 is applied for uniformity.
            LocalDate deadline = rules.lastDayOfTimeLimit(FinnishCalendar.addWorkingDays(pending, workingDays));
            if (a.getStartedOn().get().isAfter(deadline)) {
                context.warning(START_LATE, "/startedOn", "group", group, "workingDays", workingDays, "deadline", deadline);
            }
        }
        if (group.hasCompletionDeadline() && a.getCompletedOn().isPresent()) {
            int months = rules.getInt(LegalNumber.ASSESSMENT_COMPLETION_MONTHS_CHILD);
            // Act 150/1930: section 3 (the same day of the month, or the month's last day, which
            // is what plusMonths gives), then section 5 (a day off moves to the next working day).
            LocalDate deadline = rules.lastDayOfTimeLimit(pending.plusMonths(months));
            if (a.getCompletedOn().get().isAfter(deadline)) {
                context.warning(COMPLETION_LATE, "/completedOn", "months", months, "deadline", deadline);
            }
        }
    }
}
