package io.github.polku.quality;

import io.github.polku.client.OmissionReason;
import io.github.polku.path.RehabilitationPath;
import io.github.polku.path.Stage;
import io.github.polku.path.StageChange;
import java.util.EnumSet;
import java.util.Set;

/** Facts about a path that several evaluators and the cohort summary share. */
final class PathFacts {

    /** Omissions that make a step not applicable: the law's "obviously unnecessary", an equivalent plan, the client's refusal. */
    static final Set<OmissionReason> ACCEPTED_OMISSIONS =
            EnumSet.of(OmissionReason.OBVIOUSLY_UNNECESSARY, OmissionReason.EQUIVALENT_ARRANGEMENT, OmissionReason.CLIENT_REFUSED);

    private PathFacts() {
    }

    /** The stages the path has been in: CONTACT always, CLOSED with a closure, the rest from the stage changes. */
    static Set<Stage> stagesReached(RehabilitationPath path) {
        Set<Stage> reached = EnumSet.of(Stage.CONTACT);
        for (StageChange change : path.getStageChanges()) {
            reached.add(change.getStage());
        }
        if (path.getClosure().isPresent()) {
            reached.add(Stage.CLOSED);
        }
        return reached;
    }

    /** True if the path has been in rehabilitation or follow-up: a plan, services and measurement are due. */
    static boolean reachedRehabilitation(RehabilitationPath path) {
        Set<Stage> reached = stagesReached(path);
        return reached.contains(Stage.REHABILITATION) || reached.contains(Stage.FOLLOW_UP);
    }

    /** True if the path is open and its current stage is one of the given ones. */
    static boolean openIn(RehabilitationPath path, Stage... stages) {
        Stage current = path.getStage();
        for (Stage s : stages) {
            if (s == current) {
                return current != Stage.CLOSED;
            }
        }
        return false;
    }
}
