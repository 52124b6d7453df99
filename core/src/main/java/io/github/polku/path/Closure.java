package io.github.polku.path;

import java.time.LocalDate;
import org.immutables.value.Value;

/**
 * The closure of a rehabilitation path (fi: asiakkuuden p\u00e4\u00e4ttyminen, sv: avslutande), with
 * date, reason and destination.
 * <p>
 * Whether a closure is a positive outcome is not part of the record: it is decided by an
 * {@link OutcomeClassification}.
 * <p>
 * This class is immutable and thread-safe.
 *
 * @since 0.1.0
 */
@Value.Immutable
public abstract class Closure {

    Closure() {
        // package-private: only the generated implementation extends this type
    }

    /**
     * Obtains a closure.
     *
     * @param date  the date of closure, not null
     * @param reason  the reason, not null
     * @param destination  the destination, not null
     * @return the closure, not null
     */
    public static Closure of(LocalDate date, ClosureReason reason, Destination destination) {
        return builder().date(date).reason(reason).destination(destination).build();
    }

    /**
     * Obtains a builder for a closure.
     *
     * @return a new builder, not null
     */
    public static Builder builder() {
        return new Builder();
    }

    /**
     * Gets the date of closure; the latest date of the path.
     *
     * @return the date, not null
     */
    public abstract LocalDate getDate();

    /**
     * Gets the reason of closure.
     *
     * @return the reason, not null
     */
    public abstract ClosureReason getReason();

    /**
     * Gets the destination of the client.
     *
     * @return the destination, not null
     */
    public abstract Destination getDestination();

    /**
     * Builder for {@code Closure}; the methods are generated.
     *
     * @since 0.1.0
     */
    public static class Builder extends ImmutableClosure.Builder {
        /** Creates an empty builder; use {@link Closure#builder()}. */
        Builder() {
        }
    }
}
