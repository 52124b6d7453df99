package io.github.polku.internal.constraintvalidators;

import io.github.polku.codevelopment.ArnsteinRung;
import io.github.polku.codevelopment.ClientCouncil;
import io.github.polku.codevelopment.CoDevelopmentCodes;
import io.github.polku.codevelopment.CoDevelopmentProcess;
import io.github.polku.codevelopment.CouncilStatement;
import io.github.polku.codevelopment.Hearing;
import io.github.polku.codevelopment.Idea;
import io.github.polku.codevelopment.ImplementedChange;
import io.github.polku.codevelopment.Participant;
import io.github.polku.codevelopment.ParticipantId;
import io.github.polku.codevelopment.ParticipationLevel;
import io.github.polku.codevelopment.PhasePeriod;
import io.github.polku.codevelopment.RoleAssignment;
import io.github.polku.codevelopment.Session;
import io.github.polku.codevelopment.StatusChange;
import io.github.polku.codevelopment.ValidCoDevelopmentProcess;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;
import java.util.stream.Collectors;

/**
 * Checks {@link ValidCoDevelopmentProcess}: dates in order, references resolved, the client
 * council, and tokenism (DOMAIN rules 34, 35, 39; codes in {@link CoDevelopmentCodes}).
 */
public final class ValidCoDevelopmentProcessValidator extends RuleValidator<ValidCoDevelopmentProcess, CoDevelopmentProcess> {

    @Override
    protected void check(CoDevelopmentProcess process, RuleContext context) {
        checkPhases(process.getPhases(), context);
        Map<ParticipantId, Participant> participants = process.getParticipants().stream()
                .collect(Collectors.toMap(Participant::getId, Function.identity(), (a, b) -> a));
        checkSessions(process.getSessions(), participants, context);
        checkIdeas(process, participants, context);
        checkChanges(process, context);
        process.getClientCouncil().ifPresent(council -> checkCouncil(council, participants, context));
        checkTokenism(process, context);
    }

    private static void checkPhases(List<PhasePeriod> phases, RuleContext context) {
        for (int i = 0; i < phases.size(); i++) {
            PhasePeriod current = phases.get(i);
            for (int j = 0; j < i; j++) {
                PhasePeriod earlier = phases.get(j);
                if (earlier.getPhase() == current.getPhase()) {
                    context.error(CoDevelopmentCodes.PHASE_DUPLICATE, "/phases/" + i + "/phase", "phase", current.getPhase());
                }
            }
            for (PhasePeriod other : phases) {
                if (other.getPhase().compareTo(current.getPhase()) < 0
                        && current.getPeriod().getStart().isBefore(other.getPeriod().getStart())) {
                    context.error(CoDevelopmentCodes.PHASE_ORDER, "/phases/" + i + "/period/start",
                            "phase", current.getPhase(), "earlierPhase", other.getPhase());
                    break;
                }
            }
        }
    }

    private static void checkSessions(List<Session> sessions, Map<ParticipantId, Participant> participants,
            RuleContext context) {
        for (int i = 0; i < sessions.size(); i++) {
            Session session = sessions.get(i);
            if (i > 0 && session.getDate().isBefore(sessions.get(i - 1).getDate())) {
                context.error(CoDevelopmentCodes.SESSION_ORDER, "/sessions/" + i + "/date");
            }
            List<ParticipantId> attendees = session.getAttendees();
            for (int j = 0; j < attendees.size(); j++) {
                if (!participants.containsKey(attendees.get(j))) {
                    context.error(CoDevelopmentCodes.ATTENDEE_UNKNOWN, "/sessions/" + i + "/attendees/" + j);
                }
            }
        }
    }

    private static void checkIdeas(CoDevelopmentProcess process, Map<ParticipantId, Participant> participants,
            RuleContext context) {
        List<Idea> ideas = process.getIdeas();
        for (int i = 0; i < ideas.size(); i++) {
            Idea idea = ideas.get(i);
            String pointer = "/ideas/" + i;
            Optional<Session> session = process.findSession(idea.getRaisedIn());
            if (session.isEmpty()) {
                context.error(CoDevelopmentCodes.IDEA_SESSION_UNKNOWN, pointer + "/raisedIn");
            }
            List<ParticipantId> proposers = idea.getProposers();
            for (int j = 0; j < proposers.size(); j++) {
                if (!participants.containsKey(proposers.get(j))) {
                    context.error(CoDevelopmentCodes.PROPOSER_UNKNOWN, pointer + "/proposers/" + j);
                }
            }
            LocalDate previous = session.map(Session::getDate).orElse(LocalDate.MIN);
            List<StatusChange> changes = idea.getStatusChanges();
            for (int j = 0; j < changes.size(); j++) {
                LocalDate date = changes.get(j).getDate();
                if (date.isBefore(previous)) {
                    context.error(CoDevelopmentCodes.IDEA_STATUS_ORDER, pointer + "/statusChanges/" + j + "/date");
                } else {
                    previous = date;
                }
            }
        }
    }

