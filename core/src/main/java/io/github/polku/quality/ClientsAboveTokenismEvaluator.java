package io.github.polku.quality;

import io.github.polku.codevelopment.CoDevelopmentProcess;
import io.github.polku.codevelopment.Participant;
import io.github.polku.codevelopment.ParticipationLevel;
import io.github.polku.codevelopment.RoleAssignment;
import java.util.ArrayList;
import java.util.List;

/**
 * {@link BuiltInEvaluators#CLIENTS_ABOVE_TOKENISM}: the client-side roles of a co-development
 * process stand above the tokenism rungs of Arnstein's ladder (rung 6, partnership, or higher), by
 * the level the process derives or an explicit assessment overrides.
 */
final class ClientsAboveTokenismEvaluator extends BuiltInEvaluator.OfProcess {

    static final String ALL = "polku.quality.clientsAboveTokenism.all";
    static final String SOME = "polku.quality.clientsAboveTokenism.some";
    static final String NONE = "polku.quality.clientsAboveTokenism.none";
    static final String NO_CLIENT_SIDE = "polku.quality.clientsAboveTokenism.noClientSide";

    ClientsAboveTokenismEvaluator() {
        super(BuiltInEvaluators.CLIENTS_ABOVE_TOKENISM);
    }

    @Override
    public CriterionResult evaluate(CoDevelopmentProcess process, EvaluationContext context) {
        List<Evidence> evidence = new ArrayList<>();
        int roles = 0;
        int above = 0;
        for (int i = 0; i < process.getParticipants().size(); i++) {
            Participant p = process.getParticipants().get(i);
            for (int j = 0; j < p.getRoles().size(); j++) {
                RoleAssignment role = p.getRoles().get(j);
                if (!role.getRole().isClientSide()) {
                    continue;
                }
                ParticipationLevel level = process.getParticipationLevel(p.getId(), role.getRole());
                roles++;
                if (level.getRung().isCitizenPower()) {
                    above++;
                }
                evidence.add(context.evidence("/participants/" + i + "/roles/" + j, "role", role.getRole(),
                        "rung", level.getRung().getNumber(), "group", level.getGroup(),
                        "assessed", level.getAssessedRung().isPresent(), "hearing", level.getHearing()));
            }
        }
        CriterionResult.Builder result;
        if (roles == 0) {
            result = context.result(CriterionOutcome.NOT_MET, NO_CLIENT_SIDE)
                    .addEvidence(context.evidence("/participants", "clientSideRoles", 0));
        } else if (above == roles) {
            result = context.result(CriterionOutcome.MET, ALL, "roles", roles);
        } else if (above > 0) {
            result = context.result(CriterionOutcome.PARTLY_MET, SOME, "roles", roles, "above", above);
        } else {
            result = context.result(CriterionOutcome.NOT_MET, NONE, "roles", roles);
        }
        return result.addAllEvidence(evidence).build();
    }
}
