package io.github.polku.quality;

import static io.github.polku.quality.PathFixtures.attended;
import static io.github.polku.quality.PathFixtures.path;
import static io.github.polku.quality.PathFixtures.service;
import static io.github.polku.quality.PathFixtures.workAbility;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.entry;

import io.github.polku.client.Client;
import io.github.polku.client.NamedWorker;
import io.github.polku.client.OmissionReason;
import io.github.polku.client.Profession;
import io.github.polku.client.WorkerId;
import io.github.polku.measurement.Respondent;
import io.github.polku.path.ClientPlan;
import io.github.polku.path.Closure;
import io.github.polku.path.ClosureReason;
import io.github.polku.path.ContactChannel;
import io.github.polku.path.DeadlineGroup;
import io.github.polku.path.Destination;
import io.github.polku.path.FirstContact;
import io.github.polku.path.Goal;
import io.github.polku.path.GoalStatus;
import io.github.polku.path.PlanParticipant;
import io.github.polku.path.RehabilitationPath;
import io.github.polku.path.ServiceNeedAssessment;
import io.github.polku.path.Stage;
import io.github.polku.path.StageChange;
import io.github.polku.service.DeliveryMode;
import io.github.polku.service.ServiceForm;
import io.github.polku.testing.Samples;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * The built-in path evaluators through the built-in framework: for each, the met and the not-met
 * side, with outcome, explanation code and evidence pointer.
 */
class PathEvaluatorsTest {

    private static final LocalDate ON = LocalDate.of(2026, 6, 30);
    /** Wednesday before Easter 2025; Good Friday 18.4. and Easter Monday 21.4. are holidays. */
    private static final LocalDate PENDING = LocalDate.of(2025, 4, 16);
    /** Seven working days after PENDING, counted by hand: 17, 22, 23, 24, 25, 28, 29 April. */
    private static final LocalDate SEVENTH_WORKING_DAY = LocalDate.of(2025, 4, 29);

    private static CriterionResult judge(RehabilitationPath path, String criterion, LocalDate on) {
        return QualityEvaluator.of(QualityFramework.builtIn()).evaluate(path, on).findResult(criterion).orElseThrow();
    }

    private static CriterionResult judge(RehabilitationPath path, String criterion) {
        return judge(path, criterion, ON);
    }

    private static RehabilitationPath.Builder base() {
        return path("P-1", PENDING, ContactChannel.SELF);
    }

    private static void expect(CriterionResult r, CriterionOutcome outcome, String explanation, String pointer) {
        assertThat(r.getOutcome()).as("outcome").isEqualTo(outcome);
        assertThat(r.getExplanationCode()).as("explanation").isEqualTo(explanation);
        assertThat(r.getEvidence()).as("evidence").extracting(Evidence::getPointer).contains(pointer);
        assertThat(r.getEvidence()).extracting(Evidence::getSubject).isNotEmpty();
    }

    @Nested
    class NeedAssessment {
        private static final String C = "NEED_ASSESSMENT";

        @Test
        void metWhenCompleted() {
            CriterionResult r = judge(base().assessment(PathFixtures.assessment(PENDING, LocalDate.of(2025, 5, 5))).build(), C);
            expect(r, CriterionOutcome.MET, NeedAssessmentEvaluator.COMPLETED, "/assessment/completedOn");
            assertThat(r.getExplanationArguments()).containsExactly(entry("completedOn", "2025-05-05"));
            assertThat(r.getEvidence().get(0).getSubject()).isEqualTo(Subject.path("P-1"));
        }

        @Test
        void partlyMetWhenStartedOnly() {
            expect(judge(base().assessment(PathFixtures.assessment(PENDING, null)).build(), C),
                    CriterionOutcome.PARTLY_MET, NeedAssessmentEvaluator.NOT_COMPLETED, "/assessment/startedOn");
        }

        @Test
        void notStartedIsNotYetDueInAssessmentButNotMetLater() {
            ServiceNeedAssessment pending = ServiceNeedAssessment.builder().pendingOn(PENDING).build();
            expect(judge(base().assessment(pending).addStageChange(StageChange.of(PENDING, Stage.ASSESSMENT)).build(), C),
                    CriterionOutcome.NOT_APPLICABLE, NeedAssessmentEvaluator.NOT_YET_DUE, "/assessment/pendingOn");
            expect(judge(PathFixtures.throughRehabilitation(base().assessment(pending), PENDING, PENDING, PENDING).build(), C),
                    CriterionOutcome.NOT_MET, NeedAssessmentEvaluator.NOT_STARTED, "/assessment/pendingOn");
        }

