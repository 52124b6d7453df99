package io.github.polku.codevelopment;

import io.github.polku.validation.InvalidValueException;
import io.github.polku.validation.Violation;
import jakarta.validation.Valid;
import jakarta.validation.constraints.PositiveOrZero;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.immutables.value.Value;

/**
 * A client council (fi: asiakasraati, sv: klientråd): a standing body that brings the client
 * perspective to the development of services.
 * <p>
 * The council has members, who are participants of the process; it may cap its membership (the
 * Central Finland county council takes at most 20); it meets a number of times a year; and it
 * gives statements that should be answered. Checked by {@link ValidCoDevelopmentProcess}: no
 * member is staff, and the membership respects the cap.
 * <pre>{@code
 * ClientCouncil council = ClientCouncil.builder()
 *         .addMember(ParticipantId.of("DEV-01")).addMember(ParticipantId.of("DEV-02"))
 *         .membershipCap(20).meetingsPerYear(4)
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
public abstract class ClientCouncil implements WithClientCouncil {

    /** The code of a membership cap below one. */
    public static final String CAP_NOT_POSITIVE = "polku.codevelopment.council.cap.notPositive";

    ClientCouncil() {
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
     * Gets the members.
     *
     * @return the members, not null, may be empty
     */
    public abstract List<ParticipantId> getMembers();

    /**
     * Gets the largest number of members the council may have.
     *
     * @return the cap, empty if the membership is not capped
     */
    public abstract Optional<Integer> getMembershipCap();

    /**
     * Gets how many times a year the council meets.
     *
     * @return the number of meetings a year, zero or more
     */
    @PositiveOrZero(message = "{jakarta.validation.constraints.PositiveOrZero}")
    public abstract int getMeetingsPerYear();

    /**
     * Gets the statements the council has given, oldest first.
     *
     * @return the statements, not null, may be empty
     */
    public abstract List<@Valid CouncilStatement> getStatements();

    /**
     * Checks that a cap, if set, admits at least one member.
     *
     * @throws InvalidValueException with code {@value #CAP_NOT_POSITIVE} at {@code /membershipCap}
     */
    @Value.Check
    protected void check() {
        if (getMembershipCap().isPresent() && getMembershipCap().get() < 1) {
            throw InvalidValueException.of(Violation.error(CAP_NOT_POSITIVE, "/membershipCap", Map.of()));
        }
    }

    /**
     * Builder for {@code ClientCouncil}; the methods are generated.
     *
     * @since 0.1.0
     */
    public static class Builder extends ImmutableClientCouncil.Builder {
        /** Creates an empty builder; use {@link ClientCouncil#builder()}. */
        Builder() {
        }
    }
}
