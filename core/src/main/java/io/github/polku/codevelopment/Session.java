package io.github.polku.codevelopment;

import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import org.immutables.value.Value;

/**
 * A meeting of a co-development process (fi: kehittämistapaaminen, sv: utvecklingsmöte), such as a
 * workshop of a theme group.
 * <p>
 * A session records its date, its format (in person, remote or hybrid), optionally the theme it
 * worked on, and who attended, by pseudonymous {@link ParticipantId}. Every attendee is a
 * participant of the process (checked by {@link ValidCoDevelopmentProcess}).
 * <pre>{@code
 * Session workshop = Session.builder()
 *         .id(SessionId.of("S1")).date(LocalDate.of(2017, 2, 8)).format(SessionFormat.IN_PERSON)
 *         .theme(Theme.GROUP_ACTIVITIES).addAttendee(ParticipantId.of("DEV-01"))
 *         .build();
 * }</pre>
 * <p>
 * This class is immutable and thread-safe.
 *
 * @since 0.1.0
 */
@Value.Immutable
public abstract class Session {

    Session() {
        // package-private: only the generated implementation extends this type
    }

    /**
     * Obtains a builder.
     *
     * @return a new builder, not null
     */
    public static Builder builder() {
        return new Builder();
    }

    /**
     * Gets the identifier, unique within the process.
     *
     * @return the identifier, not null
     */
    public abstract SessionId getId();

    /**
     * Gets the date of the session.
     *
     * @return the date, not null
     */
    public abstract LocalDate getDate();

    /**
     * Gets how the session was held.
     *
     * @return the format, not null
     */
    public abstract SessionFormat getFormat();

    /**
     * Gets the theme the session worked on.
     *
     * @return the theme, empty if the session had no single theme
     */
    public abstract Optional<Theme> getTheme();

    /**
     * Gets the participants who attended, in the order recorded.
     *
     * @return the attendees, not null, may be empty
     */
    public abstract List<ParticipantId> getAttendees();

    /**
     * Builder for {@code Session}; the methods are generated.
     *
     * @since 0.1.0
     */
    public static class Builder extends ImmutableSession.Builder {
        /** Creates an empty builder; use {@link Session#builder()}. */
        Builder() {
        }
    }
}
