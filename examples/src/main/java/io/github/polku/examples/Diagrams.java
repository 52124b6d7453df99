package io.github.polku.examples;

import io.github.polku.codevelopment.ArnsteinRung;
import io.github.polku.codevelopment.DecisionRight;
import io.github.polku.codevelopment.Hearing;
import io.github.polku.codevelopment.ParticipationGroup;
import io.github.polku.codevelopment.ParticipationLadder;
import io.github.polku.path.GoalStatus;
import io.github.polku.path.Stage;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * The diagrams the reading guides link to, drawn as Mermaid from the library's own tables: the
 * stage transitions of a path ({@link Stage#getNextStages()}), the goal statuses
 * ({@link GoalStatus#getNextStatuses()}) and Arnstein's ladder with the roles of
 * {@link Example04CoDevelopment} and {@link Example10PeerInstructorAndExperienceExpert} placed by
 * {@link ParticipationLadder#derive}.
 * <p>
 * {@code DiagramsTest} draws them in every build and fails when the committed files in
 * {@code docs/diagrams/} differ; run it with {@code -Dpolku.diagrams.write=true} to rewrite them.
 */
final class Diagrams {

    /** The file names in {@code docs/diagrams/}, with their drawings. */
    static Map<String, String> all() {
        Map<String, String> all = new LinkedHashMap<>();
        all.put("stages.md", stages());
        all.put("goal-statuses.md", goalStatuses());
        all.put("participation-ladder.md", ladder());
        return all;
    }

    /**
     * Draws the stages of a path and the legal transitions between them.
     *
     * @return a Markdown page with one Mermaid state diagram, not null
     */
    static String stages() {
        StringBuilder d = new StringBuilder("stateDiagram-v2\n    [*] --> CONTACT\n");
        for (Stage from : Stage.values()) {
            for (Stage to : from.getNextStages()) {
                d.append("    ").append(from).append(" --> ").append(to).append('\n');
            }
        }
        d.append("    CLOSED --> [*]\n");
        return page("Stages of a rehabilitation path", "vaihe / skede",
                "Every path starts at CONTACT. Drawn from `Stage.getNextStages()`; a stage change that is not an"
                + " arrow here is reported as `polku.path.stage.illegalTransition`.", d);
    }

    /**
     * Draws the statuses of a goal and the legal changes between them.
     *
     * @return a Markdown page with one Mermaid state diagram, not null
     */
    static String goalStatuses() {
        StringBuilder d = new StringBuilder("stateDiagram-v2\n    [*] --> PROPOSED\n");
        for (GoalStatus from : GoalStatus.values()) {
            for (GoalStatus to : from.getNextStatuses()) {
                d.append("    ").append(from).append(" --> ").append(to).append('\n');
            }
            if (from.getNextStatuses().isEmpty()) {
                d.append("    ").append(from).append(" --> [*]\n");
            }
        }
        return page("Statuses of a goal", "tavoitteen tila / målets status",
                "A new goal is PROPOSED. Drawn from `GoalStatus.getNextStatuses()`; any other change is reported as"
                + " `polku.path.goal.status.illegalTransition`.", d);
    }

    /**
     * Draws Arnstein's ladder, rung 1 at the bottom, with the roles of the co-development example
     * on the rungs the library derives for them.
     *
     * @return a Markdown page with one Mermaid flowchart, not null
     */
    static String ladder() {
        // The roles of Example04CoDevelopment: their decision rights, how they were heard, and
        // whether the client side was outnumbered where they sat.
        Map<ArnsteinRung, List<String>> placed = new LinkedHashMap<>();
        place(placed, "Jyväskylä developer client (DEV-04)", EnumSet.of(DecisionRight.AGENDA, DecisionRight.PRIORITIES), false);
        place(placed, "Jyväskylä client council member (DEV-01)",
                EnumSet.of(DecisionRight.AGENDA, DecisionRight.PRIORITIES, DecisionRight.EVALUATION), false);
        place(placed, "working-group client among professionals (DEV-09)", EnumSet.noneOf(DecisionRight.class), true);
        // ...and of Example10PeerInstructorAndExperienceExpert, beside one professional.
        place(placed, "VALSKU peer instructor (PEER-01)", EnumSet.of(DecisionRight.PRIORITIES, DecisionRight.IMPLEMENTATION), false);
        place(placed, "VALSKU experience expert (EXP-01)",
                EnumSet.of(DecisionRight.AGENDA, DecisionRight.IMPLEMENTATION, DecisionRight.EVALUATION), false);
        StringBuilder d = new StringBuilder("flowchart BT\n");
        for (ParticipationGroup group : ParticipationGroup.values()) {
            d.append("    subgraph ").append(group).append('\n');
            for (ArnsteinRung rung : ArnsteinRung.values()) {
                if (rung.getGroup() == group) {
                    d.append("        R").append(rung.getNumber()).append("[\"").append(rung.getNumber()).append(' ')
                            .append(rung);
                    for (String role : placed.getOrDefault(rung, List.of())) {
                        d.append("<br/>").append(role);
                    }
                    d.append("\"]\n");
                }
            }
            d.append("    end\n");
        }
        for (int n = 1; n < ArnsteinRung.values().length; n++) {
            d.append("    R").append(n).append(" --> R").append(n + 1).append('\n');
        }
        return page("Arnstein's ladder with the roles of the co-development example", "osallisuuden tikkaat / delaktighetsstegen",
                "Rungs and groups from `ArnsteinRung`; each role of `Example04CoDevelopment` and"
                + " `Example10PeerInstructorAndExperienceExpert` is placed where"
                + " `ParticipationLadder.derive` puts it from its decision rights, whether its ideas were answered, and"
                + " whether the client side was outnumbered. Rungs 3-5 are tokenism and draw a warning.", d);
    }

    private static void place(Map<ArnsteinRung, List<String>> placed, String role, Set<DecisionRight> rights, boolean minority) {
        placed.computeIfAbsent(ParticipationLadder.derive(rights, Hearing.ANSWERED, minority), r -> new ArrayList<>()).add(role);
    }

    private static String page(String title, String terms, String text, StringBuilder diagram) {
        return "# " + title + " (" + terms + ")\n\n" + text + "\n\nGenerated by `examples/src/main/java/io/github/polku/"
                + "examples/Diagrams.java`; do not edit by hand.\n\n```mermaid\n" + diagram + "```\n";
    }
}