    private static void checkChanges(CoDevelopmentProcess process, RuleContext context) {
        List<ImplementedChange> changes = process.getChanges();
        for (int i = 0; i < changes.size(); i++) {
            ImplementedChange change = changes.get(i);
            Optional<Idea> idea = process.findIdea(change.getIdea());
            if (idea.isEmpty()) {
                context.error(CoDevelopmentCodes.CHANGE_IDEA_UNKNOWN, "/changes/" + i + "/idea");
                continue;
            }
            Optional<Session> raisedIn = process.findSession(idea.get().getRaisedIn());
            if (raisedIn.isPresent() && change.getImplementedOn().isBefore(raisedIn.get().getDate())) {
                context.error(CoDevelopmentCodes.CHANGE_BEFORE_IDEA, "/changes/" + i + "/implementedOn");
            }
        }
    }

    private static void checkCouncil(ClientCouncil council, Map<ParticipantId, Participant> participants,
            RuleContext context) {
        List<ParticipantId> members = council.getMembers();
        for (int i = 0; i < members.size(); i++) {
            Participant member = participants.get(members.get(i));
            String pointer = "/clientCouncil/members/" + i;
            if (member == null) {
                context.error(CoDevelopmentCodes.COUNCIL_MEMBER_UNKNOWN, pointer);
            } else if (!member.getKind().isClientSide()) {
                context.error(CoDevelopmentCodes.COUNCIL_MEMBER_STAFF, pointer, "kind", member.getKind());
            }
        }
        if (council.getMembershipCap().isPresent() && members.size() > council.getMembershipCap().get()) {
            context.error(CoDevelopmentCodes.COUNCIL_CAP, "/clientCouncil/members",
                    "members", members.size(), "cap", council.getMembershipCap().get());
        }
        List<CouncilStatement> statements = council.getStatements();
        for (int i = 0; i < statements.size(); i++) {
            CouncilStatement statement = statements.get(i);
            if (statement.getAnsweredOn().isPresent() && statement.getAnsweredOn().get().isBefore(statement.getGivenOn())) {
                context.error(CoDevelopmentCodes.STATEMENT_ORDER, "/clientCouncil/statements/" + i + "/answeredOn");
            }
        }
    }

    private static void checkTokenism(CoDevelopmentProcess process, RuleContext context) {
        int clientSideRoles = 0;
        boolean anyCitizenPower = false;
        List<Participant> participants = process.getParticipants();
        for (int i = 0; i < participants.size(); i++) {
            Participant participant = participants.get(i);
            List<RoleAssignment> roles = participant.getRoles();
            for (int j = 0; j < roles.size(); j++) {
                RoleAssignment role = roles.get(j);
                if (!role.getRole().isClientSide()) {
                    continue;
                }
                clientSideRoles++;
                ParticipationLevel level = process.getParticipationLevel(participant.getId(), role.getRole());
                ArnsteinRung rung = level.getRung();
                if (rung.isCitizenPower()) {
                    anyCitizenPower = true;
                } else {
                    context.warning(tokenismCode(level), "/participants/" + i + "/roles/" + j,
                            "rung", rung.getNumber());
                }
            }
        }
        if (clientSideRoles == 0) {
            context.warning(CoDevelopmentCodes.PROCESS_NO_CLIENT_SIDE, "/participants");
        } else if (!anyCitizenPower) {
            context.warning(CoDevelopmentCodes.PROCESS_TOKENISM, "/participants", "roles", clientSideRoles);
        }
    }

    private static String tokenismCode(ParticipationLevel level) {
        if (level.getAssessedRung().isPresent()) {
            return CoDevelopmentCodes.TOKENISM_ASSESSED;
        }
        if (level.getHearing() != Hearing.ANSWERED) {
            return CoDevelopmentCodes.TOKENISM_NOT_HEARD;
        }
        // Heard and placated (rung 5): a minority is the more specific reason.
        return level.isClientSideMinority() ? CoDevelopmentCodes.TOKENISM_POWERLESS_MINORITY
                : CoDevelopmentCodes.TOKENISM_NO_DECISION_RIGHTS;
    }
}
