package io.github.polku.quality;

import io.github.polku.path.ClientPlan;
import io.github.polku.path.Goal;
import io.github.polku.path.GoalStatus;
import io.github.polku.path.GoalStatusChange;
import io.github.polku.path.RehabilitationPath;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;

/**
 * {@link BuiltInEvaluators#GOALS_FOLLOWED_UP}: the goals of the client plan were followed up. A
 * goal is followed up when its status was judged (achieved, partly achieved, not achieved or
 * abandoned) or the plan was evaluated on or after the day the goal was set.
 */
final class GoalsFollowedUpEvaluator extends BuiltInEvaluator.OfPath {

    static final String DUE_AFTER_MONTHS = "dueAfterMonths";
    static final String ALL = "polku.quality.goalsFollowedUp.all";
    static final String SOME = "polku.quality.goalsFollowedUp.some";
    static final String NONE = "polku.quality.goalsFollowedUp.none";
    static final String NO_GOALS = "polku.quality.goalsFollowedUp.noGoals";
    static final String NO_PLAN = "polku.quality.goalsFollowedUp.noPlan";
    static final String NOT_YET_DUE = "polku.quality.goalsFollowedUp.notYetDue";

    private static final Set<GoalStatus> JUDGED = EnumSet.of(GoalStatus.ACHIEVED, GoalStatus.PARTLY_ACHIEVED,
            GoalStatus.NOT_ACHIEVED, GoalStatus.ABANDONED);

    GoalsFollowedUpEvaluator() {
        super(BuiltInEvaluators.GOALS_FOLLOWED_UP, DUE_AFTER_MONTHS, 6);
    }

    @Override
    public CriterionResult evaluate(RehabilitationPath path, EvaluationContext context) {
        if (path.getPlan().isEmpty()) {
            return context.result(CriterionOutcome.NOT_APPLICABLE, NO_PLAN)
                    .addEvidence(context.evidence("/plan", "recorded", false)).build();
        }
        ClientPlan plan = path.getPlan().get();
        if (plan.getGoals().isEmpty()) {
            return context.result(CriterionOutcome.NOT_MET, NO_GOALS)
                    .addEvidence(context.evidence("/plan/goals", "goals", 0)).build();
        }
        List<Evidence> evidence = new ArrayList<>();
        int followed = 0;
        List<Goal> goals = plan.getGoals();
        for (int i = 0; i < goals.size(); i++) {
            Goal goal = goals.get(i);
            boolean judged = goal.getStatusHistory().stream().map(GoalStatusChange::getStatus).anyMatch(JUDGED::contains);
            boolean evaluated = plan.getEvaluationDates().stream().anyMatch(d -> !d.isBefore(goal.getSetOn()));
            boolean followedUp = judged || evaluated;
            if (followedUp) {
                followed++;
            }
            evidence.add(context.evidence("/plan/goals/" + i, "status", goal.getStatus(), "setOn", goal.getSetOn(),
                    "statusJudged", judged, "planEvaluatedSince", evaluated));
        }
        int months = context.getIntParameter(DUE_AFTER_MONTHS);
        LocalDate dueOn = plan.getCreatedOn().plusMonths(months);
        CriterionResult.Builder result;
        if (followed == goals.size()) {
            result = context.result(CriterionOutcome.MET, ALL, "goals", goals.size());
        } else if (followed > 0) {
            result = context.result(CriterionOutcome.PARTLY_MET, SOME, "goals", goals.size(), "followed", followed);
        } else if (path.getClosure().isEmpty() && !context.getEvaluationDate().isAfter(dueOn)) {
            result = context.result(CriterionOutcome.NOT_APPLICABLE, NOT_YET_DUE, "dueOn", dueOn, "months", months);
        } else {
            result = context.result(CriterionOutcome.NOT_MET, NONE, "goals", goals.size(), "months", months);
        }
        return result.addAllEvidence(evidence).build();
    }
}
