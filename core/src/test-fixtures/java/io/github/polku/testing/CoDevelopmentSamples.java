package io.github.polku.testing;

import io.github.polku.calendar.DateRange;
import io.github.polku.client.Organiser;
import io.github.polku.client.OrganiserType;
import io.github.polku.codevelopment.ClientCouncil;
import io.github.polku.codevelopment.CoDevelopmentProcess;
import io.github.polku.codevelopment.Commitment;
import io.github.polku.codevelopment.CommitmentLevel;
import io.github.polku.codevelopment.Compensation;
import io.github.polku.codevelopment.CouncilStatement;
import io.github.polku.codevelopment.DecisionRight;
import io.github.polku.codevelopment.Idea;
import io.github.polku.codevelopment.IdeaId;
import io.github.polku.codevelopment.IdeaStatus;
import io.github.polku.codevelopment.ImplementedChange;
import io.github.polku.codevelopment.Participant;
import io.github.polku.codevelopment.ParticipantId;
import io.github.polku.codevelopment.ParticipantKind;
import io.github.polku.codevelopment.ParticipationRole;
import io.github.polku.codevelopment.Phase;
import io.github.polku.codevelopment.PhasePeriod;
import io.github.polku.codevelopment.ProcessId;
import io.github.polku.codevelopment.RoleAssignment;
import io.github.polku.codevelopment.Session;
import io.github.polku.codevelopment.SessionFormat;
import io.github.polku.codevelopment.SessionId;
import io.github.polku.codevelopment.StatusChange;
import io.github.polku.codevelopment.Theme;
import io.github.polku.codevelopment.Training;
import java.time.LocalDate;
import java.util.List;

/**
 * Co-development fixtures with fictional people, known only by made-up pseudonymous ids.
 * <p>
 * {@link #jyvaskyla()} follows the SOSKU Jyväskylä case in DESIGN.md: clients invited as developer
 * clients, small groups on four themes, a client council, and seven changes that were actually
 * implemented.
 */
public final class CoDevelopmentSamples {

    /** The organiser of the Jyväskylä case: the municipality of Jyväskylä (Statistics Finland 179). */
    public static final Organiser JYVASKYLA = Organiser.of(OrganiserType.MUNICIPALITY, "179");

    /** The seven changes of the Jyväskylä case, in the order of DESIGN.md. */
    public static final List<String> JYVASKYLA_CHANGES = List.of("A group for lonely people", "Allotment gardening",
            "A client council", "A new client service-assessment process", "Events", "A Facebook page",
            "A chat service");

    private static final LocalDate SEMINAR = LocalDate.of(2017, 2, 8);

    private CoDevelopmentSamples() {
    }

    /**
     * Obtains a participant id.
     *
     * @param id the text
     * @return the id
     */
    public static ParticipantId pid(String id) {
        return ParticipantId.of(id);
    }

    /**
     * Obtains a developer-client role with the given decision rights.
     *
     * @param rights the rights
     * @return the role
     */
    public static RoleAssignment developerClient(DecisionRight... rights) {
        return RoleAssignment.builder().role(ParticipationRole.DEVELOPER_CLIENT)
                .addDecisionRights(rights).build();
    }

    /**
     * Obtains a role without decision rights.
     *
     * @param role the role
     * @return the assignment
     */
    public static RoleAssignment role(ParticipationRole role) {
        return RoleAssignment.builder().role(role).build();
    }

    /**
     * Obtains a participant with one role.
     *
     * @param id the id
     * @param kind the kind
     * @param role the role
     * @return the participant
     */
    public static Participant participant(String id, ParticipantKind kind, RoleAssignment role) {
        return Participant.builder().id(pid(id)).kind(kind).addRole(role).build();
    }