        @ParameterizedTest
        @CsvSource(textBlock = """
                OBVIOUSLY_UNNECESSARY, NOT_APPLICABLE, polku.quality.needAssessment.omitted
                EQUIVALENT_ARRANGEMENT, NOT_APPLICABLE, polku.quality.needAssessment.omitted
                CLIENT_REFUSED,        NOT_APPLICABLE, polku.quality.needAssessment.omitted
                CLIENT_UNREACHABLE,    NOT_MET,        polku.quality.needAssessment.omittedOtherwise
                OTHER,                 NOT_MET,        polku.quality.needAssessment.omittedOtherwise
                """)
        void judgesOmissionByItsReason(OmissionReason reason, CriterionOutcome outcome, String explanation) {
            CriterionResult r = judge(base().assessmentOmission(reason).build(), C);
            expect(r, outcome, explanation, "/assessmentOmission");
            assertThat(r.getEvidence().get(0).getValues()).containsEntry("reason", reason.name());
        }

        @Test
        void missingIsNotYetDueAtContactButNotMetOnceClosed() {
            expect(judge(base().build(), C), CriterionOutcome.NOT_APPLICABLE, NeedAssessmentEvaluator.NOT_YET_DUE, "/assessment");
            expect(judge(base().closure(Closure.of(PENDING.plusDays(30), ClosureReason.NO_CONTACT, Destination.NONE)).build(), C),
                    CriterionOutcome.NOT_MET, NeedAssessmentEvaluator.MISSING, "/assessment");
        }
    }

    @Nested
    class NeedAssessmentOnTime {
        private static final String C = "NEED_ASSESSMENT_ON_TIME";

        private RehabilitationPath path(DeadlineGroup group, LocalDate started, LocalDate completed, boolean urgent) {
            return path(PENDING, group, started, completed, urgent);
        }

        private RehabilitationPath path(LocalDate pending, DeadlineGroup group, LocalDate started, LocalDate completed,
                boolean urgent) {
            ServiceNeedAssessment.Builder a = ServiceNeedAssessment.builder().pendingOn(pending).deadlineGroup(group);
            if (started != null) {
                a.startedOn(started);
            }
            if (completed != null) {
                a.completedOn(completed);
            }
            return RehabilitationPath.builder().id(io.github.polku.path.PathId.of("P-1"))
                    .clientId(io.github.polku.client.ClientId.of("C-1")).organiser(PathFixtures.county())
                    .firstContact(FirstContact.builder().date(pending).channel(ContactChannel.SELF).urgent(urgent).build())
                    .assessment(a.build()).build();
        }

        @Test
        void movesACompletionDeadlineOnChristmasEveToTheNextWorkingDay() {
            // pending Wed 24.9.2025 + 3 months = Wed 24.12.2025, Christmas Eve; 25.-26.12. are
            // holidays and 27.-28.12. a weekend, so the deadline is Mon 29.12.2025 (Act 150/1930, 5 §).
            LocalDate pending = LocalDate.of(2025, 9, 24);
            CriterionResult onTime = judge(path(pending, DeadlineGroup.CHILD_NEEDING_SPECIAL_SUPPORT, pending,
                    LocalDate.of(2025, 12, 29), false), C);
            expect(onTime, CriterionOutcome.MET, AssessmentDeadlineEvaluator.MET, "/assessment/completedOn");
            assertThat(onTime.getEvidence().get(1).getValues()).containsEntry("deadline", "2025-12-29");
            expect(judge(path(pending, DeadlineGroup.CHILD_NEEDING_SPECIAL_SUPPORT, pending, LocalDate.of(2025, 12, 30), false), C),
                    CriterionOutcome.PARTLY_MET, AssessmentDeadlineEvaluator.PARTLY_MET, "/assessment/completedOn");
        }

        @ParameterizedTest(name = "{0} started {1} -> {2}")
        @CsvSource(textBlock = """
                OVER_75,                2025-04-22, MET
                OVER_75,                2025-04-29, MET
                OVER_75,                2025-04-30, NOT_MET
                HIGHEST_CARE_ALLOWANCE, 2025-04-29, MET
                HIGHEST_CARE_ALLOWANCE, 2025-05-02, NOT_MET
                """)
        void judgesTheSevenWorkingDayStart(DeadlineGroup group, LocalDate started, CriterionOutcome outcome) {
            CriterionResult r = judge(path(group, started, started, false), C);
            assertThat(r.getOutcome()).isEqualTo(outcome);
            assertThat(r.getEvidence()).singleElement().satisfies(e -> {
                assertThat(e.getPointer()).isEqualTo("/assessment/startedOn");
                assertThat(e.getValues()).contains(entry("deadline", SEVENTH_WORKING_DAY.toString()), entry("workingDays", "7"),
                        entry("deadlineGroup", group.name()));
            });
        }

