package io.github.polku.quality;

import io.github.polku.path.ClosureReason;
import io.github.polku.path.RehabilitationPath;
import io.github.polku.service.Service;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

/**
 * {@link BuiltInEvaluators#LONG_TERM_SUPPORT}: the support lasted at least {@code minimumMonths}.
 * The support runs from the earliest start of a service of the path to the latest end; a service
 * without an end runs to the closure of a closed path, or to the evaluation date. Pauses are part
 * of the support and are not subtracted.
 */
final class LongTermSupportEvaluator extends BuiltInEvaluator.OfPath {

    static final String MINIMUM_MONTHS = "minimumMonths";
    static final String LASTED = "polku.quality.longTermSupport.lasted";
    static final String SHORT = "polku.quality.longTermSupport.short";
    static final String MOVED_AWAY = "polku.quality.longTermSupport.movedAway";
    static final String ONGOING = "polku.quality.longTermSupport.ongoing";
    static final String NO_SERVICES = "polku.quality.longTermSupport.noServices";

    LongTermSupportEvaluator() {
        super(BuiltInEvaluators.LONG_TERM_SUPPORT, MINIMUM_MONTHS, 6);
    }

    @Override
    public CriterionResult evaluate(RehabilitationPath path, EvaluationContext context) {
        if (path.getServices().isEmpty()) {
            return context.result(CriterionOutcome.INSUFFICIENT_DATA, NO_SERVICES)
                    .addEvidence(context.evidence("/services", "services", 0)).build();
        }
        LocalDate openEnd = path.getClosure().isPresent() ? path.getClosure().get().getDate() : context.getEvaluationDate();
        LocalDate start = null;
        LocalDate end = null;
        List<Evidence> evidence = new ArrayList<>();
        for (int i = 0; i < path.getServices().size(); i++) {
            Service service = path.getServices().get(i);
            LocalDate s = service.getPeriod().getStart();
            LocalDate e = service.getPeriod().getEnd().orElse(openEnd);
            start = start == null || s.isBefore(start) ? s : start;
            end = end == null || e.isAfter(end) ? e : end;
            evidence.add(context.evidence("/services/" + i + "/period", "start", s,
                    "end", service.getPeriod().getEnd().map(String::valueOf).orElse("open")));
        }
        int months = context.getIntParameter(MINIMUM_MONTHS);
        // Both ends count: support from 1 January to 30 June lasted six months.
        LocalDate required = start.plusMonths(months).minusDays(1);
        CriterionResult.Builder result;
        if (!end.isBefore(required)) {
            result = context.result(CriterionOutcome.MET, LASTED, "start", start, "end", end, "months", months);
        } else if (path.getClosure().isEmpty()) {
            result = context.result(CriterionOutcome.NOT_APPLICABLE, ONGOING, "start", start, "months", months);
        } else if (path.getClosure().get().getReason() == ClosureReason.MOVED_AWAY) {
            result = context.result(CriterionOutcome.NOT_APPLICABLE, MOVED_AWAY, "start", start, "end", end, "months", months);
        } else {
            result = context.result(CriterionOutcome.NOT_MET, SHORT, "start", start, "end", end, "months", months);
        }
        return result.addAllEvidence(evidence).build();
    }
}
