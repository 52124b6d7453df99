package io.github.polku.codevelopment;

import jakarta.validation.constraints.NotBlank;
import java.util.List;
import java.util.Optional;
import org.immutables.value.Value;

/**
 * An idea raised by participants in a co-development session (fi: idea, sv: idé).
 * <p>
 * An idea names the session where it was raised and the participants who proposed it, and keeps
 * the history of its status. Its current {@link #getStatus() status} is the last change, or
 * {@link IdeaStatus#RAISED} before any. An {@link ImplementedChange} refers back to the idea, so a
 * report can trace each change to the people who proposed it.
 * <pre>{@code
 * Idea idea = Idea.builder()
 *         .id(IdeaId.of("I1")).title("A group for lonely people").raisedIn(SessionId.of("S1"))
 *         .addProposer(ParticipantId.of("DEV-01"))
 *         .addStatusChange(StatusChange.of(IdeaStatus.ACCEPTED, LocalDate.of(2017, 3, 1)))
 *         .build();
 * }</pre>
 * <p>
 * This class is immutable and thread-safe.
 *
 * @since 0.1.0
 */
@Value.Immutable
public abstract class Idea {

    Idea() {
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
    public abstract IdeaId getId();

    /**
     * Gets the title of the idea.
     *
     * @return the title, not null, must not be blank
     */
    @NotBlank(message = "{jakarta.validation.constraints.NotBlank}")
    public abstract String getTitle();

    /**
     * Gets the session where the idea was raised.
     *
     * @return the session identifier, not null
     */
    public abstract SessionId getRaisedIn();

    /**
     * Gets the participants who proposed the idea.
     *
     * @return the proposers, not null, may be empty for an idea raised by the group as a whole
     */
    public abstract List<ParticipantId> getProposers();

    /**
     * Gets the theme of the idea.
     *
     * @return the theme, empty if not recorded
     */
    public abstract Optional<Theme> getTheme();

    /**
     * Gets the changes of status after the idea was raised, oldest first.
     *
     * @return the changes, not null, may be empty
     */
    public abstract List<StatusChange> getStatusChanges();

    /**
     * Gets the current status: that of the last change, or {@link IdeaStatus#RAISED}.
     *
     * @return the status, not null
     */
    public IdeaStatus getStatus() {
        List<StatusChange> changes = getStatusChanges();
        return changes.isEmpty() ? IdeaStatus.RAISED : changes.get(changes.size() - 1).getStatus();
    }

    /**
     * Checks if the proposers have been answered: some status change exists.
     *
     * @return true if the idea has been decided on at least once
     */
    public boolean isAnswered() {
        return getStatusChanges().stream().anyMatch(c -> c.getStatus().isAnswer());
    }

    /**
     * Builder for {@code Idea}; the methods are generated.
     *
     * @since 0.1.0
     */
    public static class Builder extends ImmutableIdea.Builder {
        /** Creates an empty builder; use {@link Idea#builder()}. */
        Builder() {
        }
    }
}
