package io.github.polku.codevelopment;

import io.github.polku.calendar.DateRange;
import org.immutables.value.Value;

/**
 * A phase of a co-development process with its dates (fi: vaiheen ajankohta, sv: fasens period).
 * <pre>{@code
 * PhasePeriod ideate = PhasePeriod.of(Phase.IDEATE, DateRange.of(LocalDate.of(2017, 1, 1), LocalDate.of(2017, 3, 31)));
 * }</pre>
 * <p>
 * This class is immutable and thread-safe.
 *
 * @since 0.1.0
 */
@Value.Immutable
public abstract class PhasePeriod {

    PhasePeriod() {
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
     * Obtains a phase with its dates.
     *
     * @param phase  the phase, not null
     * @param period  the dates, open if the phase is still going on, not null
     * @return the phase period, not null
     */
    public static PhasePeriod of(Phase phase, DateRange period) {
        return builder().phase(phase).period(period).build();
    }

    /**
     * Gets the phase.
     *
     * @return the phase, not null
     */
    public abstract Phase getPhase();

    /**
     * Gets the dates of the phase.
     *
     * @return the dates, not null
     */
    public abstract DateRange getPeriod();

    /**
     * Builder for {@code PhasePeriod}; the methods are generated.
     *
     * @since 0.1.0
     */
    public static class Builder extends ImmutablePhasePeriod.Builder {
        /** Creates an empty builder; use {@link PhasePeriod#builder()}. */
        Builder() {
        }
    }
}
