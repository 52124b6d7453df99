package io.github.polku.path;

import java.util.Objects;

/**
 * Thrown when a path or a goal is asked to make a change its state machine does not allow (fi:
 * kielletty siirtym\u00e4, sv: otillåten övergång): a stage transition outside the table of
 * {@link Stage}, a goal status change outside the table of {@link GoalStatus}, pausing a path that
 * is already paused or closed, resuming one that is not paused, or a change dated before the
 * latest date already on the path.
 * <p>
 * The message is an English sentence naming the states and never contains personal data. The
 * object the transition was attempted on is left unchanged.
 * <p>
 * This class is immutable and thread-safe.
 *
 * @since 0.1.0
 */
public class IllegalTransitionException extends IllegalStateException {

    private static final long serialVersionUID = 1L;

    /** The state the transition started from. */
    private final String from;
    /** The state or action that was attempted. */
    private final String to;

    /**
     * Creates an exception for a transition between two named states.
     *
     * @param from  the current state, for example {@code REHABILITATION}, not null
     * @param to  the attempted state or action, for example {@code CONTACT} or {@code PAUSED}, not null
     * @param message  the English explanation, not null
     */
    public IllegalTransitionException(String from, String to, String message) {
        super(message);
        this.from = Objects.requireNonNull(from, "from");
        this.to = Objects.requireNonNull(to, "to");
    }

    /**
     * Gets the state the transition started from.
     *
     * @return the name of the current state, not null
     */
    public String getFrom() {
        return from;
    }

    /**
     * Gets the state or action that was attempted.
     *
     * @return the name of the attempted state, not null
     */
    public String getTo() {
        return to;
    }
}
