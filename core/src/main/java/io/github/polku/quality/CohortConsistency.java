package io.github.polku.quality;

import io.github.polku.path.Destination;
import io.github.polku.path.PathId;
import io.github.polku.path.Stage;
import io.github.polku.quality.CohortContradiction.Figure;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Checks that the recorded figures of a {@link CohortSummary.Builder} fit together, and names every
 * contradiction by its figure (see {@link CohortSummary.Builder} for the rules).
 */
final class CohortConsistency {

    private final List<CohortContradiction> problems = new ArrayList<>();
    /** Every path of the cohort: the paths in the current stages. */
    private final Set<PathId> all = new LinkedHashSet<>();

    private CohortConsistency() {
    }

    static List<CohortContradiction> check(CohortFiguresBuilder b) {
        CohortConsistency c = new CohortConsistency();
        c.run(b);
        return List.copyOf(c.problems);
    }

    private void run(CohortFiguresBuilder b) {
        b.current.forEach((stage, ids) -> {
            boolean repeated = false;
            for (PathId id : ids) {
                repeated |= !all.add(id);
            }
            if (repeated) {
                problems.add(CohortContradiction.of(CohortSummary.DUPLICATE_PATH, Figure.CURRENT_STAGES, stage));
            }
        });
        b.reached.forEach((stage, ids) -> {
            if (!unknownOrDuplicate(ids, Figure.STAGES_REACHED, stage)
                    && (!ids.containsAll(b.current.get(stage)) || (stage == Stage.CONTACT && ids.size() != all.size())
                    || (stage == Stage.CLOSED && ids.size() != b.current.get(stage).size()))) {
                // every path has been in CONTACT and in its current stage; only closed paths have been closed
                problems.add(CohortContradiction.of(CohortSummary.INCONSISTENT, Figure.STAGES_REACHED, stage));
            }
        });
        Set<PathId> closedIds = new LinkedHashSet<>();
        b.closed.forEach((destination, ids) -> {
            if (!unknownOrDuplicate(ids, Figure.CLOSED_PATHS, destination)) {
                for (PathId id : ids) {
                    if (!closedIds.add(id)) {
                        problems.add(CohortContradiction.of(CohortSummary.DUPLICATE_PATH, Figure.CLOSED_PATHS, destination));
                        break;
                    }
                }
            }
        });
        if (!closedIds.equals(new LinkedHashSet<>(b.current.get(Stage.CLOSED)))) {
            problems.add(CohortContradiction.of(CohortSummary.INCONSISTENT, Figure.CLOSED_PATHS));
        }
        if (!unknownOrDuplicate(b.positive, Figure.POSITIVE_PATHS, null)) {
            boolean positiveOk = closedIds.containsAll(b.positive);
            for (Map.Entry<Destination, List<PathId>> e : b.closed.entrySet()) {
                if (b.classification.isPositive(e.getKey()) && !b.positive.containsAll(e.getValue())) {
                    positiveOk = false;
                }
            }
            if (!positiveOk) {
                problems.add(CohortContradiction.of(CohortSummary.INCONSISTENT, Figure.POSITIVE_PATHS));
            }
        }
        if (b.contactToPlan != null && b.contactToPlan.getCount() > all.size()) {
            problems.add(CohortContradiction.of(CohortSummary.INCONSISTENT, Figure.CONTACT_TO_PLAN_DAYS));
        }
        if (b.planToClosure != null && (b.planToClosure.getCount() > closedIds.size()
                || b.contactToPlan == null || b.planToClosure.getCount() > b.contactToPlan.getCount())) {
            problems.add(CohortContradiction.of(CohortSummary.INCONSISTENT, Figure.PLAN_TO_CLOSURE_DAYS));
        }
        Set<MeasureKey> measures = new HashSet<>();
        for (int i = 0; i < b.changeScores.size(); i++) {
            ChangeScoreSummary c = b.changeScores.get(i);
            unknownOrDuplicate(c.getPaths(), Figure.CHANGE_SCORES, i);
            if (!measures.add(MeasureKey.of(c))) {
                problems.add(CohortContradiction.of(CohortSummary.INCONSISTENT, Figure.CHANGE_SCORES, i));
            }
        }
        if (b.partlyRemoteServices.getTotal() != b.remoteServices.getTotal()
                || b.partlyRemoteServices.getCount() < b.remoteServices.getCount()) {
            problems.add(CohortContradiction.of(CohortSummary.INCONSISTENT, Figure.AT_LEAST_PARTLY_REMOTE_SERVICES));
        }
        if (b.remoteSessions.getTotal() != b.attendance.getCount()) {
            problems.add(CohortContradiction.of(CohortSummary.INCONSISTENT, Figure.REMOTE_SESSIONS));
        }
        if (b.anonymousContacts < 0) {
            problems.add(CohortContradiction.of(CohortSummary.INCONSISTENT, Figure.ANONYMOUS_CONTACT_COUNT));
        }
        b.anonymousPeople.forEach((channel, people) -> {
            if (people < 0 || (people > 0 && b.anonymousContacts <= 0)) {
                problems.add(CohortContradiction.of(CohortSummary.INCONSISTENT, Figure.ANONYMOUS_PEOPLE_BY_CHANNEL, channel));
            }
        });
    }

    /** Reports unknown or repeated paths in a list; true if it reported one. */
    private boolean unknownOrDuplicate(List<PathId> ids, Figure figure, Object part) {
        Set<PathId> seen = new HashSet<>();
        for (PathId id : ids) {
            if (!all.contains(id) || !seen.add(id)) {
                String code = all.contains(id) ? CohortSummary.DUPLICATE_PATH : CohortSummary.UNKNOWN_PATH;
                problems.add(part == null ? CohortContradiction.of(code, figure) : CohortContradiction.of(code, figure, part));
                return true;
            }
        }
        return false;
    }
}
