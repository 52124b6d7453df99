package io.github.polku.internal.constraintvalidators;

import io.github.polku.path.Goal;
import io.github.polku.path.GoalStatus;
import io.github.polku.path.GoalStatusChange;
import io.github.polku.path.ValidGoal;
import java.time.LocalDate;
import java.util.List;

/** The rules of {@link ValidGoal}: the status history follows the transition table in date order. */
public final class ValidGoalValidator extends RuleValidator<ValidGoal, Goal> {

    /** A status change that the table of {@link GoalStatus} does not allow. */
    public static final String ILLEGAL_TRANSITION = "polku.path.goal.status.illegalTransition";

    @Override
    protected void check(Goal goal, RuleContext context) {
        List<GoalStatusChange> history = goal.getStatusHistory();
        GoalStatus status = GoalStatus.PROPOSED;
        LocalDate date = goal.getSetOn();
        for (int i = 0; i < history.size(); i++) {
            GoalStatusChange change = history.get(i);
            if (!status.canTransitionTo(change.getStatus())) {
                context.error(ILLEGAL_TRANSITION, "/statusHistory/" + i + "/status", "from", status, "to", change.getStatus());
            }
            if (change.getDate().isBefore(date)) {
                PathDates.report(context, "/statusHistory/" + i + "/date", i == 0 ? "/setOn" : "/statusHistory/" + (i - 1) + "/date");
            }
            // Continue from what the record says, so one bad entry gives one violation, not a cascade.
            status = change.getStatus();
            date = change.getDate();
        }
    }
}
