package io.github.polku.path;

import java.util.Collections;
import java.util.EnumMap;
import java.util.EnumSet;
import java.util.Map;
import java.util.Set;

/**
 * The status of a goal (fi: tavoitteen tila, sv: målets status), with the legal changes of
 * status.
 * <p>
 * A goal starts as {@link #PROPOSED}. The transitions are:
 * <table>
 *   <caption>Legal transitions</caption>
 *   <tr><th>from</th><th>to</th></tr>
 *   <tr><td>PROPOSED</td><td>ACTIVE, ABANDONED</td></tr>
 *   <tr><td>ACTIVE</td><td>ACHIEVED, PARTLY_ACHIEVED, NOT_ACHIEVED, ABANDONED</td></tr>
 *   <tr><td>PARTLY_ACHIEVED</td><td>ACTIVE (continued), ACHIEVED, ABANDONED</td></tr>
 *   <tr><td>NOT_ACHIEVED</td><td>ACTIVE (renewed), ABANDONED</td></tr>
 *   <tr><td>ACHIEVED</td><td>none</td></tr>
 *   <tr><td>ABANDONED</td><td>none</td></tr>
 * </table>
 *
 * @since 0.1.0
 */
public enum GoalStatus {
    /** Proposed, not yet agreed (fi: ehdotettu, sv: föreslaget). */
    PROPOSED,
    /** Agreed and being worked on (fi: aktiivinen, sv: aktivt). */
    ACTIVE,
    /** Achieved (fi: saavutettu, sv: uppnått). */
    ACHIEVED,
    /** Partly achieved at an evaluation (fi: osittain saavutettu, sv: delvis uppnått). */
    PARTLY_ACHIEVED,
    /** Not achieved at an evaluation (fi: ei saavutettu, sv: inte uppnått). */
    NOT_ACHIEVED,
    /** Given up (fi: luovuttu, sv: övergivet). */
    ABANDONED;

    private static final Map<GoalStatus, Set<GoalStatus>> NEXT = table();

    private static Map<GoalStatus, Set<GoalStatus>> table() {
        Map<GoalStatus, Set<GoalStatus>> next = new EnumMap<>(GoalStatus.class);
        next.put(PROPOSED, EnumSet.of(ACTIVE, ABANDONED));
        next.put(ACTIVE, EnumSet.of(ACHIEVED, PARTLY_ACHIEVED, NOT_ACHIEVED, ABANDONED));
        next.put(PARTLY_ACHIEVED, EnumSet.of(ACTIVE, ACHIEVED, ABANDONED));
        next.put(NOT_ACHIEVED, EnumSet.of(ACTIVE, ABANDONED));
        next.put(ACHIEVED, EnumSet.noneOf(GoalStatus.class));
        next.put(ABANDONED, EnumSet.noneOf(GoalStatus.class));
        next.replaceAll((status, set) -> Collections.unmodifiableSet(set));
        return Collections.unmodifiableMap(next);
    }

    /**
     * Gets the statuses this status may change to.
     *
     * @return the next statuses in declaration order, not null, empty for a final status
     */
    public Set<GoalStatus> getNextStatuses() {
        return NEXT.get(this);
    }

    /**
     * Checks if a goal in this status may change to another status.
     *
     * @param next  the new status, not null
     * @return true if the change is legal
     */
    public boolean canTransitionTo(GoalStatus next) {
        return NEXT.get(this).contains(next);
    }
}