        @Test
        void judgesTheChildsStartAndCompletion() {
            // completion deadline: 16.4.2025 + 3 months = 16.7.2025
            CriterionResult both = judge(path(DeadlineGroup.CHILD_NEEDING_SPECIAL_SUPPORT, SEVENTH_WORKING_DAY,
                    LocalDate.of(2025, 7, 16), false), C);
            expect(both, CriterionOutcome.MET, AssessmentDeadlineEvaluator.MET, "/assessment/completedOn");
            assertThat(both.getExplanationArguments()).containsEntry("deadlines", "2");
            assertThat(both.getEvidence().get(1).getValues()).containsEntry("deadline", "2025-07-16").containsEntry("months", "3");
            CriterionResult lateCompletion = judge(path(DeadlineGroup.CHILD_NEEDING_SPECIAL_SUPPORT, SEVENTH_WORKING_DAY,
                    LocalDate.of(2025, 7, 17), false), C);
            expect(lateCompletion, CriterionOutcome.PARTLY_MET, AssessmentDeadlineEvaluator.PARTLY_MET, "/assessment/completedOn");
            assertThat(lateCompletion.getExplanationArguments()).containsExactly(entry("met", "1"), entry("late", "1"));
            expect(judge(path(DeadlineGroup.CHILD_NEEDING_SPECIAL_SUPPORT, LocalDate.of(2025, 4, 30),
                    LocalDate.of(2025, 7, 17), false), C), CriterionOutcome.NOT_MET, AssessmentDeadlineEvaluator.NOT_MET,
                    "/assessment/startedOn");
        }

        @Test
        void judgesAnUrgentNeedOnTheDayItBecamePending() {
            expect(judge(path(DeadlineGroup.NONE, PENDING, null, true), C), CriterionOutcome.MET,
                    AssessmentDeadlineEvaluator.MET, "/assessment/startedOn");
            CriterionResult late = judge(path(DeadlineGroup.NONE, PENDING.plusDays(1), null, true), C);
            expect(late, CriterionOutcome.NOT_MET, AssessmentDeadlineEvaluator.NOT_MET, "/assessment/startedOn");
            assertThat(late.getEvidence().get(0).getValues()).containsEntry("deadline", PENDING.toString())
                    .containsEntry("workingDays", "0").containsEntry("urgent", "true");
        }

        @Test
        void waitsForADeadlineThatHasNotPassed() {
            expect(judge(path(DeadlineGroup.OVER_75, null, null, false), C, SEVENTH_WORKING_DAY), CriterionOutcome.NOT_APPLICABLE,
                    AssessmentDeadlineEvaluator.PENDING, "/assessment/startedOn");
            expect(judge(path(DeadlineGroup.OVER_75, null, null, false), C, SEVENTH_WORKING_DAY.plusDays(1)),
                    CriterionOutcome.NOT_MET, AssessmentDeadlineEvaluator.NOT_MET, "/assessment/startedOn");
        }

        @Test
        void doesNotApplyWithoutDeadlineOrAssessment() {
            expect(judge(path(DeadlineGroup.NONE, PENDING.plusDays(60), null, false), C), CriterionOutcome.NOT_APPLICABLE,
                    AssessmentDeadlineEvaluator.NO_DEADLINE, "/assessment/deadlineGroup");
            expect(judge(base().build(), C), CriterionOutcome.NOT_APPLICABLE, AssessmentDeadlineEvaluator.NO_ASSESSMENT,
                    "/assessment");
        }

        @Test
        void needsACalendarYear() {
            RehabilitationPath old = path(DeadlineGroup.OVER_75, null, null, false).withAssessment(
                    ServiceNeedAssessment.builder().pendingOn(LocalDate.of(1899, 12, 1)).deadlineGroup(DeadlineGroup.OVER_75).build());
            expect(judge(old, C), CriterionOutcome.INSUFFICIENT_DATA, AssessmentDeadlineEvaluator.OUTSIDE_CALENDAR,
                    "/assessment/pendingOn");
        }
    }

    @Nested
    class ClientPlanWithClient {
        private static final String C = "CLIENT_PLAN_WITH_CLIENT";

