package io.github.polku.examples;

import io.github.polku.client.Organiser;
import io.github.polku.client.OrganiserType;
import io.github.polku.codevelopment.ClientCouncil;
import io.github.polku.codevelopment.CoDevelopmentProcess;
import io.github.polku.codevelopment.Commitment;
import io.github.polku.codevelopment.CommitmentLevel;
import io.github.polku.codevelopment.DecisionRight;
import io.github.polku.codevelopment.Idea;
import io.github.polku.codevelopment.IdeaId;
import io.github.polku.codevelopment.IdeaStatus;
import io.github.polku.codevelopment.ImplementedChange;
import io.github.polku.codevelopment.Participant;
import io.github.polku.codevelopment.ParticipantId;
import io.github.polku.codevelopment.ParticipantKind;
import io.github.polku.codevelopment.ParticipationRole;
import io.github.polku.codevelopment.ProcessId;
import io.github.polku.codevelopment.RoleAssignment;
import io.github.polku.codevelopment.Session;
import io.github.polku.codevelopment.SessionFormat;
import io.github.polku.codevelopment.SessionId;
import io.github.polku.codevelopment.StatusChange;
import io.github.polku.codevelopment.Theme;
import io.github.polku.validation.PolkuValidator;
import io.github.polku.validation.ValidationReport;
import io.github.polku.validation.Violation;
import java.time.LocalDate;
import java.util.List;
import java.util.Locale;

/**
 * Co-development with clients (fi: yhteiskehittäminen, sv: samutveckling), as in the SOSKU seminar
 * of Jyväskylä in 2017, and a counter-example of "mascot" participation.
 * <p>
 * <b>What this shows.</b> Six clients are invited as developer clients (kehittäjäasiakas); small
 * groups work on four themes; three of the clients form a client council (asiakasraati); every idea
 * is traced to the change that was implemented. Each client-side role gets a rung on Arnstein's
 * ladder of participation, derived from what the role may decide and whether the person was heard.
 * A working group where one client sits among professionals with no say draws tokenism warnings.
 * <p>
 * <b>Things to notice.</b>
 * <ul>
 *   <li>The rung is never typed in: it follows from decision rights, hearing (an idea of theirs was
 *       answered) and whether the client side is outnumbered.</li>
 *   <li>Tokenism is a warning, not an error: the process is still a valid record, and the warning
 *       points at the role that lacks power.</li>
 *   <li>People are known only by made-up pseudonymous participant ids.</li>
 * </ul>
 */
public final class Example04CoDevelopment {

    private static final Organiser JYVASKYLA = Organiser.of(OrganiserType.MUNICIPALITY, "179");
    private static final LocalDate SEMINAR = LocalDate.of(2017, 2, 8);
    private static final Locale FINNISH = Locale.forLanguageTag("fi");

    private Example04CoDevelopment() {
    }

