package io.github.polku.path;

import io.github.polku.validation.Severity;
import io.github.polku.validation.Violation;
import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;

/**
 * Thrown when a path or a goal is asked to make a change its state machine does not allow (fi:
 * kielletty siirtym\u00e4, sv: otill\u00e5ten \u00f6verg\u00e5ng): a stage transition outside the table of
 * {@link Stage}, a goal status change outside the table of {@link GoalStatus}, pausing a path that
 * is already paused or closed, resuming one that is not paused, or a change dated before the
 * latest date already on the path.
 * <p>
 * The exception carries the states as values ({@link #getFromStage()}, {@link #getToStage()},
 * {@link #getFromStatus()}, {@link #getToStatus()}) and a {@link Violation} with a stable code
 * ({@link #getCode()}) whose message exists in Finnish, Swedish and English
 * ({@link #getMessage(Locale)}). {@link #getMessage()} is the English message. Neither contains
 * personal data: only stage and status codes appear in it. The object the transition was attempted
 * on is left unchanged.
 * <p>
 * The codes are:
 * <table>
 *   <caption>Codes of illegal transitions</caption>
 *   <tr><th>code</th><th>meaning</th></tr>
 *   <tr><td>{@value #STAGE_NOT_ALLOWED}</td><td>the table of {@link Stage} does not allow the move</td></tr>
 *   <tr><td>{@value #PATH_CLOSED}</td><td>a closed path cannot change, pause or close again</td></tr>
 *   <tr><td>{@value #PATH_PAUSED}</td><td>a paused path must be resumed before it changes stage</td></tr>
 *   <tr><td>{@value #ALREADY_PAUSED}</td><td>the path is already paused</td></tr>
 *   <tr><td>{@value #NOT_PAUSED}</td><td>only a paused path can be resumed</td></tr>
 *   <tr><td>{@value #PAUSE_OVERLAP}</td><td>a pause starts on or before the last day of the previous pause</td></tr>
 *   <tr><td>{@value #DATED_BEFORE}</td><td>the change is dated before the latest date already on the path</td></tr>
 *   <tr><td>{@value #ASSESSMENT_MISSING}</td><td>the stage needs a service need assessment or the reason it was omitted</td></tr>
 *   <tr><td>{@value #PLAN_MISSING}</td><td>the stage needs a client plan or the reason it was omitted</td></tr>
 *   <tr><td>{@value #STATUS_NOT_ALLOWED}</td><td>the table of {@link GoalStatus} does not allow the change</td></tr>
 *   <tr><td>{@value #STATUS_DATED_BEFORE}</td><td>a goal status change is dated before the goal's latest date</td></tr>
 * </table>
 * <p>
 * This class is immutable and thread-safe.
 *
 * @since 0.1.0
 */
public class IllegalTransitionException extends IllegalStateException {

    /** Code: the table of {@link Stage} does not allow the move. */
    public static final String STAGE_NOT_ALLOWED = "polku.path.stage.illegalTransition";
    /** Code: a closed path cannot change stage, be paused or be closed again. */
    public static final String PATH_CLOSED = "polku.path.transition.closed";
    /** Code: a paused path must be resumed before it changes stage. */
    public static final String PATH_PAUSED = "polku.path.transition.paused";
    /** Code: the path is already paused. */
    public static final String ALREADY_PAUSED = "polku.path.transition.alreadyPaused";
    /** Code: only a paused path can be resumed. */
    public static final String NOT_PAUSED = "polku.path.transition.notPaused";
    /** Code: a pause must start after the last day of the previous pause. */
    public static final String PAUSE_OVERLAP = "polku.path.transition.pauseOverlap";
    /** Code: the change is dated before the latest date already on the path. */
    public static final String DATED_BEFORE = "polku.path.transition.datedBefore";
    /** Code: entering the stage needs a service need assessment or the reason it was omitted. */
    public static final String ASSESSMENT_MISSING = "polku.path.transition.assessmentMissing";
    /** Code: entering the stage needs a client plan or the reason it was omitted. */
    public static final String PLAN_MISSING = "polku.path.transition.planMissing";
    /** Code: the table of {@link GoalStatus} does not allow the change. */
    public static final String STATUS_NOT_ALLOWED = "polku.path.goal.status.illegalTransition";
    /** Code: a goal status change is dated before the goal's latest date. */
    public static final String STATUS_DATED_BEFORE = "polku.path.goal.status.datedBefore";