        private RehabilitationPath withPlan(boolean view, PlanParticipant... participants) {
            ClientPlan.Builder plan = ClientPlan.builder().createdOn(LocalDate.of(2025, 5, 6)).addParticipants(participants);
            if (view) {
                plan.clientView(PathFixtures.SECRET_VIEW);
            }
            return base().plan(plan.build()).build();
        }

        @ParameterizedTest(name = "view {0}, {1} -> {2}")
        @CsvSource(textBlock = """
                true,  CLIENT,               MET,        polku.quality.clientPlan.withClient
                true,  LEGAL_REPRESENTATIVE, MET,        polku.quality.clientPlan.withClient
                true,  CLOSE_PERSON,         MET,        polku.quality.clientPlan.withClient
                false, CLIENT,               PARTLY_MET, polku.quality.clientPlan.viewMissing
                true,  NAMED_WORKER,         PARTLY_MET, polku.quality.clientPlan.clientAbsent
                false, OTHER_PROFESSIONAL,   NOT_MET,    polku.quality.clientPlan.neither
                """)
        void judgesParticipationAndTheClientsView(boolean view, PlanParticipant participant, CriterionOutcome outcome,
                String explanation) {
            CriterionResult r = judge(withPlan(view, participant, PlanParticipant.NAMED_WORKER), C);
            expect(r, outcome, explanation, "/plan/participants");
            assertThat(r.getEvidence()).extracting(Evidence::getPointer).containsExactly("/plan/participants", "/plan/clientView");
            assertThat(r.getEvidence().get(1).getValues()).containsExactly(entry("recorded", String.valueOf(view)));
            assertThat(r.toString() + r.getEvidence() + r.getExplanationArguments()).doesNotContain("FICTIONAL");
        }

        @Test
        void judgesOmissionByItsReason() {
            expect(judge(base().planOmission(OmissionReason.CLIENT_REFUSED).build(), C), CriterionOutcome.NOT_APPLICABLE,
                    ClientPlanEvaluator.OMITTED, "/planOmission");
            expect(judge(base().planOmission(OmissionReason.OTHER).build(), C), CriterionOutcome.NOT_MET,
                    ClientPlanEvaluator.OMITTED_OTHERWISE, "/planOmission");
        }

        @Test
        void missingIsNotYetDueBeforeRehabilitationButNotMetAfter() {
            expect(judge(base().addStageChange(StageChange.of(PENDING, Stage.PLANNING)).build(), C),
                    CriterionOutcome.NOT_APPLICABLE, ClientPlanEvaluator.NOT_YET_DUE, "/plan");
            expect(judge(PathFixtures.throughRehabilitation(base(), PENDING, PENDING, PENDING).build(), C),
                    CriterionOutcome.NOT_MET, ClientPlanEvaluator.MISSING, "/plan");
        }
    }

    @Nested
    class NamedWorkerOfTheClient {
        private static final String C = "NAMED_WORKER";
        private final RehabilitationPath path = Samples.path();

        private CriterionResult judge(Client client) {
            return QualityEvaluator.of(QualityFramework.builtIn()).withClients(List.of(client)).evaluate(path, ON)
                    .findResult(C).orElseThrow();
        }

        private NamedWorker worker(Profession profession) {
            return NamedWorker.builder().workerId(WorkerId.of("W-1")).profession(profession).build();
        }

        @Test
        void needsTheClientRecord() {
            expect(PathEvaluatorsTest.judge(path, C), CriterionOutcome.INSUFFICIENT_DATA, NamedWorkerEvaluator.NO_CLIENT_RECORD,
                    "/clientId");
        }

        @Test
        void metWithANamedWorkerAndPointsIntoTheClientRecord() {
            CriterionResult r = judge(Samples.client());
            expect(r, CriterionOutcome.MET, NamedWorkerEvaluator.NAMED, "/namedWorker/profession");
            assertThat(r.getEvidence().get(0).getSubject()).isEqualTo(Subject.client("C-TEST-0001"));
            assertThat(r.getExplanationArguments()).containsExactly(entry("profession", "SOCIAL_WORKER"));
        }

        @ParameterizedTest(name = "{0}, special support {1} -> {2}")
        @CsvSource(textBlock = """
                SOCIAL_WORKER,           true,  MET
                TEMPORARY_SOCIAL_WORKER, true,  MET
                SOCIAL_COUNSELLOR,       true,  PARTLY_MET
                OTHER,                   true,  PARTLY_MET
                SOCIAL_COUNSELLOR,       false, MET
                """)
        void recommendsASocialWorkerForSpecialSupport(Profession profession, boolean specialSupport, CriterionOutcome outcome) {
            Client client = Samples.clientWithoutWorker().specialSupport(specialSupport).namedWorker(worker(profession)).build();
            assertThat(judge(client).getOutcome()).isEqualTo(outcome);
        }

