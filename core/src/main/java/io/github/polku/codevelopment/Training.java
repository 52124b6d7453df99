package io.github.polku.codevelopment;

import java.time.LocalDate;
import java.util.Optional;
import org.immutables.value.Value;

/**
 * The training for a co-development role (fi: koulutus, sv: utbildning), such as an
 * experience-expert course or a peer-instructor course.
 * <pre>{@code
 * Training course = Training.builder().completed(true).provider("Example Experience Expert Association")
 *         .date(LocalDate.of(2016, 5, 20)).build();
 * }</pre>
 * <p>
 * This class is immutable and thread-safe.
 *
 * @since 0.1.0
 */
@Value.Immutable
public abstract class Training {

    Training() {
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
     * Checks if the training has been completed.
     *
     * @return true if completed
     */
    public abstract boolean isCompleted();

    /**
     * Gets the organisation that gave the training.
     *
     * @return the provider's name, empty if not recorded
     */
    public abstract Optional<String> getProvider();

    /**
     * Gets the date the training was completed, or is planned to be if not yet completed.
     *
     * @return the date, empty if not recorded
     */
    public abstract Optional<LocalDate> getDate();

    /**
     * Builder for {@code Training}; the methods are generated.
     *
     * @since 0.1.0
     */
    public static class Builder extends ImmutableTraining.Builder {
        /** Creates an empty builder; use {@link Training#builder()}. */
        Builder() {
        }
    }
}