    /**
     * Obtains a builder of a small valid process with no violation: two developer clients
     * ({@code DEV-01}, {@code DEV-02}, index 0 and 1) sharing the agenda and priorities with one
     * professional ({@code PRO-01}, index 2); one session {@code S1} on 8 February 2017 attended by
     * all; one idea {@code I1} proposed by both clients and accepted on 1 March 2017. Tests add
     * elements to break one rule at a time.
     *
     * @return the builder with id, title, organiser, participants, session and idea set
     */
    public static CoDevelopmentProcess.Builder baseline() {
        CoDevelopmentProcess.Builder builder = CoDevelopmentProcess.builder();
        builder.id(ProcessId.of("BASE")).title("Baseline process").organiser(JYVASKYLA)
                .addParticipant(participant("DEV-01", ParticipantKind.CLIENT,
                        developerClient(DecisionRight.AGENDA, DecisionRight.PRIORITIES)))
                .addParticipant(participant("DEV-02", ParticipantKind.RELATIVE,
                        developerClient(DecisionRight.AGENDA, DecisionRight.PRIORITIES)))
                .addParticipant(participant("PRO-01", ParticipantKind.PROFESSIONAL, role(ParticipationRole.PROFESSIONAL)))
                .addSession(Session.builder().id(SessionId.of("S1")).date(SEMINAR).format(SessionFormat.IN_PERSON)
                        .addAttendees(pid("DEV-01"), pid("DEV-02"), pid("PRO-01")).build())
                .addIdea(Idea.builder().id(IdeaId.of("I1")).title("Peer-led walking group")
                        .raisedIn(SessionId.of("S1")).addProposers(pid("DEV-01"), pid("DEV-02"))
                        .addStatusChange(StatusChange.of(IdeaStatus.ACCEPTED, LocalDate.of(2017, 3, 1))).build());
        return builder;
    }

    /**
     * Obtains a process in which the only client ({@code DEV-01}, index 3) is a member of a group of
     * three professionals, heard (the idea was accepted) but without any decision right.
     *
     * @return the process
     */
    public static CoDevelopmentProcess loneClientInProfessionalGroup() {
        return CoDevelopmentProcess.builder()
                .id(ProcessId.of("WG-1")).title("Working group on service guidance").organiser(JYVASKYLA)
                .addParticipant(participant("PRO-01", ParticipantKind.PROFESSIONAL, role(ParticipationRole.COORDINATOR)))
                .addParticipant(participant("PRO-02", ParticipantKind.PROFESSIONAL, role(ParticipationRole.PROFESSIONAL)))
                .addParticipant(participant("PRO-03", ParticipantKind.PROFESSIONAL, role(ParticipationRole.PROFESSIONAL)))
                .addParticipant(participant("DEV-01", ParticipantKind.CLIENT, developerClient()))
                .addSession(Session.builder().id(SessionId.of("WG-S1")).date(SEMINAR).format(SessionFormat.IN_PERSON)
                        .addAttendees(pid("PRO-01"), pid("PRO-02"), pid("PRO-03"), pid("DEV-01")).build())
                .addIdea(Idea.builder().id(IdeaId.of("WG-I1")).title("Clearer letters").raisedIn(SessionId.of("WG-S1"))
                        .addProposer(pid("DEV-01"))
                        .addStatusChange(StatusChange.of(IdeaStatus.ACCEPTED, LocalDate.of(2017, 3, 1))).build())
                .build();
    }

