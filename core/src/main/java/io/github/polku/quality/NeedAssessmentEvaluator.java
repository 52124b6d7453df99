package io.github.polku.quality;

import io.github.polku.client.OmissionReason;
import io.github.polku.path.RehabilitationPath;
import io.github.polku.path.ServiceNeedAssessment;
import io.github.polku.path.Stage;

/** {@link BuiltInEvaluators#NEED_ASSESSMENT}: a service need assessment was made. */
final class NeedAssessmentEvaluator extends BuiltInEvaluator.OfPath {

    static final String COMPLETED = "polku.quality.needAssessment.completed";
    static final String NOT_COMPLETED = "polku.quality.needAssessment.notCompleted";
    static final String NOT_STARTED = "polku.quality.needAssessment.notStarted";
    static final String OMITTED = "polku.quality.needAssessment.omitted";
    static final String OMITTED_OTHERWISE = "polku.quality.needAssessment.omittedOtherwise";
    static final String NOT_YET_DUE = "polku.quality.needAssessment.notYetDue";
    static final String MISSING = "polku.quality.needAssessment.missing";

    NeedAssessmentEvaluator() {
        super(BuiltInEvaluators.NEED_ASSESSMENT);
    }

    @Override
    public CriterionResult evaluate(RehabilitationPath path, EvaluationContext context) {
        boolean notYetDue = PathFacts.openIn(path, Stage.CONTACT, Stage.ASSESSMENT);
        if (path.getAssessment().isPresent()) {
            ServiceNeedAssessment a = path.getAssessment().get();
            if (a.getCompletedOn().isPresent()) {
                return context.result(CriterionOutcome.MET, COMPLETED, "completedOn", a.getCompletedOn().get())
                        .addEvidence(context.evidence("/assessment/completedOn", "completedOn", a.getCompletedOn().get()))
                        .build();
            }
            if (a.getStartedOn().isPresent()) {
                return context.result(CriterionOutcome.PARTLY_MET, NOT_COMPLETED, "startedOn", a.getStartedOn().get())
                        .addEvidence(context.evidence("/assessment/startedOn", "startedOn", a.getStartedOn().get()))
                        .build();
            }
            return context.result(notYetDue ? CriterionOutcome.NOT_APPLICABLE : CriterionOutcome.NOT_MET,
                            notYetDue ? NOT_YET_DUE : NOT_STARTED, "stage", path.getStage())
                    .addEvidence(context.evidence("/assessment/pendingOn", "pendingOn", a.getPendingOn(), "startedOn", "none"))
                    .build();
        }
        if (path.getAssessmentOmission().isPresent()) {
            OmissionReason reason = path.getAssessmentOmission().get();
            boolean accepted = PathFacts.ACCEPTED_OMISSIONS.contains(reason);
            return context.result(accepted ? CriterionOutcome.NOT_APPLICABLE : CriterionOutcome.NOT_MET,
                            accepted ? OMITTED : OMITTED_OTHERWISE, "reason", reason)
                    .addEvidence(context.evidence("/assessmentOmission", "reason", reason))
                    .build();
        }
        return context.result(notYetDue ? CriterionOutcome.NOT_APPLICABLE : CriterionOutcome.NOT_MET,
                        notYetDue ? NOT_YET_DUE : MISSING, "stage", path.getStage())
                .addEvidence(context.evidence("/assessment", "recorded", false, "stage", path.getStage()))
                .build();
    }
}