    private static final long serialVersionUID = 2L;

    /** The stage of the path, or null for a goal. */
    private final Stage fromStage;
    /** Whether the path was paused. */
    private final boolean fromPaused;
    /** The stage the path was to enter, or null. */
    private final Stage toStage;
    /** The status of the goal, or null for a path. */
    private final GoalStatus fromStatus;
    /** The status the goal was to enter, or null for a path. */
    private final GoalStatus toStatus;
    private final transient Violation violation;

    private IllegalTransitionException(Violation violation, Stage fromStage, boolean fromPaused, Stage toStage,
            GoalStatus fromStatus, GoalStatus toStatus) {
        super(violation.getMessage(Locale.ENGLISH));
        this.violation = violation;
        this.fromStage = fromStage;
        this.fromPaused = fromPaused;
        this.toStage = toStage;
        this.fromStatus = fromStatus;
        this.toStatus = toStatus;
    }

    /**
     * Obtains an exception for a change of a path that its state machine refuses.
     *
     * @param code  the code, one of the path codes of this class, not null
     * @param from  the stage the path is in, not null
     * @param paused  true if the path is paused
     * @param to  the stage the path was to enter, {@code null} when a pause or a resumption was attempted
     * @return the exception, not null
     */
    static IllegalTransitionException ofPath(String code, Stage from, boolean paused, Stage to) {
        Objects.requireNonNull(from, "from");
        Map<String, String> arguments = new LinkedHashMap<>();
        arguments.put("from", from.name());
        if (to != null) {
            arguments.put("to", to.name());
        }
        return new IllegalTransitionException(Violation.of(code, Severity.ERROR, "", arguments), from, paused, to, null, null);
    }

    /**
     * Obtains an exception for a goal status change that the table of {@link GoalStatus} or the
     * goal's dates refuse.
     *
     * @param code  the code, {@link #STATUS_NOT_ALLOWED} or {@link #STATUS_DATED_BEFORE}, not null
     * @param from  the current status, not null
     * @param to  the attempted status, not null
     * @return the exception, not null
     */
    static IllegalTransitionException ofGoal(String code, GoalStatus from, GoalStatus to) {
        Map<String, String> arguments = new LinkedHashMap<>();
        arguments.put("from", from.name());
        arguments.put("to", to.name());
        return new IllegalTransitionException(Violation.of(code, Severity.ERROR, "", arguments), null, false, null,
                Objects.requireNonNull(from, "from"), Objects.requireNonNull(to, "to"));
    }

    /**
     * Gets the stable code of the refused change, one of the constants of this class.
     *
     * @return the code, not null
     */
    public String getCode() {
        return violation == null ? "" : violation.getCode();
    }

    /**
     * Gets the refused change as a violation: its code, severity {@link Severity#ERROR}, the root
     * pointer {@code ""} and the arguments {@code from} and {@code to} (stage or status codes).
     *
     * @return the violation, not null after construction; {@code null} only after Java
     *     deserialisation, which does not restore it
     */
    public Violation getViolation() {
        return violation;
    }

    /**
     * Gets the message in the given language (fi, sv, or English for any other).
     *
     * @param locale  the language, not null
     * @return the message, not null
     */
    public String getMessage(Locale locale) {
        return violation == null ? getMessage() : violation.getMessage(locale);
    }

    /**
     * Gets the stage of the path when the change was attempted.
     *
     * @return the stage, empty for a goal status change
     */
    public Optional<Stage> getFromStage() {
        return Optional.ofNullable(fromStage);
    }

    /**
     * Checks if the path was paused when the change was attempted.
     *
     * @return true if the path was paused; false for a goal status change
     */
    public boolean isFromPaused() {
        return fromPaused;
    }

    /**
     * Gets the stage the path was to enter ({@link Stage#CLOSED} for a closure).
     *
     * @return the stage, empty for a pause, a resumption or a goal status change
     */
    public Optional<Stage> getToStage() {
        return Optional.ofNullable(toStage);
    }

    /**
     * Gets the status of the goal when the change was attempted.
     *
     * @return the status, empty for a change of a path
     */
    public Optional<GoalStatus> getFromStatus() {
        return Optional.ofNullable(fromStatus);
    }

    /**
     * Gets the status the goal was to enter.
     *
     * @return the status, empty for a change of a path
     */
    public Optional<GoalStatus> getToStatus() {
        return Optional.ofNullable(toStatus);
    }
}
