package io.github.polku.client;

import io.github.polku.calendar.DateRange;
import java.util.Optional;
import org.immutables.value.Value;

/**
 * The named worker of a client (fi: omaty\u00f6ntekij\u00e4, sv: egen kontaktperson), responsible for
 * the client relationship (Social Welfare Act 1301/2014, section 42).
 * <p>
 * The worker is identified by a pseudonymous {@link WorkerId} and described by profession. A
 * {@link Profession#TEMPORARY_SOCIAL_WORKER temporary social worker} records the assignment period
 * and the supervising licensed social worker; the validator checks both (Act 817/2015, section 12).
 * <pre>{@code
 * NamedWorker worker = NamedWorker.builder()
 *         .workerId(WorkerId.of("W-0042"))
 *         .profession(Profession.SOCIAL_WORKER)
 *         .build();
 * }</pre>
 * <p>
 * Copies with one value changed come from the {@code with...} methods (for example
 * {@code withX(value)}), and a builder filled from an existing value from
 * {@code builder().from(value)}; both run the same construction checks.
 * <p>
 * This class is immutable and thread-safe.
 *
 * @since 0.1.0
 */
@Value.Immutable
public abstract class NamedWorker implements WithNamedWorker {

    NamedWorker() {
        // package-private: only the generated implementation extends this type
    }

    /**
     * Obtains a builder for a named worker.
     *
     * @return a new builder, not null
     */
    public static Builder builder() {
        return new Builder();
    }

    /**
     * Gets the identifier of the worker.
     *
     * @return the worker identifier, not null
     */
    public abstract WorkerId getWorkerId();

    /**
     * Gets the profession of the worker.
     *
     * @return the profession, not null
     */
    public abstract Profession getProfession();

    /**
     * Gets the period for which the worker is assigned to the client.
     *
     * @return the assignment period, empty if not recorded, not null
     */
    public abstract Optional<DateRange> getAssignment();

    /**
     * Gets the licensed social worker who supervises a temporary social worker.
     *
     * @return the supervisor, empty if none, not null
     */
    public abstract Optional<WorkerId> getSupervisor();

    /**
     * Builder for {@code NamedWorker}; the methods are generated.
     *
     * @since 0.1.0
     */
    public static class Builder extends ImmutableNamedWorker.Builder {
        /** Creates an empty builder; use {@link NamedWorker#builder()}. */
        Builder() {
        }
    }
}
