package io.github.polku.quality;

import io.github.polku.codevelopment.CoDevelopmentProcess;
import io.github.polku.codevelopment.Participant;
import io.github.polku.codevelopment.ParticipantKind;
import io.github.polku.codevelopment.RoleAssignment;
import java.util.ArrayList;
import java.util.List;

/**
 * {@link BuiltInEvaluators#STAFF_COMPETENCE}: the professionals of a co-development process have a
 * completed training recorded in at least one of their roles.
 */
final class StaffCompetenceEvaluator extends BuiltInEvaluator.OfProcess {

    static final String ALL = "polku.quality.staffCompetence.all";
    static final String SOME = "polku.quality.staffCompetence.some";
    static final String NONE = "polku.quality.staffCompetence.none";
    static final String NO_PROFESSIONALS = "polku.quality.staffCompetence.noProfessionals";

    StaffCompetenceEvaluator() {
        super(BuiltInEvaluators.STAFF_COMPETENCE);
    }

    @Override
    public CriterionResult evaluate(CoDevelopmentProcess process, EvaluationContext context) {
        List<Evidence> evidence = new ArrayList<>();
        int professionals = 0;
        int trained = 0;
        for (int i = 0; i < process.getParticipants().size(); i++) {
            Participant p = process.getParticipants().get(i);
            if (p.getKind() != ParticipantKind.PROFESSIONAL) {
                continue;
            }
            professionals++;
            boolean done = p.getRoles().stream().anyMatch(RoleAssignment::hasCompletedTraining);
            if (done) {
                trained++;
            }
            evidence.add(context.evidence("/participants/" + i, "kind", p.getKind(), "completedTraining", done));
        }
        CriterionResult.Builder result;
        if (professionals == 0) {
            result = context.result(CriterionOutcome.NOT_APPLICABLE, NO_PROFESSIONALS)
                    .addEvidence(context.evidence("/participants", "professionals", 0));
        } else if (trained == professionals) {
            result = context.result(CriterionOutcome.MET, ALL, "professionals", professionals);
        } else if (trained > 0) {
            result = context.result(CriterionOutcome.PARTLY_MET, SOME, "professionals", professionals, "trained", trained);
        } else {
            result = context.result(CriterionOutcome.NOT_MET, NONE, "professionals", professionals);
        }
        return result.addAllEvidence(evidence).build();
    }
}
