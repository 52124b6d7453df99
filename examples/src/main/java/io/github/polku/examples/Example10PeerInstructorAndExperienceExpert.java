package io.github.polku.examples;

import io.github.polku.client.ClientId;
import io.github.polku.client.Organiser;
import io.github.polku.client.OrganiserType;
import io.github.polku.codevelopment.CoDevelopmentProcess;
import io.github.polku.codevelopment.Commitment;
import io.github.polku.codevelopment.CommitmentLevel;
import io.github.polku.codevelopment.Compensation;
import io.github.polku.codevelopment.DecisionRight;
import io.github.polku.codevelopment.Idea;
import io.github.polku.codevelopment.IdeaId;
import io.github.polku.codevelopment.IdeaStatus;
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
import io.github.polku.codevelopment.Training;
import io.github.polku.path.Closure;
import io.github.polku.path.ClosureReason;
import io.github.polku.path.ContactChannel;
import io.github.polku.path.Destination;
import io.github.polku.path.FirstContact;
import io.github.polku.path.OutcomeClassification;
import io.github.polku.path.PathId;
import io.github.polku.path.RehabilitationPath;
import io.github.polku.quality.CohortSummary;
import io.github.polku.quality.Share;
import io.github.polku.validation.PolkuValidator;
import io.github.polku.validation.Violation;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * A peer instructor (fi: vertaisohjaaja, sv: kamratledare) and an experience expert (fi:
 * kokemusasiantuntija, sv: erfarenhetsexpert) working beside a professional in low-threshold work
 * activity, as in VALSKU (Tampere and Jyväskylä, 2020–2022).
 * <p>
 * <b>What this shows.</b> Each role records its training, its compensation and what it may decide;
 * the rung on Arnstein's ladder follows from those rights. An experience expert without the
 * training the role requires is an error. Of twelve fictional participants three (a quarter) were
 * referred on to mental-health or substance-abuse services, and the standard outcome classification
 * counts those referrals as successes, as the VALSKU project did.
 * <p>
 * <b>Things to notice.</b>
 * <ul>
 *   <li>Peer support needs no formal training, but an experience expert does: the role names the
 *       difference (who they act towards, and the processed experience).</li>
 *   <li>Being paid a fee and holding decision rights are recorded separately: pay alone does not
 *       make participation real.</li>
 *   <li>Whether a referral to treatment is a success is a choice of the classification, not of the data.</li>
 * </ul>
 */
public final class Example10PeerInstructorAndExperienceExpert {

    private static final Organiser TAMPERE = Organiser.of(OrganiserType.MUNICIPALITY, "837");
    private static final LocalDate START = LocalDate.of(2021, 1, 12);

    private Example10PeerInstructorAndExperienceExpert() {
    }

