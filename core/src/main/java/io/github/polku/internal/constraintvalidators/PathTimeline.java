package io.github.polku.internal.constraintvalidators;

import io.github.polku.calendar.DateRange;
import io.github.polku.path.ClientPlan;
import io.github.polku.path.Goal;
import io.github.polku.path.RehabilitationPath;
import io.github.polku.path.ServiceNeedAssessment;
import io.github.polku.service.RehabilitativeWorkActivity;
import io.github.polku.service.Service;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

/**
 * Every date of a rehabilitation path with its JSON Pointer, and whether it records an event that
 * has happened (a first contact, a stage change, an attendance) or may lie ahead (the end of a
 * service period, a goal's target date).
 * <p>
 * Why the split: a document may carry plans (a service booked to start next month, a pause with
 * its planned reopening day, a goal to reach by spring), but what it says has happened cannot be
 * dated after the day it is judged on.
 */
final class PathTimeline {

    /** One date of the path. */
    static final class Entry {
        final String pointer;
        final LocalDate date;
        final boolean happened;

        Entry(String pointer, LocalDate date, boolean happened) {
            this.pointer = pointer;
            this.date = date;
            this.happened = happened;
        }
    }

    private final List<Entry> entries = new ArrayList<>();

    private PathTimeline() {
    }

    /**
     * Lists the dates of a path in document order.
     *
     * @param path the path, not null
     * @return the dates, not null
     */
    static List<Entry> of(RehabilitationPath path) {
        PathTimeline t = new PathTimeline();
        t.event("/firstContact/date", path.getFirstContact().getDate());
        if (path.getAssessment().isPresent()) {
            ServiceNeedAssessment a = path.getAssessment().get();
            t.event("/assessment/pendingOn", a.getPendingOn());
            a.getStartedOn().ifPresent(d -> t.event("/assessment/startedOn", d));
            a.getCompletedOn().ifPresent(d -> t.event("/assessment/completedOn", d));
        }
        if (path.getPlan().isPresent()) {
            plan(t, path.getPlan().get());
        }
        for (int i = 0; i < path.getStageChanges().size(); i++) {
            t.event("/stageChanges/" + i + "/date", path.getStageChanges().get(i).getDate());
        }
        for (int i = 0; i < path.getPauses().size(); i++) {
            t.period("/pauses/" + i + "/period", path.getPauses().get(i).getPeriod(), true);
        }
        for (int i = 0; i < path.getServices().size(); i++) {
            service(t, "/services/" + i, path.getServices().get(i));
        }
        for (int i = 0; i < path.getMeasurements().size(); i++) {
            t.event("/measurements/" + i + "/date", path.getMeasurements().get(i).getDate());
        }
        path.getClosure().ifPresent(c -> t.event("/closure/date", c.getDate()));
        return t.entries;
    }

    private static void plan(PathTimeline t, ClientPlan plan) {
        t.event("/plan/createdOn", plan.getCreatedOn());
        for (int i = 0; i < plan.getEvaluationDates().size(); i++) {
            t.event("/plan/evaluationDates/" + i, plan.getEvaluationDates().get(i));
        }
        for (int i = 0; i < plan.getGoals().size(); i++) {
            Goal goal = plan.getGoals().get(i);
            String at = "/plan/goals/" + i;
            t.event(at + "/setOn", goal.getSetOn());
            goal.getTargetDate().ifPresent(d -> t.ahead(at + "/targetDate", d));
            for (int j = 0; j < goal.getStatusHistory().size(); j++) {
                t.event(at + "/statusHistory/" + j + "/date", goal.getStatusHistory().get(j).getDate());
            }
        }
    }

    private static void service(PathTimeline t, String at, Service service) {
        t.period(at + "/period", service.getPeriod(), false);
        for (int j = 0; j < service.getAttendances().size(); j++) {
            t.event(at + "/attendances/" + j + "/date", service.getAttendances().get(j).getDate());
        }
        if (service.getWorkActivity().isPresent()) {
            RehabilitativeWorkActivity activity = service.getWorkActivity().get();
            activity.getPlanDate().ifPresent(d -> t.event(at + "/workActivity/planDate", d));
            for (int j = 0; j < activity.getPeriods().size(); j++) {
                t.period(at + "/workActivity/periods/" + j, activity.getPeriods().get(j), false);
            }
            for (int j = 0; j < activity.getReviewDates().size(); j++) {
                t.event(at + "/workActivity/reviewDates/" + j, activity.getReviewDates().get(j));
            }
        }
    }

    /** A period: its start has happened if {@code startHappened}; its end may be planned. */
    private void period(String at, DateRange period, boolean startHappened) {
        entries.add(new Entry(at + "/start", period.getStart(), startHappened));
        period.getEnd().ifPresent(d -> ahead(at + "/end", d));
    }

    private void event(String pointer, LocalDate date) {
        entries.add(new Entry(pointer, date, true));
    }

    private void ahead(String pointer, LocalDate date) {
        entries.add(new Entry(pointer, date, false));
    }
}
