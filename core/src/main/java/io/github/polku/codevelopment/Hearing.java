package io.github.polku.codevelopment;

/**
 * How far a participant has been heard in a process (fi: kuulluksi tuleminen, sv: hur deltagaren
 * blivit hörd).
 * <p>
 * Derived by {@link CoDevelopmentProcess#getHearing(ParticipantId)} from what the process
 * records: sessions attended, ideas proposed and the answers they got, and client-council
 * statements and their answers. It is one input of the {@link ParticipationLadder}.
 * <p>
 * This enum is immutable and thread-safe.
 *
 * @since 0.1.0
 */
public enum Hearing {
    /** Neither attended a session nor gave input (fi: ei kuultu, sv: inte hörd). */
    NONE,
    /**
     * Attended sessions, so received information, but gave no input (fi: tiedotettu, sv:
     * informerad).
     */
    INFORMED,
    /**
     * Gave input, but none of it has been answered: no feedback loop (fi: kuultu ilman
     * palautetta, sv: tillfrågad utan återkoppling).
     */
    CONSULTED,
    /**
     * Gave input that was answered: an idea was decided on or a statement got a reply (fi: kuultu
     * ja vastattu, sv: hörd och besvarad).
     */
    ANSWERED
}
