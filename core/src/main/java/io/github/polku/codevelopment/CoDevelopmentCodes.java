package io.github.polku.codevelopment;

/**
 * The codes of the co-development rules reported by {@link io.github.polku.validation.PolkuValidator}
 * (fi: yhteiskehittämisen sääntöjen koodit, sv: koder för samutvecklingens regler).
 * <p>
 * Codes are API: they never change meaning. Pointers are relative to the validated
 * {@link CoDevelopmentProcess}; {@code i}, {@code j} and {@code k} are list indexes. Construction
 * failures (tier 1) have their codes on the type that throws them, for example
 * {@link CoDevelopmentProcess#DUPLICATE_PARTICIPANT}.
 * <p>
 * This class is immutable and thread-safe.
 *
 * @since 0.1.0
 */
public final class CoDevelopmentCodes {

    /**
     * ERROR at {@code /participants/i/roles/j/training}: an experience expert has not completed
     * training (DOMAIN.md rule 39). Argument {@code role}.
     */
    public static final String TRAINING_REQUIRED = "polku.codevelopment.role.training.required";
    /**
     * WARNING at {@code /participants/i/roles/j}: a client-side role whose participant has not been
     * heard, that is, has given no input that was answered (rung 1, 3 or 4). Argument {@code rung}.
     */
    public static final String TOKENISM_NOT_HEARD = "polku.codevelopment.role.tokenism.notHeard";
    /**
     * WARNING at {@code /participants/i/roles/j}: a client-side role that is heard but may decide
     * nothing (rung 5, placation). Argument {@code rung}.
     */
    public static final String TOKENISM_NO_DECISION_RIGHTS = "polku.codevelopment.role.tokenism.noDecisionRights";
    /**
     * WARNING at {@code /participants/i/roles/j}: a client-side role that is heard but, as part of a
     * client-side minority in a group of professionals, has no real power (rung 5, placation).
     * Argument {@code rung}.
     */
    public static final String TOKENISM_POWERLESS_MINORITY = "polku.codevelopment.role.tokenism.powerlessMinority";
    /**
     * WARNING at {@code /participants/i/roles/j}: a client-side role explicitly assessed below
     * rung 6. Argument {@code rung}.
     */
    public static final String TOKENISM_ASSESSED = "polku.codevelopment.role.tokenism.assessed";
    /**
     * WARNING at {@code /participants}: every client-side role of the process is below rung 6
     * (partnership). Argument {@code roles}, the number of client-side roles.
     */
    public static final String PROCESS_TOKENISM = "polku.codevelopment.process.tokenism";
    /** WARNING at {@code /participants}: the process has no client-side role at all. */
    public static final String PROCESS_NO_CLIENT_SIDE = "polku.codevelopment.process.noClientSide";
    /**
     * ERROR at {@code /phases/i/phase}: a phase is listed twice. Argument {@code phase}.
     */
    public static final String PHASE_DUPLICATE = "polku.codevelopment.phase.duplicate";
    /**
     * ERROR at {@code /phases/i/period/start}: a phase starts before a phase that comes earlier in
     * {@link Phase} order. Arguments {@code phase}, {@code earlierPhase}.
     */
    public static final String PHASE_ORDER = "polku.codevelopment.phase.order";
    /** ERROR at {@code /sessions/i/date}: a session is dated before the session listed before it. */
    public static final String SESSION_ORDER = "polku.codevelopment.session.order";
    /** ERROR at {@code /sessions/i/attendees/j}: an attendee is not a participant of the process. */
    public static final String ATTENDEE_UNKNOWN = "polku.codevelopment.session.attendee.unknown";
    /** ERROR at {@code /ideas/i/raisedIn}: an idea names a session that is not in the process. */
    public static final String IDEA_SESSION_UNKNOWN = "polku.codevelopment.idea.session.unknown";
    /** ERROR at {@code /ideas/i/proposers/j}: a proposer is not a participant of the process. */
    public static final String PROPOSER_UNKNOWN = "polku.codevelopment.idea.proposer.unknown";
    /**
     * ERROR at {@code /ideas/i/statusChanges/j/date}: a status change is dated before the change
     * before it, or before the session where the idea was raised.
     */
    public static final String IDEA_STATUS_ORDER = "polku.codevelopment.idea.status.order";
    /** ERROR at {@code /changes/i/idea}: a change refers to an idea that is not in the process. */
    public static final String CHANGE_IDEA_UNKNOWN = "polku.codevelopment.change.idea.unknown";
    /**
     * ERROR at {@code /changes/i/implementedOn}: a change is dated before the session where its idea
     * was raised.
     */
    public static final String CHANGE_BEFORE_IDEA = "polku.codevelopment.change.beforeIdea";
    /**
     * ERROR at {@code /clientCouncil/members/i}: a council member is not a participant of the
     * process.
     */
    public static final String COUNCIL_MEMBER_UNKNOWN = "polku.codevelopment.council.member.unknown";
    /**
     * ERROR at {@code /clientCouncil/members/i}: a council member is staff: a professional or a
     * partner organisation's representative. Argument {@code kind}.
     */
    public static final String COUNCIL_MEMBER_STAFF = "polku.codevelopment.council.member.staff";
    /**
     * ERROR at {@code /clientCouncil/members}: the council has more members than its cap.
     * Arguments {@code members}, {@code cap}.
     */
    public static final String COUNCIL_CAP = "polku.codevelopment.council.cap";
    /**
     * ERROR at {@code /clientCouncil/statements/i/answeredOn}: a statement is answered before it was
     * given.
     */
    public static final String STATEMENT_ORDER = "polku.codevelopment.council.statement.order";

    private CoDevelopmentCodes() {
    }
}
