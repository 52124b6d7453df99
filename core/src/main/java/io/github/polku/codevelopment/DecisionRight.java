package io.github.polku.codevelopment;

/**
 * A matter that a role may decide in co-development (fi: päätösvalta, sv: beslutanderätt).
 * <p>
 * The set of decision rights of a role is one input of its {@link ParticipationLadder
 * participation level}.
 * <p>
 * This enum is immutable and thread-safe.
 *
 * @since 0.1.0
 */
public enum DecisionRight {
    /** Sets the agenda: what is worked on (fi: asialista, sv: dagordning). */
    AGENDA,
    /** Sets the priorities among the ideas (fi: priorisointi, sv: prioritering). */
    PRIORITIES,
    /** Decides how an idea is implemented (fi: toteutus, sv: genomförande). */
    IMPLEMENTATION,
    /** Decides how the results are evaluated (fi: arviointi, sv: utvärdering). */
    EVALUATION,
    /** Decides on the use of money (fi: budjetti, sv: budget). */
    BUDGET
}
