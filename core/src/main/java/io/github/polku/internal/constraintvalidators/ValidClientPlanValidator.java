package io.github.polku.internal.constraintvalidators;

import io.github.polku.path.ClientPlan;
import io.github.polku.path.ValidClientPlan;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;

/** The rules of {@link ValidClientPlan}: rule 7 of DOMAIN.md section 10 and evaluation dates in order. */
public final class ValidClientPlanValidator extends RuleValidator<ValidClientPlan, ClientPlan> {

    /** The client's own view is missing. */
    public static final String CLIENT_VIEW_MISSING = "polku.path.plan.clientView.missing";
    /** The worker's view is missing. */
    public static final String WORKER_VIEW_MISSING = "polku.path.plan.workerView.missing";
    /** The views disagree and the client's justification is missing. */
    public static final String CLIENT_JUSTIFICATION_MISSING = "polku.path.plan.clientJustification.missing";
    /** The views disagree and the worker's justification is missing. */
    public static final String WORKER_JUSTIFICATION_MISSING = "polku.path.plan.workerJustification.missing";

    @Override
    protected void check(ClientPlan plan, RuleContext context) {
        if (isBlank(plan.getClientView())) {
            context.error(CLIENT_VIEW_MISSING, "/clientView");
        }
        if (isBlank(plan.getWorkerView())) {
            context.error(WORKER_VIEW_MISSING, "/workerView");
        }
        if (!plan.isAgreement()) {
            if (isBlank(plan.getClientJustification())) {
                context.error(CLIENT_JUSTIFICATION_MISSING, "/clientJustification");
            }
            if (isBlank(plan.getWorkerJustification())) {
                context.error(WORKER_JUSTIFICATION_MISSING, "/workerJustification");
            }
        }
        List<LocalDate> evaluations = plan.getEvaluationDates();
        for (int i = 0; i < evaluations.size(); i++) {
            LocalDate previous = i == 0 ? plan.getCreatedOn() : evaluations.get(i - 1);
            if (evaluations.get(i).isBefore(previous)) {
                PathDates.report(context, "/evaluationDates/" + i, i == 0 ? "/createdOn" : "/evaluationDates/" + (i - 1));
            }
        }
    }

    private static boolean isBlank(Optional<String> text) {
        return text.isEmpty() || text.get().isBlank();
    }
}