    /**
     * Obtains the SOSKU Jyväskylä co-development process: nine client-side participants (eight
     * developer clients, three of them also in the client council, and one experience expert), four
     * professionals, a coordinator and a partner; a seminar, four theme groups and an evaluation
     * session; seven ideas, each implemented.
     *
     * @return the process
     */
    public static CoDevelopmentProcess jyvaskyla() {
        CoDevelopmentProcess.Builder b = CoDevelopmentProcess.builder()
                .id(ProcessId.of("SOSKU-JKL-2017"))
                .title("Developing social rehabilitation together with clients")
                .organiser(JYVASKYLA)
                .addAllThemes(Theme.builtIn())
                .addPhase(PhasePeriod.of(Phase.IDEATE, DateRange.of(LocalDate.of(2017, 2, 1), LocalDate.of(2017, 3, 31))))
                .addPhase(PhasePeriod.of(Phase.DEVELOP, DateRange.of(LocalDate.of(2017, 4, 1), LocalDate.of(2017, 8, 31))))
                .addPhase(PhasePeriod.of(Phase.PILOT, DateRange.of(LocalDate.of(2017, 9, 1), LocalDate.of(2018, 3, 31))))
                .addPhase(PhasePeriod.of(Phase.EVALUATE, DateRange.of(LocalDate.of(2018, 4, 1), LocalDate.of(2018, 8, 31))))
                .addPhase(PhasePeriod.of(Phase.EMBED, DateRange.startingOn(LocalDate.of(2018, 9, 1))));

        String[] clients = {"DEV-01", "DEV-02", "DEV-03", "DEV-04", "DEV-05", "DEV-06", "DEV-07", "DEV-08"};
        for (int i = 0; i < clients.length; i++) {
            Participant.Builder p = Participant.builder().id(pid(clients[i]))
                    .kind(i == 7 ? ParticipantKind.RELATIVE : ParticipantKind.CLIENT)
                    .addRole(RoleAssignment.builder().role(ParticipationRole.DEVELOPER_CLIENT)
                            .training(Training.builder().completed(true).provider("Fictional Developer Client School").build())
                            .compensation(Compensation.NONE)
                            .addResponsibility("Ideates and tests services in a theme group")
                            .commitment(Commitment.builder().level(CommitmentLevel.OCCASIONAL)
                                    .note("Fictional note: takes part when own strength allows").build())
                            .addDecisionRights(DecisionRight.AGENDA, DecisionRight.PRIORITIES)
                            .build());
            if (i < 3) {
                p.addRole(RoleAssignment.builder().role(ParticipationRole.CLIENT_COUNCIL_MEMBER)
                        .addResponsibility("Gives statements on plans")
                        .commitment(Commitment.of(CommitmentLevel.REGULAR))
                        .addDecisionRights(DecisionRight.AGENDA, DecisionRight.PRIORITIES, DecisionRight.EVALUATION)
                        .build());
            }
            b.addParticipant(p.build());
        }
        b.addParticipant(Participant.builder().id(pid("EXP-01")).kind(ParticipantKind.CLIENT)
                .addRole(RoleAssignment.builder().role(ParticipationRole.EXPERIENCE_EXPERT)
                        .training(Training.builder().completed(true).provider("Fictional Experience Expert Association")
                                .date(LocalDate.of(2016, 5, 20)).build())
                        .compensation(Compensation.FEE)
                        .addResponsibility("Works in pair with a professional in the individual work methods group")
                        .commitment(Commitment.of(CommitmentLevel.RESPONSIBLE))
                        .addDecisionRights(DecisionRight.AGENDA, DecisionRight.PRIORITIES, DecisionRight.IMPLEMENTATION)
                        .build())
                .addRole(RoleAssignment.builder().role(ParticipationRole.PEER_SUPPORTER)
                        .addDecisionRights(DecisionRight.IMPLEMENTATION).build())
                .build());
        for (String professional : new String[] {"PRO-01", "PRO-02", "PRO-03", "PRO-04"}) {
            b.addParticipant(participant(professional, ParticipantKind.PROFESSIONAL,
                    RoleAssignment.builder().role(ParticipationRole.PROFESSIONAL).compensation(Compensation.SALARY)
                            .addDecisionRights(DecisionRight.values()).build()));
        }
        b.addParticipant(participant("COORD-01", ParticipantKind.PROFESSIONAL,
                RoleAssignment.builder().role(ParticipationRole.COORDINATOR).compensation(Compensation.SALARY).build()));
        b.addParticipant(participant("NGO-01", ParticipantKind.PARTNER_REPRESENTATIVE, role(ParticipationRole.PARTNER)));

        Session.Builder seminar = Session.builder().id(SessionId.of("SEMINAR")).date(SEMINAR).format(SessionFormat.IN_PERSON);
        for (String c : clients) {
            seminar.addAttendee(pid(c));
        }
        b.addSession(seminar.addAttendees(pid("EXP-01"), pid("PRO-01"), pid("PRO-02"), pid("PRO-03"), pid("PRO-04"),
                pid("COORD-01"), pid("NGO-01")).build());
        b.addSession(themeSession("G-INFO", 15, Theme.INFORMATION_AND_E_SERVICES, "DEV-01", "DEV-02", "PRO-01"));
        b.addSession(themeSession("G-GROUP", 16, Theme.GROUP_ACTIVITIES, "DEV-03", "DEV-04", "PRO-02"));
        b.addSession(themeSession("G-INDIV", 22, Theme.INDIVIDUAL_WORK_METHODS, "DEV-05", "EXP-01", "PRO-03"));
        b.addSession(themeSession("G-THIRD", 23, Theme.THIRD_SECTOR_COOPERATION, "DEV-06", "DEV-07", "DEV-08", "NGO-01"));

        idea(b, "I1", "G-GROUP", JYVASKYLA_CHANGES.get(0), LocalDate.of(2017, 10, 2), "DEV-03", "DEV-04");
        idea(b, "I2", "G-THIRD", JYVASKYLA_CHANGES.get(1), LocalDate.of(2018, 5, 7), "DEV-06", "NGO-01");
        idea(b, "I3", "G-INFO", JYVASKYLA_CHANGES.get(2), LocalDate.of(2017, 9, 1), "DEV-01");
        idea(b, "I4", "G-INDIV", JYVASKYLA_CHANGES.get(3), LocalDate.of(2018, 1, 15), "DEV-05", "EXP-01");
        idea(b, "I5", "G-GROUP", JYVASKYLA_CHANGES.get(4), LocalDate.of(2017, 12, 1), "DEV-04", "DEV-07");
        idea(b, "I6", "G-INFO", JYVASKYLA_CHANGES.get(5), LocalDate.of(2017, 5, 2), "DEV-02");
        idea(b, "I7", "G-THIRD", JYVASKYLA_CHANGES.get(6), LocalDate.of(2018, 2, 1), "DEV-08");

        b.clientCouncil(ClientCouncil.builder().addMembers(pid("DEV-01"), pid("DEV-02"), pid("DEV-03"))
                .membershipCap(20).meetingsPerYear(4)
                .addStatement(CouncilStatement.builder().subject("Draft welfare plan")
                        .givenOn(LocalDate.of(2017, 11, 6)).answeredOn(LocalDate.of(2017, 12, 4)).build())
                .build());
        return b.build();
    }

    private static Session themeSession(String id, int day, Theme theme, String... attendees) {
        Session.Builder s = Session.builder().id(SessionId.of(id)).date(LocalDate.of(2017, 2, day))
                .format(SessionFormat.IN_PERSON).theme(theme);
        for (String a : attendees) {
            s.addAttendee(pid(a));
        }
        return s.build();
    }

    private static void idea(CoDevelopmentProcess.Builder b, String id, String session, String change,
            LocalDate implemented, String... proposers) {
        Idea.Builder idea = Idea.builder().id(IdeaId.of(id)).title(change).raisedIn(SessionId.of(session))
                .addStatusChange(StatusChange.of(IdeaStatus.ACCEPTED, LocalDate.of(2017, 3, 15)))
                .addStatusChange(StatusChange.of(IdeaStatus.BEING_IMPLEMENTED, LocalDate.of(2017, 4, 3)))
                .addStatusChange(StatusChange.of(IdeaStatus.IMPLEMENTED, implemented));
        for (String p : proposers) {
            idea.addProposer(pid(p));
        }
        b.addIdea(idea.build());
        b.addChange(ImplementedChange.builder().title(change).idea(IdeaId.of(id)).implementedOn(implemented).build());
    }
}