        @Test
        void judgesAMissingWorker() {
            expect(judge(Samples.clientWithoutWorker().namedWorkerOmission(OmissionReason.OBVIOUSLY_UNNECESSARY).build()),
                    CriterionOutcome.NOT_APPLICABLE, NamedWorkerEvaluator.OMITTED, "/namedWorkerOmission");
            expect(judge(Samples.clientWithoutWorker().namedWorkerOmission(OmissionReason.CLIENT_REFUSED).build()),
                    CriterionOutcome.NOT_MET, NamedWorkerEvaluator.MISSING, "/namedWorkerOmission");
            expect(judge(Samples.clientWithoutWorker().build()), CriterionOutcome.NOT_MET, NamedWorkerEvaluator.MISSING,
                    "/namedWorker");
        }
    }

    @Nested
    class GoalsFollowedUp {
        private static final String C = "GOALS_FOLLOWED_UP";
        private final LocalDate set = LocalDate.of(2025, 5, 6);

        private Goal goal(String id, GoalStatus... statuses) {
            Goal g = Samples.goalBuilder(id).build();
            LocalDate d = set;
            for (GoalStatus s : statuses) {
                d = d.plusDays(30);
                g = g.withStatus(s, d);
            }
            return g;
        }

        private RehabilitationPath withGoals(List<LocalDate> evaluations, Goal... goals) {
            ClientPlan.Builder plan = ClientPlan.builder().createdOn(set).addGoals(goals).addAllEvaluationDates(evaluations);
            return base().plan(plan.build()).build();
        }

        @Test
        void metWhenEveryGoalIsJudgedOrEvaluated() {
            CriterionResult r = judge(withGoals(List.of(), goal("G1", GoalStatus.ACTIVE, GoalStatus.ACHIEVED),
                    goal("G2", GoalStatus.ACTIVE, GoalStatus.NOT_ACHIEVED)), C);
            expect(r, CriterionOutcome.MET, GoalsFollowedUpEvaluator.ALL, "/plan/goals/1");
            assertThat(judge(withGoals(List.of(set), goal("G1", GoalStatus.ACTIVE)), C).getOutcome()).isEqualTo(CriterionOutcome.MET);
        }

        @Test
        void partlyMetWhenSomeGoalsAreFollowedUp() {
            CriterionResult r = judge(withGoals(List.of(), goal("G1", GoalStatus.ACTIVE, GoalStatus.PARTLY_ACHIEVED),
                    goal("G2", GoalStatus.ACTIVE)), C);
            expect(r, CriterionOutcome.PARTLY_MET, GoalsFollowedUpEvaluator.SOME, "/plan/goals/0");
            assertThat(r.getExplanationArguments()).containsExactly(entry("goals", "2"), entry("followed", "1"));
            assertThat(r.getEvidence()).extracting(e -> e.getValues().get("statusJudged")).containsExactly("true", "false");
        }

        @Test
        void anEvaluationBeforeTheGoalWasSetDoesNotCount() {
            CriterionResult r = judge(withGoals(List.of(set.minusDays(1)), goal("G1", GoalStatus.ACTIVE)), C);
            expect(r, CriterionOutcome.NOT_MET, GoalsFollowedUpEvaluator.NONE, "/plan/goals/0");
        }

        @Test
        void waitsUntilFollowUpIsDue() {
            // due 6 months after the plan of 6.5.2025: 6.11.2025
            RehabilitationPath p = withGoals(List.of(), goal("G1", GoalStatus.ACTIVE));
            CriterionResult early = judge(p, C, LocalDate.of(2025, 11, 6));
            expect(early, CriterionOutcome.NOT_APPLICABLE, GoalsFollowedUpEvaluator.NOT_YET_DUE, "/plan/goals/0");
            assertThat(early.getExplanationArguments()).containsEntry("dueOn", "2025-11-06");
            expect(judge(p, C, LocalDate.of(2025, 11, 7)), CriterionOutcome.NOT_MET, GoalsFollowedUpEvaluator.NONE, "/plan/goals/0");
            // a closed path is judged at once: the active goal (status change 5.6.2025) was never followed up
            expect(judge(p.close(Closure.of(LocalDate.of(2025, 6, 10), ClosureReason.OTHER, Destination.NONE)), C,
                    LocalDate.of(2025, 6, 11)), CriterionOutcome.NOT_MET, GoalsFollowedUpEvaluator.NONE, "/plan/goals/0");
        }