    /**
     * Runs the example.
     *
     * @param args  {@code --lang fi|sv|en} for the language of the lessons (default: the locale)
     */
    public static void main(String[] args) {
        ExampleData.quietLogs();
        Lessons lessons = Lessons.of(10, args);
        // 1. The roles: a professional leads, a trained peer instructor runs sessions, a trained experience expert co-plans.
        lessons.step(1);
        Training course = Training.builder().completed(true).provider("VALSKU peer-instructor course (fictional)")
                .date(LocalDate.of(2020, 11, 30)).build();
        RoleAssignment peer = RoleAssignment.builder().role(ParticipationRole.PEER_SUPPORTER).training(course)
                .compensation(Compensation.FEE).commitment(Commitment.of(CommitmentLevel.REGULAR))
                .addResponsibilities("runs the Tuesday woodwork session")
                .addDecisionRights(DecisionRight.PRIORITIES, DecisionRight.IMPLEMENTATION).build();
        RoleAssignment expert = RoleAssignment.builder().role(ParticipationRole.EXPERIENCE_EXPERT).training(course)
                .compensation(Compensation.FEE).commitment(Commitment.of(CommitmentLevel.OCCASIONAL))
                .addResponsibilities("plans the activity with the counsellor", "evaluates it with the participants")
                .addDecisionRights(DecisionRight.AGENDA, DecisionRight.IMPLEMENTATION, DecisionRight.EVALUATION).build();
        CoDevelopmentProcess activity = process(peer, expert);

        // 2. The rungs follow from the decision rights and from being answered.
        lessons.step(2);
        System.out.println("Peer instructor:   training " + peer.hasCompletedTraining() + ", " + peer.getCompensation()
                + ", rights " + peer.getDecisionRights() + ", rung "
                + activity.getParticipationLevel(ParticipantId.of("PEER-01"), ParticipationRole.PEER_SUPPORTER).getRung());
        System.out.println("Experience expert: training " + expert.hasCompletedTraining() + ", " + expert.getCompensation()
                + ", rights " + expert.getDecisionRights() + ", rung "
                + activity.getParticipationLevel(ParticipantId.of("EXP-01"), ParticipationRole.EXPERIENCE_EXPERT).getRung());
        PolkuValidator validator = PolkuValidator.shared();
        System.out.println("Activity violations: " + validator.validate(activity).getViolations().size());

        // 3. An experience expert without the training the role requires is an error.
        lessons.step(3);
        RoleAssignment untrained = RoleAssignment.builder().role(ParticipationRole.EXPERIENCE_EXPERT)
                .training(Training.builder().completed(false).build()).compensation(Compensation.FEE)
                .addDecisionRights(DecisionRight.AGENDA, DecisionRight.IMPLEMENTATION, DecisionRight.EVALUATION).build();
        for (Violation v : validator.validate(process(peer, untrained)).getViolations()) {
            System.out.println("  " + v.getSeverity() + " " + v.getPath() + " " + v.getCode() + ": "
                    + v.getMessage(lessons.locale()));
        }

        // 4. The cohort: a quarter referred to treatment, counted as successes, then without them.
        lessons.step(4);
        // Twelve fictional participants: 2 mental-health and 1 substance-abuse referrals (a quarter), 3 with no destination.
        Destination[] destinations = {Destination.MENTAL_HEALTH_SERVICES, Destination.REHABILITATIVE_WORK_ACTIVITY,
            Destination.NONE, Destination.REHABILITATIVE_WORK_ACTIVITY, Destination.SUBSTANCE_ABUSE_SERVICES,
            Destination.REHABILITATIVE_WORK_ACTIVITY, Destination.EDUCATION, Destination.NONE, Destination.MENTAL_HEALTH_SERVICES,
            Destination.REHABILITATIVE_WORK_ACTIVITY, Destination.PEER_OR_VOLUNTEER_ACTIVITY, Destination.NONE};
        List<RehabilitationPath> paths = new ArrayList<>();
        for (int i = 0; i < destinations.length; i++) {
            LocalDate contact = START.plusWeeks(i);
            paths.add(RehabilitationPath.builder().id(PathId.of("P-VALSKU-W" + (i + 1))).clientId(ClientId.of("C-VALSKU-W" + (i + 1)))
                    .organiser(TAMPERE).firstContact(FirstContact.of(contact, ContactChannel.NGO)).build()
                    .close(Closure.of(contact.plusMonths(6), destinations[i] == Destination.NONE ? ClosureReason.CLIENT_WITHDREW
                            : ClosureReason.MOVED_ON, destinations[i])));
        }
        CohortSummary summary = CohortSummary.of(paths);
        OutcomeClassification strict = OutcomeClassification.standard().withDestination(Destination.MENTAL_HEALTH_SERVICES, false)
                .withDestination(Destination.SUBSTANCE_ABUSE_SERVICES, false);
        System.out.println("Referred to treatment:                      " + percent(Share.of(
                summary.getClosuresByDestination().get(Destination.MENTAL_HEALTH_SERVICES).getCount()
                + summary.getClosuresByDestination().get(Destination.SUBSTANCE_ABUSE_SERVICES).getCount(), paths.size())));
        System.out.println("Positive outcomes (referrals count):        " + percent(summary.getPositiveOutcomes()));
        System.out.println("Positive outcomes (referrals do not count): "
                + percent(CohortSummary.of(paths, List.of(), strict).getPositiveOutcomes()));
        lessons.notices();
    }

    private static CoDevelopmentProcess process(RoleAssignment peer, RoleAssignment expert) {
        SessionId session = SessionId.of("PLANNING-1");
        return CoDevelopmentProcess.builder().id(ProcessId.of("VALSKU-TRE-WORK")).title("Low-threshold work activity")
                .organiser(TAMPERE)
                .addParticipant(Participant.builder().id(ParticipantId.of("PRO-01")).kind(ParticipantKind.PROFESSIONAL)
                        .addRole(RoleAssignment.builder().role(ParticipationRole.PROFESSIONAL).build()).build())
                .addParticipant(Participant.builder().id(ParticipantId.of("PEER-01")).kind(ParticipantKind.CLIENT).addRole(peer).build())
                .addParticipant(Participant.builder().id(ParticipantId.of("EXP-01")).kind(ParticipantKind.CLIENT).addRole(expert).build())
                .addSession(Session.builder().id(session).date(START).format(SessionFormat.IN_PERSON)
                        .addAttendees(ParticipantId.of("PRO-01"), ParticipantId.of("PEER-01"), ParticipantId.of("EXP-01")).build())
                .addIdea(idea("I1", "Participants choose the week's tasks themselves", "PEER-01", session))
                .addIdea(idea("I2", "A route to mental-health services without a queue", "EXP-01", session)).build();
    }

    private static Idea idea(String id, String title, String proposer, SessionId session) {
        return Idea.builder().id(IdeaId.of(id)).title(title).raisedIn(session).addProposer(ParticipantId.of(proposer))
                .addStatusChange(StatusChange.of(IdeaStatus.ACCEPTED, START)).build();
    }

    private static String percent(Share share) {
        return String.format(Locale.ROOT, "%s (%.1f %%)", share, 100 * share.getRatio().orElse(0));
    }
}