    /**
     * Runs the example.
     *
     * @param args  {@code --lang fi|sv|en}: the language of the lessons and messages (default: the locale)
     */
    public static void main(String[] args) {
        ExampleData.quietLogs();
        Lessons lessons = Lessons.of(4, args);
        // 1. Six developer clients who set the agenda and priorities, committing as their strength allows.
        lessons.step(1);
        CoDevelopmentProcess.Builder builder = CoDevelopmentProcess.builder().id(ProcessId.of("SOSKU-JKL-2017"))
                .title("Developing social rehabilitation together with clients").organiser(JYVASKYLA)
                .addAllThemes(Theme.builtIn());
        Session.Builder seminar = Session.builder().id(SessionId.of("SEMINAR")).date(SEMINAR).format(SessionFormat.IN_PERSON);
        for (int i = 1; i <= 6; i++) {
            Participant.Builder client = Participant.builder().id(ParticipantId.of("DEV-0" + i)).kind(ParticipantKind.CLIENT)
                    .addRole(RoleAssignment.builder().role(ParticipationRole.DEVELOPER_CLIENT)
                            .commitment(Commitment.of(CommitmentLevel.OCCASIONAL))
                            .addDecisionRights(DecisionRight.AGENDA, DecisionRight.PRIORITIES).build());
            if (i <= 3) { // 2. Three of them also sit on the client council, which evaluates services.
                client.addRole(RoleAssignment.builder().role(ParticipationRole.CLIENT_COUNCIL_MEMBER)
                        .addDecisionRights(DecisionRight.AGENDA, DecisionRight.PRIORITIES, DecisionRight.EVALUATION).build());
            }
            builder.addParticipant(client.build());
            seminar.addAttendee(ParticipantId.of("DEV-0" + i));
        }
        lessons.step(2);
        builder.addParticipant(professional("PRO-01", ParticipationRole.PROFESSIONAL)).addParticipant(professional("PRO-02",
                ParticipationRole.PROFESSIONAL))
                .addParticipant(professional("COORD-01", ParticipationRole.COORDINATOR))
                .addSession(seminar.addAttendees(ParticipantId.of("PRO-01"), ParticipantId.of("PRO-02")).build())
                .clientCouncil(ClientCouncil.builder().addMembers(ParticipantId.of("DEV-01"), ParticipantId.of("DEV-02"),
                        ParticipantId.of("DEV-03")).membershipCap(20).meetingsPerYear(4).build());

        // 3. Four theme groups; each idea raised in a group is traced to the change it became.
        lessons.step(3);
        List<Theme> themes = Theme.builtIn();
        for (Theme theme : themes) {
            builder.addSession(Session.builder().id(SessionId.of("GROUP-" + theme.getCode())).date(SEMINAR)
                    .format(SessionFormat.IN_PERSON).theme(theme).addAttendees(ParticipantId.of("PRO-01")).build());
        }
        String[] changes = {"A group for lonely people", "Allotment gardening", "A client council",
            "A new client service-assessment process", "Events", "A Facebook page", "A chat service"};
        Theme[] raisedIn = {Theme.GROUP_ACTIVITIES, Theme.THIRD_SECTOR_COOPERATION, Theme.INFORMATION_AND_E_SERVICES,
            Theme.INDIVIDUAL_WORK_METHODS, Theme.GROUP_ACTIVITIES, Theme.INFORMATION_AND_E_SERVICES, Theme.THIRD_SECTOR_COOPERATION};
        for (int i = 0; i < changes.length; i++) {
            IdeaId id = IdeaId.of("I" + (i + 1));
            LocalDate done = LocalDate.of(2017, 5 + i, 2);
            builder.addIdea(Idea.builder().id(id).title(changes[i]).raisedIn(SessionId.of("GROUP-" + raisedIn[i].getCode()))
                    .addProposer(ParticipantId.of("DEV-0" + (i % 6 + 1)))
                    .addStatusChange(StatusChange.of(IdeaStatus.ACCEPTED, SEMINAR))
                    .addStatusChange(StatusChange.of(IdeaStatus.IMPLEMENTED, done)).build())
                    .addChange(ImplementedChange.builder().title(changes[i]).idea(id).implementedOn(done).build());
        }
        CoDevelopmentProcess jyvaskyla = builder.build();

        // 4. Print the themes, each change with the theme and the person behind it, and the rungs.
        lessons.step(4);
        themes.forEach(t -> System.out.println("Theme: " + t.getLabel(Locale.ENGLISH) + " (fi: " + t.getLabel(FINNISH) + ")"));
        for (ImplementedChange change : jyvaskyla.getChanges()) {
            Idea idea = jyvaskyla.findIdea(change.getIdea()).orElseThrow();
            Theme theme = jyvaskyla.findSession(idea.getRaisedIn()).orElseThrow().getTheme().orElseThrow();
            System.out.println("Change " + change.getImplementedOn() + " " + change.getTitle() + " <- " + idea.getId().getValue()
                    + " in " + theme.getCode() + " by " + jyvaskyla.getProposersOf(change).get(0).getValue());
        }
        System.out.println("Rungs: DEV-04 as developer client " + jyvaskyla.getParticipationLevel(ParticipantId.of("DEV-04"),
                ParticipationRole.DEVELOPER_CLIENT).getRung() + ", DEV-01 in the client council " + jyvaskyla
                .getParticipationLevel(ParticipantId.of("DEV-01"), ParticipationRole.CLIENT_COUNCIL_MEMBER).getRung());
        PolkuValidator validator = PolkuValidator.shared();
        System.out.println("Jyväskylä process violations: " + validator.validate(jyvaskyla).getViolations().size());

        // 5. Counter-example: one client among three professionals, heard but deciding nothing.
        lessons.step(5);
        CoDevelopmentProcess mascot = CoDevelopmentProcess.builder().id(ProcessId.of("WG-1")).title("Working group")
                .organiser(JYVASKYLA).addParticipant(professional("PRO-01", ParticipationRole.COORDINATOR))
                .addParticipant(professional("PRO-02", ParticipationRole.PROFESSIONAL))
                .addParticipant(professional("PRO-03", ParticipationRole.PROFESSIONAL))
                .addParticipant(Participant.builder().id(ParticipantId.of("DEV-09")).kind(ParticipantKind.CLIENT)
                        .addRole(RoleAssignment.builder().role(ParticipationRole.DEVELOPER_CLIENT).build()).build())
                .addSession(Session.builder().id(SessionId.of("WG-S1")).date(SEMINAR).format(SessionFormat.IN_PERSON).build())
                .addIdea(Idea.builder().id(IdeaId.of("WG-I1")).title("Clearer letters").raisedIn(SessionId.of("WG-S1"))
                        .addProposer(ParticipantId.of("DEV-09"))
                        .addStatusChange(StatusChange.of(IdeaStatus.ACCEPTED, SEMINAR)).build())
                .build();
        ValidationReport report = validator.validate(mascot);
        System.out.println("Working group: valid=" + report.isValid() + ", warnings=" + report.getViolations().size());
        for (Violation v : report.getViolations()) {
            System.out.println("  " + v.getSeverity() + " " + v.getPath() + " " + v.getCode() + "\n    " + lessons.locale().getLanguage() + ": " + v.getMessage(lessons.locale()));
        }
        lessons.notices();
    }

    private static Participant professional(String id, ParticipationRole role) {
        return Participant.builder().id(ParticipantId.of(id)).kind(ParticipantKind.PROFESSIONAL)
                .addRole(RoleAssignment.builder().role(role).build()).build();
    }
}
