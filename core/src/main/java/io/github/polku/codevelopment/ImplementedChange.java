package io.github.polku.codevelopment;

import jakarta.validation.constraints.NotBlank;
import java.time.LocalDate;
import org.immutables.value.Value;

/**
 * A change in the service that co-development actually led to (fi: toteutunut muutos, sv:
 * genomförd förändring), such as a group for lonely people, allotment gardening or a chat service.
 * <p>
 * Every change refers to the {@link Idea} it came from, so
 * {@link CoDevelopmentProcess#getProposersOf(ImplementedChange)} can trace it back to the people
 * who proposed it.
 * <pre>{@code
 * ImplementedChange chat = ImplementedChange.builder()
 *         .title("A chat service").idea(IdeaId.of("I7")).implementedOn(LocalDate.of(2017, 9, 1))
 *         .build();
 * }</pre>
 * <p>
 * This class is immutable and thread-safe.
 *
 * @since 0.1.0
 */
@Value.Immutable
public abstract class ImplementedChange {

    ImplementedChange() {
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
     * Gets the title of the change.
     *
     * @return the title, not null, must not be blank
     */
    @NotBlank(message = "{jakarta.validation.constraints.NotBlank}")
    public abstract String getTitle();

    /**
     * Gets the idea the change came from.
     *
     * @return the idea identifier, not null
     */
    public abstract IdeaId getIdea();

    /**
     * Gets the date from which the change was in place.
     *
     * @return the date, not null
     */
    public abstract LocalDate getImplementedOn();

    /**
     * Builder for {@code ImplementedChange}; the methods are generated.
     *
     * @since 0.1.0
     */
    public static class Builder extends ImmutableImplementedChange.Builder {
        /** Creates an empty builder; use {@link ImplementedChange#builder()}. */
        Builder() {
        }
    }
}
