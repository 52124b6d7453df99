package io.github.polku.codevelopment;

import java.util.EnumSet;
import java.util.Objects;
import java.util.Set;

/**
 * The table that derives a role's rung on Arnstein's ladder (fi: osallisuuden tikkaat, sv:
 * delaktighetsstegen) from what the role may decide and how it has been heard.
 * <p>
 * The rung is never typed in by hand: it follows from three inputs, each recorded or derived from
 * data in a {@link CoDevelopmentProcess}:
 * <ul>
 *   <li>the role's {@link DecisionRight decision rights} (any subset of the five);</li>
 *   <li>the participant's {@link Hearing hearing};</li>
 *   <li>whether the client side is a <em>minority</em> of the process's participants.</li>
 * </ul>
 * The decision rights fall into four power classes:
 * <ul>
 *   <li><b>none</b>: no decision right;</li>
 *   <li><b>shared</b>: at least one right, but not "most";</li>
 *   <li><b>most</b>: at least three rights including {@code BUDGET} or {@code EVALUATION}, but not
 *       all five;</li>
 *   <li><b>full</b>: all five rights.</li>
 * </ul>
 * The table (DOMAIN.md §6.2), complete over every combination of its inputs:
 * <table class="striped">
 *   <caption>Derived rung</caption>
 *   <thead><tr><th>hearing</th><th>power</th><th>minority</th><th>rung</th></tr></thead>
 *   <tbody>
 *     <tr><td>NONE</td><td>any</td><td>any</td><td>1 Manipulation</td></tr>
 *     <tr><td>INFORMED</td><td>any</td><td>any</td><td>3 Informing</td></tr>
 *     <tr><td>CONSULTED</td><td>any</td><td>any</td><td>4 Consultation</td></tr>
 *     <tr><td>ANSWERED</td><td>none</td><td>any</td><td>5 Placation</td></tr>
 *     <tr><td>ANSWERED</td><td>shared</td><td>yes</td><td>5 Placation</td></tr>
 *     <tr><td>ANSWERED</td><td>shared</td><td>no</td><td>6 Partnership</td></tr>
 *     <tr><td>ANSWERED</td><td>most</td><td>any</td><td>7 Delegated power</td></tr>
 *     <tr><td>ANSWERED</td><td>full</td><td>any</td><td>8 Citizen control</td></tr>
 *   </tbody>
 * </table>
 * Reasons: a role that has not been answered has rights on paper only, so its rung is set by how
 * far it was heard (Arnstein's advisory councils that are never listened to are rung 1). A role
 * that shares decisions in a group where the client side is outnumbered is outvoted: placation.
 * Delegated power and control are exercised by the role itself, so being a minority does not
 * lower them. Rung 2 (therapy) is never derived; it can only be set by an explicit
 * {@link ParticipationAssessment assessment}.
 * <p>
 * This class is immutable and thread-safe.
 *
 * @since 0.1.0
 */
public final class ParticipationLadder {

    private ParticipationLadder() {
    }

    /**
     * Derives the rung from the table above.
     *
     * @param decisionRights  the role's decision rights, not null, may be empty
     * @param hearing  how the participant has been heard, not null
     * @param clientSideMinority  true if client-side participants are fewer than the others
     * @return the rung, not null
     */
    public static ArnsteinRung derive(Set<DecisionRight> decisionRights, Hearing hearing, boolean clientSideMinority) {
        Objects.requireNonNull(decisionRights, "decisionRights");
        Objects.requireNonNull(hearing, "hearing");
        switch (hearing) {
            case NONE:
                return ArnsteinRung.MANIPULATION;
            case INFORMED:
                return ArnsteinRung.INFORMING;
            case CONSULTED:
                return ArnsteinRung.CONSULTATION;
            default:
                break;
        }
        Set<DecisionRight> rights = decisionRights.isEmpty() ? EnumSet.noneOf(DecisionRight.class)
                : EnumSet.copyOf(decisionRights);
        if (rights.isEmpty()) {
            return ArnsteinRung.PLACATION;
        }
        if (rights.size() == DecisionRight.values().length) {
            return ArnsteinRung.CITIZEN_CONTROL;
        }
        boolean decidesMost = rights.size() >= 3
                && (rights.contains(DecisionRight.BUDGET) || rights.contains(DecisionRight.EVALUATION));
        if (decidesMost) {
            return ArnsteinRung.DELEGATED_POWER;
        }
        return clientSideMinority ? ArnsteinRung.PLACATION : ArnsteinRung.PARTNERSHIP;
    }
}