        @Test
        void needsAPlanWithGoals() {
            expect(judge(base().build(), C), CriterionOutcome.NOT_APPLICABLE, GoalsFollowedUpEvaluator.NO_PLAN, "/plan");
            expect(judge(withGoals(List.of()), C), CriterionOutcome.NOT_MET, GoalsFollowedUpEvaluator.NO_GOALS, "/plan/goals");
        }
    }

    @Nested
    class LongTermSupport {
        private static final String C = "LONG_TERM_SUPPORT";
        private final LocalDate start = LocalDate.of(2025, 1, 20);

        private RehabilitationPath supported(LocalDate end, Closure closure) {
            RehabilitationPath.Builder b = path("P-1", start, ContactChannel.SELF)
                    .addService(service("S1", ServiceForm.GROUP, DeliveryMode.ON_SITE, start, end));
            if (closure != null) {
                b.closure(closure);
            }
            return b.build();
        }

        @Test
        void sixMonthsIncludeBothEnds() {
            // 20.1.2025 + 6 months - 1 day = 19.7.2025
            Closure closure = Closure.of(LocalDate.of(2025, 7, 20), ClosureReason.MOVED_ON, Destination.EDUCATION);
            CriterionResult r = judge(supported(LocalDate.of(2025, 7, 19), closure), C);
            expect(r, CriterionOutcome.MET, LongTermSupportEvaluator.LASTED, "/services/0/period");
            assertThat(r.getExplanationArguments()).containsExactly(entry("start", "2025-01-20"), entry("end", "2025-07-19"),
                    entry("months", "6"));
            expect(judge(supported(LocalDate.of(2025, 7, 18), closure), C), CriterionOutcome.NOT_MET,
                    LongTermSupportEvaluator.SHORT, "/services/0/period");
        }

        @Test
        void shortSupportAfterMovingAwayIsNotApplicable() {
            expect(judge(supported(LocalDate.of(2025, 3, 1),
                    Closure.of(LocalDate.of(2025, 3, 2), ClosureReason.MOVED_AWAY, Destination.NONE)), C),
                    CriterionOutcome.NOT_APPLICABLE, LongTermSupportEvaluator.MOVED_AWAY, "/services/0/period");
        }

        @Test
        void anOpenServiceRunsToTheEvaluationDate() {
            RehabilitationPath open = supported(null, null);
            expect(judge(open, C, LocalDate.of(2025, 7, 18)), CriterionOutcome.NOT_APPLICABLE, LongTermSupportEvaluator.ONGOING,
                    "/services/0/period");
            expect(judge(open, C, LocalDate.of(2025, 7, 19)), CriterionOutcome.MET, LongTermSupportEvaluator.LASTED,
                    "/services/0/period");
        }

        @Test
        void spansEveryService() {
            RehabilitationPath two = path("P-1", start, ContactChannel.SELF)
                    .addService(service("S1", ServiceForm.GROUP, DeliveryMode.ON_SITE, LocalDate.of(2025, 4, 1), LocalDate.of(2025, 7, 19)))
                    .addService(service("S2", ServiceForm.INDIVIDUAL, DeliveryMode.ON_SITE, start, LocalDate.of(2025, 2, 1)))
                    .closure(Closure.of(LocalDate.of(2025, 7, 20), ClosureReason.MOVED_ON, Destination.EDUCATION)).build();
            assertThat(judge(two, C).getOutcome()).isEqualTo(CriterionOutcome.MET);
        }

        @Test
        void needsServices() {
            expect(judge(base().build(), C), CriterionOutcome.INSUFFICIENT_DATA, LongTermSupportEvaluator.NO_SERVICES, "/services");
        }
    }

    @Nested
    class MethodMix {
        private static final String C = "METHOD_MIX";
        private final LocalDate d = LocalDate.of(2025, 5, 1);

