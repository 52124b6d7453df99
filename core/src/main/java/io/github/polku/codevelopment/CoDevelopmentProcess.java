package io.github.polku.codevelopment;

import io.github.polku.client.Organiser;
import io.github.polku.validation.InvalidValueException;
import io.github.polku.validation.Violation;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.function.Function;
import org.immutables.value.Value;

/**
 * A co-development process (fi: yhteiskehittämisprosessi, sv: samutvecklingsprocess) in which
 * clients, professionals and partners develop a service together.
 * <p>
 * A process has an organiser, themes, phases from ideas to embedding, sessions with their
 * attendees, participants with their roles, the ideas raised and the changes actually implemented,
 * and optionally a client council. From these records the process derives how each participant
 * was {@link #getHearing(ParticipantId) heard} and the
 * {@link #getParticipationLevel(ParticipantId, ParticipationRole) participation level} of each role,
 * and traces each change back to its {@link #getProposersOf(ImplementedChange) proposers}.
 * <p>
 * Identifiers of participants, sessions and ideas are unique (checked at construction). Domain
 * rules are reported by {@link io.github.polku.validation.PolkuValidator}; see
 * {@link CoDevelopmentCodes} for their codes.
 * <pre>{@code
 * CoDevelopmentProcess process = CoDevelopmentProcess.builder()
 *         .id(ProcessId.of("SOSKU-JKL")).title("Developing social rehabilitation with clients")
 *         .organiser(Organiser.of(OrganiserType.MUNICIPALITY, "179"))
 *         .addTheme(Theme.GROUP_ACTIVITIES)
 *         .addParticipant(client).addSession(workshop).addIdea(idea).addChange(change)
 *         .build();
 * ValidationReport report = PolkuValidator.shared().validate(process);
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
@ValidCoDevelopmentProcess
public abstract class CoDevelopmentProcess implements WithCoDevelopmentProcess {

    /** The code of a participant identifier used twice. */
    public static final String DUPLICATE_PARTICIPANT = "polku.codevelopment.participant.duplicateId";
    /** The code of a session identifier used twice. */
    public static final String DUPLICATE_SESSION = "polku.codevelopment.session.duplicateId";
    /** The code of an idea identifier used twice. */
    public static final String DUPLICATE_IDEA = "polku.codevelopment.idea.duplicateId";

    CoDevelopmentProcess() {
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
     * Gets the identifier.
     *
     * @return the identifier, not null
     */
    public abstract ProcessId getId();

    /**
     * Gets the title.
     *
     * @return the title, not null, must not be blank
     */
    @NotBlank(message = "{jakarta.validation.constraints.NotBlank}")
    public abstract String getTitle();

    /**
     * Gets the organiser responsible for the service developed.
     *
     * @return the organiser, not null
     */
    public abstract Organiser getOrganiser();

    /**
     * Gets the themes worked on.
     *
     * @return the themes, not null, may be empty
     */
    public abstract List<Theme> getThemes();

    /**
     * Gets the phases with their dates, in the order of {@link Phase}.
     *
     * @return the phases, not null, may be empty
     */
    public abstract List<PhasePeriod> getPhases();

    /**
     * Gets the sessions, in date order.
     *
     * @return the sessions, not null, may be empty
     */
    public abstract List<Session> getSessions();

    /**
     * Gets the participants with their roles.
     *
     * @return the participants, not null, may be empty
     */
    public abstract List<@Valid Participant> getParticipants();

    /**
     * Gets the ideas raised.
     *
     * @return the ideas, not null, may be empty
     */
    public abstract List<@Valid Idea> getIdeas();

    /**
     * Gets the changes implemented.
     *
     * @return the changes, not null, may be empty
     */
    public abstract List<@Valid ImplementedChange> getChanges();

    /**
     * Gets the client council of the process.
     *
     * @return the council, empty if there is none
     */
    public abstract Optional<@Valid ClientCouncil> getClientCouncil();

    /**
     * Finds a participant.
     *
     * @param id  the participant identifier, not null
     * @return the participant, empty if not part of this process
     */
    public Optional<Participant> findParticipant(ParticipantId id) {
        Objects.requireNonNull(id, "id");
        return getParticipants().stream().filter(p -> p.getId().equals(id)).findFirst();
    }

    /**
     * Finds an idea.
     *
     * @param id  the idea identifier, not null
     * @return the idea, empty if not part of this process
     */
    public Optional<Idea> findIdea(IdeaId id) {
        Objects.requireNonNull(id, "id");
        return getIdeas().stream().filter(i -> i.getId().equals(id)).findFirst();
    }

    /**
     * Finds a session.
     *
     * @param id  the session identifier, not null
     * @return the session, empty if not part of this process
     */
    public Optional<Session> findSession(SessionId id) {
        Objects.requireNonNull(id, "id");
        return getSessions().stream().filter(s -> s.getId().equals(id)).findFirst();
    }

    /**
     * Gets the participants who proposed the idea behind a change.
     *
     * @param change  the change, not null
     * @return the proposers, not null, empty if the idea is unknown or had no named proposer
     */
    public List<ParticipantId> getProposersOf(ImplementedChange change) {
        Objects.requireNonNull(change, "change");
        return findIdea(change.getIdea()).map(Idea::getProposers).orElse(List.of());
    }

    /**
     * Derives how a participant has been heard in this process.
     * <ul>
     *   <li>{@link Hearing#ANSWERED}: the participant proposed an idea that has been answered, or is
     *       a member of the client council and a council statement has been answered;</li>
     *   <li>{@link Hearing#CONSULTED}: otherwise, the participant proposed an idea or is a member of
     *       a council that has given statements;</li>
     *   <li>{@link Hearing#INFORMED}: otherwise, the participant attended a session;</li>
     *   <li>{@link Hearing#NONE}: otherwise.</li>
     * </ul>
     *
     * @param participant  the participant identifier, not null
     * @return the hearing, not null
     */
    public Hearing getHearing(ParticipantId participant) {
        Objects.requireNonNull(participant, "participant");
        boolean answered = false;
        boolean gaveInput = false;
        for (Idea idea : getIdeas()) {
            if (idea.getProposers().contains(participant)) {
                gaveInput = true;
                answered |= idea.isAnswered();
            }
        }
        if (getClientCouncil().isPresent() && getClientCouncil().get().getMembers().contains(participant)) {
            for (CouncilStatement statement : getClientCouncil().get().getStatements()) {
                gaveInput = true;
                answered |= statement.getAnsweredOn().isPresent();
            }
        }
        if (answered) {
            return Hearing.ANSWERED;
        }
        if (gaveInput) {
            return Hearing.CONSULTED;
        }
        boolean attended = getSessions().stream().anyMatch(s -> s.getAttendees().contains(participant));
        return attended ? Hearing.INFORMED : Hearing.NONE;
    }

    /**
     * Checks if the client side is a minority: there are client-side participants (clients and
     * relatives), and they are fewer than the other participants.
     *
     * @return true if the client side is outnumbered
     */
    public boolean isClientSideMinority() {
        long clientSide = getParticipants().stream().filter(p -> p.getKind().isClientSide()).count();
        return clientSide > 0 && clientSide < getParticipants().size() - clientSide;
    }

    /**
     * Derives the participation level of a role held by a participant, with the
     * {@link ParticipationLadder} table; an explicit {@link ParticipationAssessment} overrides the
     * derived rung.
     *
     * @param participant  the participant identifier, not null
     * @param role  the role, not null
     * @return the level, not null
     * @throws IllegalArgumentException if the participant is not part of this process or does not
     *     hold the role
     */
    public ParticipationLevel getParticipationLevel(ParticipantId participant, ParticipationRole role) {
        Objects.requireNonNull(role, "role");
        Participant found = findParticipant(participant)
                .orElseThrow(() -> new IllegalArgumentException("Not a participant of this process"));
        RoleAssignment assignment = found.findRole(role)
                .orElseThrow(() -> new IllegalArgumentException("The participant does not hold role " + role));
        Hearing hearing = getHearing(participant);
        boolean minority = isClientSideMinority();
        ArnsteinRung derived = ParticipationLadder.derive(assignment.getDecisionRights(), hearing, minority);
        return new ParticipationLevel(derived,
                assignment.getAssessment().map(ParticipationAssessment::getRung).orElse(null), hearing, minority);
    }

    /**
     * Checks that participants, sessions and ideas can be addressed by their identifiers.
     *
     * @throws InvalidValueException with code {@value #DUPLICATE_PARTICIPANT},
     *     {@value #DUPLICATE_SESSION} or {@value #DUPLICATE_IDEA} at the second use of the identifier
     */
    @Value.Check
    protected void check() {
        List<Violation> violations = new ArrayList<>();
        unique(getParticipants(), Participant::getId, "/participants/", DUPLICATE_PARTICIPANT, violations);
        unique(getSessions(), Session::getId, "/sessions/", DUPLICATE_SESSION, violations);
        unique(getIdeas(), Idea::getId, "/ideas/", DUPLICATE_IDEA, violations);
        if (!violations.isEmpty()) {
            throw new InvalidValueException(violations);
        }
    }

    private static <T> void unique(List<T> items, Function<T, Object> id, String pointer, String code,
            List<Violation> violations) {
        Set<Object> seen = new HashSet<>();
        for (int i = 0; i < items.size(); i++) {
            if (!seen.add(id.apply(items.get(i)))) {
                violations.add(Violation.error(code, pointer + i + "/id", Map.of()));
            }
        }
    }

    /**
     * Builder for {@code CoDevelopmentProcess}; the methods are generated.
     *
     * @since 0.1.0
     */
    public static class Builder extends ImmutableCoDevelopmentProcess.Builder {
        /** Creates an empty builder; use {@link CoDevelopmentProcess#builder()}. */
        Builder() {
        }
    }
}
