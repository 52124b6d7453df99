package io.github.polku.quality;

import io.github.polku.path.Closure;
import io.github.polku.path.ClosureReason;
import io.github.polku.path.Destination;
import io.github.polku.path.RehabilitationPath;

/**
 * {@link BuiltInEvaluators#COOPERATION_AT_CLOSURE}: a closed path leads the client on to another
 * service or activity. A closure without a destination is not applicable when the goals were met or
 * the client moved away, and not met otherwise.
 */
final class CooperationAtClosureEvaluator extends BuiltInEvaluator.OfPath {

    static final String REFERRED = "polku.quality.cooperationAtClosure.referred";
    static final String NOT_NEEDED = "polku.quality.cooperationAtClosure.notNeeded";
    static final String NO_DESTINATION = "polku.quality.cooperationAtClosure.noDestination";
    static final String OPEN = "polku.quality.cooperationAtClosure.open";

    CooperationAtClosureEvaluator() {
        super(BuiltInEvaluators.COOPERATION_AT_CLOSURE);
    }

    @Override
    public CriterionResult evaluate(RehabilitationPath path, EvaluationContext context) {
        if (path.getClosure().isEmpty()) {
            return context.result(CriterionOutcome.NOT_APPLICABLE, OPEN, "stage", path.getStage())
                    .addEvidence(context.evidence("/closure", "recorded", false)).build();
        }
        Closure closure = path.getClosure().get();
        Evidence evidence = context.evidence("/closure", "date", closure.getDate(), "reason", closure.getReason(),
                "destination", closure.getDestination());
        if (closure.getDestination() != Destination.NONE) {
            return context.result(CriterionOutcome.MET, REFERRED, "destination", closure.getDestination())
                    .addEvidence(evidence).build();
        }
        boolean notNeeded = closure.getReason() == ClosureReason.GOALS_MET || closure.getReason() == ClosureReason.MOVED_AWAY;
        return context.result(notNeeded ? CriterionOutcome.NOT_APPLICABLE : CriterionOutcome.NOT_MET,
                        notNeeded ? NOT_NEEDED : NO_DESTINATION, "reason", closure.getReason())
                .addEvidence(evidence).build();
    }
}
