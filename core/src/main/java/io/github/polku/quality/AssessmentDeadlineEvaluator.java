package io.github.polku.quality;

import io.github.polku.calendar.FinnishCalendar;
import io.github.polku.path.DeadlineGroup;
import io.github.polku.path.RehabilitationPath;
import io.github.polku.path.ServiceNeedAssessment;
import io.github.polku.rules.LegalNumber;
import io.github.polku.rules.RuleSet;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * {@link BuiltInEvaluators#NEED_ASSESSMENT_ON_TIME}: the statutory deadlines of the service need
 * assessment were kept. Each applicable deadline is met (done by it), late (done after it, or not
 * done and passed), or pending (not done, not yet passed).
 */
final class AssessmentDeadlineEvaluator extends BuiltInEvaluator.OfPath {

    static final String MET = "polku.quality.assessmentDeadline.met";
    static final String PARTLY_MET = "polku.quality.assessmentDeadline.partlyMet";
    static final String NOT_MET = "polku.quality.assessmentDeadline.notMet";
    static final String PENDING = "polku.quality.assessmentDeadline.pending";
    static final String NO_DEADLINE = "polku.quality.assessmentDeadline.noDeadline";
    static final String NO_ASSESSMENT = "polku.quality.assessmentDeadline.noAssessment";
    static final String OUTSIDE_CALENDAR = "polku.quality.assessmentDeadline.outsideCalendar";

    private enum Kept { MET, LATE, PENDING }

    AssessmentDeadlineEvaluator() {
        super(BuiltInEvaluators.NEED_ASSESSMENT_ON_TIME);
    }

    @Override
    public CriterionResult evaluate(RehabilitationPath path, EvaluationContext context) {
        if (path.getAssessment().isEmpty()) {
            return context.result(CriterionOutcome.NOT_APPLICABLE, NO_ASSESSMENT)
                    .addEvidence(context.evidence("/assessment", "recorded", false)).build();
        }
        ServiceNeedAssessment a = path.getAssessment().get();
        DeadlineGroup group = a.getDeadlineGroup();
        boolean urgent = path.getFirstContact().isUrgent();
        if (!group.hasStartDeadline() && !urgent) {
            return context.result(CriterionOutcome.NOT_APPLICABLE, NO_DEADLINE)
                    .addEvidence(context.evidence("/assessment/deadlineGroup", "deadlineGroup", group, "urgent", false)).build();
        }
        LocalDate pending = a.getPendingOn();
        if (!FinnishCalendar.SUPPORTED_YEARS.isValidValue(pending.getYear())
                || !FinnishCalendar.SUPPORTED_YEARS.isValidValue(pending.getYear() + 1L)) {
            return context.result(CriterionOutcome.INSUFFICIENT_DATA, OUTSIDE_CALENDAR)
                    .addEvidence(context.evidence("/assessment/pendingOn", "pendingOn", pending)).build();
        }
        RuleSet rules = context.getRules().getEffective(pending);
        List<Kept> kept = new ArrayList<>();
        List<Evidence> evidence = new ArrayList<>();
        LocalDate evaluatedOn = context.getEvaluationDate();
        // An urgent need is assessed immediately (section 36): the start deadline is the day the matter became pending.
        int workingDays = urgent ? 0 : rules.getInt(LegalNumber.ASSESSMENT_START_WORKING_DAYS);
        // Act 150/1930 section 5 extends a time limit in days past a day off; "immediately" is not one.
        LocalDate startDeadline = urgent ? pending : rules.lastDayOfTimeLimit(FinnishCalendar.addWorkingDays(pending, workingDays));
        Kept start = kept(a.getStartedOn(), startDeadline, evaluatedOn);
        kept.add(start);
        evidence.add(context.evidence("/assessment/startedOn", "pendingOn", pending, "deadlineGroup", group, "urgent", urgent,
                "workingDays", workingDays, "deadline", startDeadline, "startedOn", a.getStartedOn().map(String::valueOf).orElse("none"),
                "kept", start));
        if (group.hasCompletionDeadline()) {
            int months = rules.getInt(LegalNumber.ASSESSMENT_COMPLETION_MONTHS_CHILD);
            LocalDate completionDeadline = rules.lastDayOfTimeLimit(pending.plusMonths(months));
            Kept completion = kept(a.getCompletedOn(), completionDeadline, evaluatedOn);
            kept.add(completion);
            evidence.add(context.evidence("/assessment/completedOn", "pendingOn", pending, "months", months,
                    "deadline", completionDeadline, "completedOn", a.getCompletedOn().map(String::valueOf).orElse("none"),
                    "kept", completion));
        }
        long met = kept.stream().filter(k -> k == Kept.MET).count();
        long late = kept.stream().filter(k -> k == Kept.LATE).count();
        CriterionResult.Builder result;
        if (late == 0 && met == 0) {
            result = context.result(CriterionOutcome.NOT_APPLICABLE, PENDING, "deadline", startDeadline);
        } else if (late == 0) {
            result = context.result(CriterionOutcome.MET, MET, "deadlines", met);
        } else if (met == 0) {
            result = context.result(CriterionOutcome.NOT_MET, NOT_MET, "deadlines", late);
        } else {
            result = context.result(CriterionOutcome.PARTLY_MET, PARTLY_MET, "met", met, "late", late);
        }
        return result.addAllEvidence(evidence).build();
    }

    private static Kept kept(Optional<LocalDate> done, LocalDate deadline, LocalDate evaluatedOn) {
        if (done.isPresent()) {
            return done.get().isAfter(deadline) ? Kept.LATE : Kept.MET;
        }
        return evaluatedOn.isAfter(deadline) ? Kept.LATE : Kept.PENDING;
    }
}
