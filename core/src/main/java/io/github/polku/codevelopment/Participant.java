package io.github.polku.codevelopment;

import io.github.polku.validation.InvalidValueException;
import io.github.polku.validation.Violation;
import jakarta.validation.Valid;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.immutables.value.Value;

/**
 * A person taking part in a co-development process (fi: osallistuja, sv: deltagare), known only by
 * a pseudonymous {@link ParticipantId}.
 * <p>
 * A participant is of one {@link ParticipantKind kind} and holds one or more
 * {@link RoleAssignment roles}, at most one assignment per role: a trained experience expert may
 * also act as a peer supporter.
 * <pre>{@code
 * Participant client = Participant.builder()
 *         .id(ParticipantId.of("DEV-01")).kind(ParticipantKind.CLIENT)
 *         .addRole(RoleAssignment.builder().role(ParticipationRole.DEVELOPER_CLIENT).build())
 *         .build();
 * }</pre>
 * <p>
 * This class is immutable and thread-safe.
 *
 * @since 0.1.0
 */
@Value.Immutable
public abstract class Participant {

    /** The code of a role assigned twice to the same participant. */
    public static final String DUPLICATE_ROLE = "polku.codevelopment.role.duplicate";

    Participant() {
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
     * Gets the pseudonymous identifier.
     *
     * @return the identifier, not null
     */
    public abstract ParticipantId getId();

    /**
     * Gets the kind of participant.
     *
     * @return the kind, not null
     */
    public abstract ParticipantKind getKind();

    /**
     * Gets the roles the participant holds, one assignment per role.
     *
     * @return the roles, not null, may be empty
     */
    public abstract List<@Valid RoleAssignment> getRoles();

    /**
     * Finds the assignment of a role.
     *
     * @param role  the role, not null
     * @return the assignment, empty if the participant does not hold the role
     */
    public Optional<RoleAssignment> findRole(ParticipationRole role) {
        return getRoles().stream().filter(r -> r.getRole() == role).findFirst();
    }

    /**
     * Checks that no role is assigned twice, since a role must be addressable.
     *
     * @throws InvalidValueException with code {@value #DUPLICATE_ROLE} at {@code /roles/i/role}
     */
    @Value.Check
    protected void check() {
        Set<ParticipationRole> seen = EnumSet.noneOf(ParticipationRole.class);
        for (int i = 0; i < getRoles().size(); i++) {
            ParticipationRole role = getRoles().get(i).getRole();
            if (!seen.add(role)) {
                throw InvalidValueException.of(Violation.error(DUPLICATE_ROLE, "/roles/" + i + "/role",
                        Map.of("role", role)));
            }
        }
    }

    /**
     * Builder for {@code Participant}; the methods are generated.
     *
     * @since 0.1.0
     */
    public static class Builder extends ImmutableParticipant.Builder {
        /** Creates an empty builder; use {@link Participant#builder()}. */
        Builder() {
        }
    }
}