        @ParameterizedTest(name = "{0} + {1} ({2}, {3}) -> {4}")
        @CsvSource(textBlock = """
                GROUP, INDIVIDUAL, ON_SITE,         SELF,                        PARTLY_MET, polku.quality.methodMix.formsOnly
                GROUP, GROUP,      ON_SITE,         OUTREACH,                    PARTLY_MET, polku.quality.methodMix.accessibleOnly
                GROUP, GROUP,      ON_SITE,         LOW_THRESHOLD_MEETING_PLACE, PARTLY_MET, polku.quality.methodMix.accessibleOnly
                GROUP, GROUP,      ON_SITE,         SELF,                        NOT_MET,    polku.quality.methodMix.neither
                GROUP, COMMUNITY,  VIDEO,           SELF,                        MET,        polku.quality.methodMix.met
                GROUP, INDIVIDUAL, HOME_VISIT,      SOCIAL_WORK,                 MET,        polku.quality.methodMix.met
                GROUP, INDIVIDUAL, HYBRID,          SELF,                        MET,        polku.quality.methodMix.met
                GROUP, INDIVIDUAL, OUTREACH,        SELF,                        MET,        polku.quality.methodMix.met
                """)
        void needsMixedFormsAndAnAccessibleForm(ServiceForm first, ServiceForm second, DeliveryMode secondMode,
                ContactChannel channel, CriterionOutcome outcome, String explanation) {
            RehabilitationPath p = path("P-1", d, channel)
                    .addService(service("S1", first, DeliveryMode.ON_SITE, d, null))
                    .addService(service("S2", second, secondMode, d, null)).build();
            CriterionResult r = judge(p, C);
            expect(r, outcome, explanation, "/services/1");
            assertThat(r.getEvidence()).extracting(Evidence::getPointer).containsExactly("/firstContact/channel", "/services/0",
                    "/services/1");
        }

        @Test
        void countsARemoteSessionAsAccessible() {
            RehabilitationPath p = path("P-1", d, ContactChannel.SELF)
                    .addService(service("S1", ServiceForm.GROUP, DeliveryMode.ON_SITE, d, null,
                            attended(d.plusDays(7), DeliveryMode.CHAT_OR_MESSAGE)))
                    .addService(service("S2", ServiceForm.INDIVIDUAL, DeliveryMode.ON_SITE, d, null)).build();
            CriterionResult r = judge(p, C);
            expect(r, CriterionOutcome.MET, MethodMixEvaluator.MET, "/services/0");
            assertThat(r.getEvidence().get(1).getValues()).containsEntry("accessible", "true");
        }

        @Test
        void needsServices() {
            expect(judge(base().build(), C), CriterionOutcome.INSUFFICIENT_DATA, MethodMixEvaluator.NO_SERVICES, "/services");
        }
    }

    @Nested
    class CooperationAtClosure {
        private static final String C = "COOPERATION_AT_CLOSURE";

        @ParameterizedTest(name = "{0} -> {1}: {2}")
        @CsvSource(textBlock = """
                MOVED_ON,        EMPLOYMENT,                   MET,            polku.quality.cooperationAtClosure.referred
                CLIENT_WITHDREW, MENTAL_HEALTH_SERVICES,       MET,            polku.quality.cooperationAtClosure.referred
                GOALS_MET,       PEER_OR_VOLUNTEER_ACTIVITY,   MET,            polku.quality.cooperationAtClosure.referred
                GOALS_MET,       NONE,                         NOT_APPLICABLE, polku.quality.cooperationAtClosure.notNeeded
                MOVED_AWAY,      NONE,                         NOT_APPLICABLE, polku.quality.cooperationAtClosure.notNeeded
                CLIENT_WITHDREW, NONE,                         NOT_MET,        polku.quality.cooperationAtClosure.noDestination
                NO_CONTACT,      NONE,                         NOT_MET,        polku.quality.cooperationAtClosure.noDestination
                OTHER,           NONE,                         NOT_MET,        polku.quality.cooperationAtClosure.noDestination
                """)
        void judgesTheDestination(ClosureReason reason, Destination destination, CriterionOutcome outcome, String explanation) {
            CriterionResult r = judge(base().closure(Closure.of(PENDING.plusDays(90), reason, destination)).build(), C);
            expect(r, outcome, explanation, "/closure");
            assertThat(r.getEvidence().get(0).getValues()).containsExactly(entry("date", "2025-07-15"),
                    entry("reason", reason.name()), entry("destination", destination.name()));
        }

        @Test
        void waitsForTheClosure() {
            expect(judge(base().build(), C), CriterionOutcome.NOT_APPLICABLE, CooperationAtClosureEvaluator.OPEN, "/closure");
        }
    }

    @Nested
    class OutcomesMeasured {
        private static final String C = "OUTCOMES_MEASURED";
        private final LocalDate d = LocalDate.of(2025, 5, 1);
        private final Closure closure = Closure.of(LocalDate.of(2025, 12, 1), ClosureReason.MOVED_ON, Destination.EDUCATION);

