package io.github.polku.quality;

import io.github.polku.client.OmissionReason;
import io.github.polku.path.ClientPlan;
import io.github.polku.path.PlanParticipant;
import io.github.polku.path.RehabilitationPath;
import java.util.EnumSet;
import java.util.Set;
import java.util.TreeSet;

/**
 * {@link BuiltInEvaluators#CLIENT_PLAN}: a client plan was drawn up with the client and records the
 * client's own view. A legal representative, relative or other close person taking part counts
 * for the client who cannot take part (Act 812/2000, section 8).
 */
final class ClientPlanEvaluator extends BuiltInEvaluator.OfPath {

    static final String WITH_CLIENT = "polku.quality.clientPlan.withClient";
    static final String VIEW_MISSING = "polku.quality.clientPlan.viewMissing";
    static final String CLIENT_ABSENT = "polku.quality.clientPlan.clientAbsent";
    static final String NEITHER = "polku.quality.clientPlan.neither";
    static final String OMITTED = "polku.quality.clientPlan.omitted";
    static final String OMITTED_OTHERWISE = "polku.quality.clientPlan.omittedOtherwise";
    static final String NOT_YET_DUE = "polku.quality.clientPlan.notYetDue";
    static final String MISSING = "polku.quality.clientPlan.missing";

    private static final Set<PlanParticipant> CLIENT_SIDE = EnumSet.of(PlanParticipant.CLIENT,
            PlanParticipant.LEGAL_REPRESENTATIVE, PlanParticipant.RELATIVE, PlanParticipant.CLOSE_PERSON);

    ClientPlanEvaluator() {
        super(BuiltInEvaluators.CLIENT_PLAN);
    }

    @Override
    public CriterionResult evaluate(RehabilitationPath path, EvaluationContext context) {
        if (path.getPlan().isPresent()) {
            ClientPlan plan = path.getPlan().get();
            boolean withClient = plan.getParticipants().stream().anyMatch(CLIENT_SIDE::contains);
            boolean view = plan.getClientView().isPresent() && !plan.getClientView().get().isBlank();
            CriterionOutcome outcome = withClient && view ? CriterionOutcome.MET
                    : withClient || view ? CriterionOutcome.PARTLY_MET : CriterionOutcome.NOT_MET;
            String code = withClient && view ? WITH_CLIENT : withClient ? VIEW_MISSING : view ? CLIENT_ABSENT : NEITHER;
            Set<String> participants = new TreeSet<>();
            plan.getParticipants().forEach(p -> participants.add(p.name()));
            return context.result(outcome, code, "createdOn", plan.getCreatedOn())
                    .addEvidence(context.evidence("/plan/participants", "participants", String.join(", ", participants),
                            "clientSideTookPart", withClient))
                    // whether the view is recorded, never the view itself
                    .addEvidence(context.evidence("/plan/clientView", "recorded", view))
                    .build();
        }
        if (path.getPlanOmission().isPresent()) {
            OmissionReason reason = path.getPlanOmission().get();
            boolean accepted = PathFacts.ACCEPTED_OMISSIONS.contains(reason);
            return context.result(accepted ? CriterionOutcome.NOT_APPLICABLE : CriterionOutcome.NOT_MET,
                            accepted ? OMITTED : OMITTED_OTHERWISE, "reason", reason)
                    .addEvidence(context.evidence("/planOmission", "reason", reason)).build();
        }
        boolean due = PathFacts.reachedRehabilitation(path);
        return context.result(due ? CriterionOutcome.NOT_MET : CriterionOutcome.NOT_APPLICABLE,
                        due ? MISSING : NOT_YET_DUE, "stage", path.getStage())
                .addEvidence(context.evidence("/plan", "recorded", false, "reachedRehabilitation", due)).build();
    }
}
