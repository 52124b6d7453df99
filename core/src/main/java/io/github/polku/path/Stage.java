package io.github.polku.path;

import java.util.Collections;
import java.util.EnumMap;
import java.util.EnumSet;
import java.util.Map;
import java.util.Set;

/**
 * A stage of a rehabilitation path (fi: vaihe, sv: skede), with the legal transitions between
 * stages.
 * <p>
 * Every path starts in {@link #CONTACT}. The transitions are:
 * <table>
 *   <caption>Legal transitions</caption>
 *   <tr><th>from</th><th>to</th></tr>
 *   <tr><td>CONTACT</td><td>ASSESSMENT, PLANNING (assessment omitted), CLOSED</td></tr>
 *   <tr><td>ASSESSMENT</td><td>PLANNING, REHABILITATION (plan omitted), CLOSED</td></tr>
 *   <tr><td>PLANNING</td><td>REHABILITATION, CLOSED</td></tr>
 *   <tr><td>REHABILITATION</td><td>PLANNING (plan revised), FOLLOW_UP, CLOSED</td></tr>
 *   <tr><td>FOLLOW_UP</td><td>REHABILITATION (resumed), CLOSED</td></tr>
 *   <tr><td>CLOSED</td><td>none</td></tr>
 * </table>
 * A path may be closed from every open stage; a closed path is final.
 *
 * @since 0.1.0
 */
public enum Stage {
    /** First contact or referral (fi: yhteydenotto, sv: kontakt). */
    CONTACT,
    /** Service need assessment (fi: palvelutarpeen arviointi, sv: bedömning av servicebehov). */
    ASSESSMENT,
    /** Client planning (fi: asiakassuunnitelman laatiminen, sv: klientplanering). */
    PLANNING,
    /** Social rehabilitation under way (fi: kuntoutus, sv: rehabilitering). */
    REHABILITATION,
    /** Follow-up after the rehabilitation (fi: seuranta, sv: uppföljning). */
    FOLLOW_UP,
    /** The path is closed (fi: p\u00e4\u00e4ttynyt, sv: avslutad). */
    CLOSED;

    private static final Map<Stage, Set<Stage>> NEXT = table();

    private static Map<Stage, Set<Stage>> table() {
        Map<Stage, Set<Stage>> next = new EnumMap<>(Stage.class);
        next.put(CONTACT, EnumSet.of(ASSESSMENT, PLANNING, CLOSED));
        next.put(ASSESSMENT, EnumSet.of(PLANNING, REHABILITATION, CLOSED));
        next.put(PLANNING, EnumSet.of(REHABILITATION, CLOSED));
        next.put(REHABILITATION, EnumSet.of(PLANNING, FOLLOW_UP, CLOSED));
        next.put(FOLLOW_UP, EnumSet.of(REHABILITATION, CLOSED));
        next.put(CLOSED, EnumSet.noneOf(Stage.class));
        next.replaceAll((stage, set) -> Collections.unmodifiableSet(set));
        return Collections.unmodifiableMap(next);
    }

    /**
     * Gets the stages this stage may lead to.
     *
     * @return the next stages in declaration order, not null, empty for {@link #CLOSED}
     */
    public Set<Stage> getNextStages() {
        return NEXT.get(this);
    }

    /**
     * Checks if a path in this stage may move to another stage.
     *
     * @param next  the stage to move to, not null
     * @return true if the transition is legal
     */
    public boolean canTransitionTo(Stage next) {
        return NEXT.get(this).contains(next);
    }

    /**
     * Checks if entering this stage requires a service need assessment or the coded reason it was
     * omitted (Social Welfare Act 1301/2014 §36: the assessment precedes planning and services).
     *
     * @return true for {@link #PLANNING}, {@link #REHABILITATION} and {@link #FOLLOW_UP}
     */
    public boolean needsAssessment() {
        return this == PLANNING || this == REHABILITATION || this == FOLLOW_UP;
    }

    /**
     * Checks if entering this stage requires a client plan or the coded reason it was omitted
     * (Social Welfare Act 1301/2014 §39: the assessment is completed with a client plan).
     *
     * @return true for {@link #REHABILITATION} and {@link #FOLLOW_UP}
     */
    public boolean needsPlan() {
        return this == REHABILITATION || this == FOLLOW_UP;
    }
}