        private RehabilitationPath.Builder rehabilitated() {
            return PathFixtures.throughRehabilitation(path("P-1", d, ContactChannel.SELF), d, d, d);
        }

        @Test
        void metWithTwoDatesOfOneInstrumentAndRespondent() {
            CriterionResult r = judge(rehabilitated().addMeasurement(workAbility(d, Respondent.CLIENT, 4))
                    .addMeasurement(workAbility(d.plusMonths(6), Respondent.CLIENT, 6)).closure(closure).build(), C);
            expect(r, CriterionOutcome.MET, OutcomesMeasuredEvaluator.MEASURED, "/measurements/1");
            assertThat(r.getExplanationArguments()).containsExactly(entry("instrument", "polku.perceivedWorkAbility"),
                    entry("timepoints", "2"));
        }

        @Test
        void oneDateOrOneDatePerRespondentIsTooFew() {
            CriterionResult sameDay = judge(rehabilitated().addMeasurement(workAbility(d, Respondent.CLIENT, 4))
                    .addMeasurement(workAbility(d, Respondent.CLIENT, 5)).closure(closure).build(), C);
            expect(sameDay, CriterionOutcome.PARTLY_MET, OutcomesMeasuredEvaluator.TOO_FEW, "/measurements/1");
            CriterionResult twoRespondents = judge(rehabilitated().addMeasurement(workAbility(d, Respondent.CLIENT, 4))
                    .addMeasurement(workAbility(d.plusMonths(6), Respondent.WORKER, 5)).closure(closure).build(), C);
            expect(twoRespondents, CriterionOutcome.PARTLY_MET, OutcomesMeasuredEvaluator.TOO_FEW, "/measurements/0");
            assertThat(twoRespondents.getEvidence()).hasSize(2);
        }

        @Test
        void notMetWithoutAnyMeasurement() {
            expect(judge(rehabilitated().closure(closure).build(), C), CriterionOutcome.NOT_MET, OutcomesMeasuredEvaluator.NONE,
                    "/measurements");
            expect(judge(rehabilitated().build(), C), CriterionOutcome.NOT_MET, OutcomesMeasuredEvaluator.NONE, "/measurements");
        }

        @Test
        void waitsOnAnOpenPathAndSkipsPathsNeverRehabilitated() {
            CriterionResult open = judge(rehabilitated().addMeasurement(workAbility(d, Respondent.CLIENT, 4)).build(), C);
            expect(open, CriterionOutcome.NOT_APPLICABLE, OutcomesMeasuredEvaluator.ONGOING, "/measurements/0");
            assertThat(judge(base().build(), C).getExplanationCode()).isEqualTo(OutcomesMeasuredEvaluator.ONGOING);
            assertThat(judge(base().closure(closure).build(), C).getExplanationCode())
                    .isEqualTo(OutcomesMeasuredEvaluator.NOT_REHABILITATED);
        }
    }

    @Test
    void voluntaryParticipationIsAssessedByAPerson() {
        CriterionResult r = judge(HandCohort.h1(), "VOLUNTARY_PARTICIPATION");
        assertThat(r.getOutcome()).isEqualTo(CriterionOutcome.INSUFFICIENT_DATA);
        assertThat(r.getExplanationCode()).isEqualTo(QualityEvaluator.ASSESSED_BY_PERSON);
    }

    @Test
    void neverCarriesPersonalDataIntoResults() {
        // the sample path holds free-text views and goal words marked FICTIONAL
        QualityEvaluation e = QualityEvaluator.of(QualityFramework.builtIn()).withClients(List.of(Samples.client()))
                .evaluate(Samples.pathInRehabilitation(), ON);
        assertThat(e.getResults()).hasSize(10);
        StringBuilder all = new StringBuilder(e.toString());
        for (CriterionResult r : e.getResults()) {
            all.append(r).append(r.getExplanationArguments());
            for (java.util.Locale l : new java.util.Locale[] {java.util.Locale.ENGLISH, java.util.Locale.forLanguageTag("fi"),
                    java.util.Locale.forLanguageTag("sv")}) {
                all.append(r.getExplanation(l));
            }
            for (Evidence ev : r.getEvidence()) {
                all.append(ev).append(ev.getValues());
            }
        }
        assertThat(all.toString()).doesNotContain("FICTIONAL", "I would like", "twice a week");
        assertThat(e.getResults()).allSatisfy(r -> assertThat(r.getEvidence()).allSatisfy(ev -> assertThat(ev.getValues())
                .doesNotContainKeys("clientView", "words")));
    }
}
