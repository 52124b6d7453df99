package io.github.polku.path;

import java.time.LocalDate;
import org.immutables.value.Value;

/**
 * A dated move of a path into a stage (fi: vaiheen vaihtuminen, sv: byte av skede).
 * <p>
 * The path starts in {@link Stage#CONTACT} on the date of its first contact; each stage change
 * names the stage entered. Closing is recorded as a {@link Closure}, never as a stage change.
 * <p>
 * This class is immutable and thread-safe.
 *
 * @since 0.1.0
 */
@Value.Immutable
public abstract class StageChange {

    StageChange() {
        // package-private: only the generated implementation extends this type
    }

    /**
     * Obtains a stage change.
     *
     * @param date  the date the stage was entered, not null
     * @param stage  the stage entered, not null, not {@link Stage#CLOSED}
     * @return the stage change, not null
     */
    public static StageChange of(LocalDate date, Stage stage) {
        return builder().date(date).stage(stage).build();
    }

    /**
     * Obtains a builder for a stage change.
     *
     * @return a new builder, not null
     */
    public static Builder builder() {
        return new Builder();
    }

    /**
     * Gets the date the stage was entered.
     *
     * @return the date, not null
     */
    public abstract LocalDate getDate();

    /**
     * Gets the stage entered.
     *
     * @return the stage, not null
     */
    public abstract Stage getStage();

    /**
     * Builder for {@code StageChange}; the methods are generated.
     *
     * @since 0.1.0
     */
    public static class Builder extends ImmutableStageChange.Builder {
        /** Creates an empty builder; use {@link StageChange#builder()}. */
        Builder() {
        }
    }
}
