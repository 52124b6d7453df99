package io.github.polku.path;

import static io.github.polku.testing.ViolationAssert.violation;
import io.github.polku.testing.CrossCheckedValidator;
import io.github.polku.measurement.IcfChapter;

import io.github.polku.calendar.DateRange;
import io.github.polku.client.ClientId;
import io.github.polku.client.OmissionReason;
import io.github.polku.client.Organiser;
import io.github.polku.client.OrganiserType;
import io.github.polku.testing.Samples;
import io.github.polku.testing.ViolationAssert;
import io.github.polku.validation.PolkuValidator;
import io.github.polku.validation.Severity;
import io.github.polku.validation.Violation;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.List;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class RehabilitationPathRulesTest {

    private static final CrossCheckedValidator VALIDATOR = CrossCheckedValidator.shared();

    private static ViolationAssert assertViolations(Object value) {
        List<Violation> violations = VALIDATOR.validate(value).getViolations();
        return ViolationAssert.assertThat(violations);
    }

    private static LocalDate d(String text) {
        return LocalDate.parse(text);
    }

    @Test
    void acceptsTheSamplePaths() {
        assertViolations(Samples.path()).isEmpty();
        assertViolations(Samples.pathInRehabilitation()).isEmpty();
        assertViolations(Samples.meidanTupaVisitorPath()).isEmpty();
        assertViolations(Samples.hameenlinna2020Path()).isEmpty();
    }

    @Nested
    class Organisers {

        @ParameterizedTest(name = "{0} {1} on {2}: {3}")
        @CsvSource(textBlock = """
                WELLBEING_SERVICES_COUNTY, KESKI_SUOMI, 2023-01-01, ''
                WELLBEING_SERVICES_COUNTY, KESKI_SUOMI, 2022-12-31, polku.organiser.notYetInCharge
                CITY_OF_HELSINKI,          HELSINKI,    2022-12-31, polku.organiser.notYetInCharge
                MUNICIPALITY,              109,         2022-12-31, ''
                MUNICIPALITY,              109,         2023-01-01, polku.organiser.noLongerInCharge
                JOINT_MUNICIPAL_AUTHORITY, FSHKY,       2023-01-01, polku.organiser.noLongerInCharge
                JOINT_MUNICIPAL_AUTHORITY, FSHKY,       2020-06-15, ''
                """)
        void checksTheOrganiserInChargeOnTheDate(OrganiserType type, String code, String contact, String expected) {
            RehabilitationPath path = RehabilitationPath.builder().id(PathId.of("P-1")).clientId(ClientId.of("C-1"))
                    .organiser(Organiser.of(type, code)).firstContact(FirstContact.of(d(contact), ContactChannel.SELF)).build();
            if (expected.isEmpty()) {
                assertViolations(path).isEmpty();
            } else {
                assertViolations(path).containsExactlyViolations(violation(expected).withSeverity(Severity.ERROR).at("/organiser"));
            }
        }

        @Test
        void acceptsACountyForAPathFrom2022ThatContinuesInto2023() {
            RehabilitationPath path = RehabilitationPath.builder().id(PathId.of("P-1")).clientId(ClientId.of("C-1"))
                    .organiser(Samples.county()).firstContact(FirstContact.of(d("2022-11-01"), ContactChannel.SELF))
                    .build().advanceTo(Stage.ASSESSMENT, d("2023-01-10"));
            assertViolations(path).isEmpty();
        }

        // GH-16: the organiser is judged on the closure date when there is one, which may lie after every other date
        @ParameterizedTest(name = "{0} {1}, contact 2022-11-01, closed on {2}: {3}")
        @CsvSource(textBlock = """
                MUNICIPALITY,              109,         2022-12-31, ''
                MUNICIPALITY,              109,         2023-01-05, polku.organiser.noLongerInCharge
                WELLBEING_SERVICES_COUNTY, KESKI_SUOMI, 2023-01-05, ''
                WELLBEING_SERVICES_COUNTY, KESKI_SUOMI, 2022-12-31, polku.organiser.notYetInCharge
                """)
        void judgesTheOrganiserOnTheClosureDate(OrganiserType type, String code, String closedOn, String expected) {
            RehabilitationPath path = RehabilitationPath.builder().id(PathId.of("P-1")).clientId(ClientId.of("C-1"))
                    .organiser(Organiser.of(type, code)).firstContact(FirstContact.of(d("2022-11-01"), ContactChannel.SELF)).build()
                    .close(Closure.of(d(closedOn), ClosureReason.CLIENT_WITHDREW, Destination.NONE));
            if (expected.isEmpty()) {
                assertViolations(path).isEmpty();
            } else {
                assertViolations(path).containsExactlyViolations(violation(expected).withSeverity(Severity.ERROR).at("/organiser"));
            }
        }
    }

    @Nested
    class Omissions {

        @Test
        void reportsAPathInPlanningWithoutAssessment() {
            RehabilitationPath path = Samples.pathBuilder().addStageChange(StageChange.of(d("2025-04-20"), Stage.PLANNING)).build();
            assertViolations(path).containsExactlyViolations(violation("polku.path.assessment.missing").withSeverity(Severity.ERROR).at("/assessment"));
        }

        @Test
        void acceptsAnAssessmentOmittedWithAReason() {
            RehabilitationPath path = Samples.pathBuilder().assessmentOmission(OmissionReason.OBVIOUSLY_UNNECESSARY)
                    .addStageChange(StageChange.of(d("2025-04-20"), Stage.PLANNING)).build();
            assertViolations(path).isEmpty();
        }

        @Test
        void acceptsAPathInAssessmentWithoutAssessmentRecordYet() {
            RehabilitationPath path = Samples.pathBuilder().addStageChange(StageChange.of(d("2025-04-20"), Stage.ASSESSMENT)).build();
            assertViolations(path).isEmpty();
        }

        @Test
        void reportsAPathInRehabilitationWithoutPlan() {
            RehabilitationPath path = Samples.pathBuilder().assessment(Samples.assessmentBuilder().build())
                    .addStageChange(StageChange.of(d("2025-04-22"), Stage.ASSESSMENT))
                    .addStageChange(StageChange.of(d("2025-05-06"), Stage.REHABILITATION)).build();
            assertViolations(path).containsExactlyViolations(violation("polku.path.plan.missing").withSeverity(Severity.ERROR).at("/plan"));
        }

        @Test
        void acceptsAPlanOmittedWithAReason() {
            RehabilitationPath path = Samples.pathBuilder().assessment(Samples.assessmentBuilder().build())
                    .planOmission(OmissionReason.CLIENT_REFUSED)
                    .addStageChange(StageChange.of(d("2025-04-22"), Stage.ASSESSMENT))
                    .addStageChange(StageChange.of(d("2025-05-06"), Stage.REHABILITATION)).build();
            assertViolations(path).isEmpty();
        }
    }

    @Nested
    class Urgency {

        private RehabilitationPath urgent(String started) {
            return Samples.pathBuilder()
                    .assessment(ServiceNeedAssessment.builder().pendingOn(Samples.CONTACT).startedOn(d(started)).build())
                    .build()
                    .withFirstContact(FirstContact.builder().date(Samples.CONTACT).channel(ContactChannel.HEALTH_CARE).urgent(true).build());
        }

        @Test
        void acceptsAnUrgentAssessmentStartedOnTheContactDate() {
            assertViolations(urgent("2025-04-16")).isEmpty();
        }

        @Test
        void warnsWhenAnUrgentAssessmentStartsLater() {
            assertViolations(urgent("2025-04-17"))
                    .containsExactlyViolations(violation("polku.path.assessment.urgentNotImmediate").withSeverity(Severity.WARNING).at("/assessment/startedOn"));
        }

        @Test
        void doesNotWarnForANonUrgentNeed() {
            assertViolations(Samples.pathBuilder().assessment(ServiceNeedAssessment.builder().pendingOn(Samples.CONTACT)
                    .startedOn(d("2025-04-17")).build()).build()).isEmpty();
        }
    }

    @Nested
    class DatesInOrder {

        @Test
        void reportsAssessmentPendingBeforeContact() {
            RehabilitationPath path = Samples.pathBuilder()
                    .assessment(ServiceNeedAssessment.builder().pendingOn(d("2025-04-15")).build()).build();
            assertViolations(path).containsExactlyViolations(violation("polku.path.dates.order").withSeverity(Severity.ERROR).at("/assessment/pendingOn"));
        }

        @Test
        void reportsAPlanBeforeTheAssessmentStarted() {
            RehabilitationPath path = Samples.pathBuilder().assessment(Samples.assessmentBuilder().build())
                    .plan(ClientPlan.builder().createdOn(d("2025-04-21")).clientView("x").workerView("y").build()).build();
            assertViolations(path).containsExactlyViolations(violation("polku.path.dates.order").withSeverity(Severity.ERROR).at("/plan/createdOn"));
        }

        @Test
        void acceptsAPlanOnTheDayTheAssessmentStarted() {
            // no completion recorded: a plan dated before it would be polku.path.plan.duringAssessment
            RehabilitationPath path = Samples.pathBuilder().assessment(ServiceNeedAssessment.builder().pendingOn(Samples.CONTACT)
                    .startedOn(d("2025-04-22")).build())
                    .plan(ClientPlan.builder().createdOn(d("2025-04-22")).clientView("x").workerView("y").build()).build();
            assertViolations(path).isEmpty();
        }

        @Test
        void reportsAPlanBeforeTheFirstContactWhenNoAssessmentStarted() {
            RehabilitationPath path = Samples.pathBuilder()
                    .plan(ClientPlan.builder().createdOn(d("2025-04-10")).clientView("x").workerView("y").build()).build();
            assertViolations(path).containsViolations(violation("polku.path.dates.order").withSeverity(Severity.ERROR).at("/plan/createdOn")
                    .withArgument("reference", "/firstContact/date"));
        }

        @Test
        void reportsASecondStageChangeBeforeTheFirst() {
            RehabilitationPath path = Samples.pathBuilder()
                    .addStageChange(StageChange.of(d("2025-04-20"), Stage.ASSESSMENT))
                    .addStageChange(StageChange.of(d("2025-04-18"), Stage.PLANNING)).build();
            assertViolations(path).containsViolations(violation("polku.path.dates.order").withSeverity(Severity.ERROR).at("/stageChanges/1/date")
                    .withArgument("reference", "/stageChanges/0/date"));
        }

        @Test
        void reportsStageChangesOutOfOrder() {
            RehabilitationPath path = Samples.pathBuilder()
                    .addStageChange(StageChange.of(d("2025-04-15"), Stage.ASSESSMENT)).build();
            assertViolations(path).containsExactlyViolations(violation("polku.path.dates.order").withSeverity(Severity.ERROR).at("/stageChanges/0/date")
                    .withArguments(java.util.Map.of("reference", "/firstContact/date")));
        }

        @Test
        void reportsAnIllegalStageChangeOnce() {
            RehabilitationPath path = Samples.path().advanceTo(Stage.ASSESSMENT, d("2025-04-22"));
            RehabilitationPath broken = path.withStageChanges(List.of(StageChange.of(d("2025-04-22"), Stage.ASSESSMENT),
                    StageChange.of(d("2025-04-23"), Stage.FOLLOW_UP), StageChange.of(d("2025-04-24"), Stage.REHABILITATION)));
            assertViolations(broken)
                    .containsExactlyViolations(violation("polku.path.stage.illegalTransition").withSeverity(Severity.ERROR).at("/stageChanges/1/stage"));
        }

        @Test
        void reportsOverlappingPauses() {
            Pause first = Pause.builder().period(DateRange.of(d("2025-06-01"), d("2025-06-10"))).reason(PauseReason.CLIENT_ILLNESS).build();
            Pause second = Pause.builder().period(DateRange.of(d("2025-06-10"), d("2025-06-20"))).reason(PauseReason.OTHER).build();
            RehabilitationPath path = Samples.path().withPauses(List.of(first, second));
            assertViolations(path).containsExactlyViolations(violation("polku.path.pause.overlap").withSeverity(Severity.ERROR).at("/pauses/1/period/start")
                    .withArguments(java.util.Map.of("previous", "/pauses/0")));
        }

        @Test
        void reportsAPauseBeforeTheContact() {
            Pause early = Pause.builder().period(DateRange.of(d("2025-04-01"), d("2025-04-10"))).reason(PauseReason.OTHER).build();
            assertViolations(Samples.path().withPauses(List.of(early)))
                    .containsExactlyViolations(violation("polku.path.dates.order").withSeverity(Severity.ERROR).at("/pauses/0/period/start"));
        }

        @Test
        void reportsAClosureBeforeAnotherDate() {
            RehabilitationPath path = Samples.path()
                    .withClosure(Closure.of(d("2025-05-05"), ClosureReason.CLIENT_WITHDREW, Destination.NONE));
            assertViolations(path).containsExactlyViolations(violation("polku.path.closure.notLast").withSeverity(Severity.ERROR).at("/closure/date"));
        }

        @Test
        void reportsAnOpenPauseOnAClosedPath() {
            Pause open = Pause.builder().period(DateRange.startingOn(d("2025-06-01"))).reason(PauseReason.SITES_CLOSED).build();
            RehabilitationPath path = Samples.path().withPauses(List.of(open))
                    .withClosure(Closure.of(d("2025-07-01"), ClosureReason.NO_CONTACT, Destination.NONE));
            assertViolations(path).containsExactlyViolations(violation("polku.path.pause.notEnded").withSeverity(Severity.ERROR).at("/pauses/0/period/end"));
        }
    }

    @Nested
    class Cascade {

        @Test
        void locatesAnIllegalGoalStatusInsideThePlan() {
            Goal bad = Samples.goalBuilder("G2").addStatusHistory(GoalStatusChange.of(d("2025-05-07"), GoalStatus.ACHIEVED)).build();
            RehabilitationPath path = Samples.pathBuilder().assessment(Samples.assessmentBuilder().build())
                    .plan(Samples.planBuilder().addGoal(bad).build()).build();
            assertViolations(path).containsExactlyViolations(
                    violation("polku.path.goal.status.illegalTransition").withSeverity(Severity.ERROR).at("/plan/goals/1/statusHistory/0/status"));
        }

        @Test
        void locatesAGoalStatusDateOutOfOrder() {
            Goal bad = Samples.goalBuilder("G2").addStatusHistory(GoalStatusChange.of(d("2025-05-08"), GoalStatus.ACTIVE),
                    GoalStatusChange.of(d("2025-05-07"), GoalStatus.ACHIEVED)).build();
            RehabilitationPath path = Samples.pathBuilder().plan(Samples.planBuilder().addGoal(bad).build()).build();
            assertViolations(path).containsExactlyViolations(
                    violation("polku.path.dates.order").withSeverity(Severity.ERROR).at("/plan/goals/1/statusHistory/1/date"));
        }

        @Test
        void locatesAssessmentDeadlineWarnings() {
            RehabilitationPath path = Samples.pathBuilder().assessment(ServiceNeedAssessment.builder().pendingOn(Samples.CONTACT)
                    .deadlineGroup(DeadlineGroup.OVER_75).startedOn(d("2025-04-30")).build()).build();
            // the plan-date rule is unaffected: no plan on this path
            assertViolations(path).containsExactlyViolations(
                    violation("polku.path.assessment.startLate").withSeverity(Severity.WARNING).at("/assessment/startedOn"));
        }

        @Test
        void locatesPlanViewsAndBlankGoalWords() {
            Goal blank = Goal.builder().id(GoalId.of("G2")).words(" ").lifeArea(IcfChapter.D7).setOn(d("2025-05-06")).build();
            ClientPlan plan = ClientPlan.builder().createdOn(d("2025-05-06")).addGoal(blank).build();
            assertViolations(Samples.pathBuilder().plan(plan).build()).containsOnlyViolations(
                    violation("polku.path.plan.clientView.missing").withSeverity(Severity.ERROR).at("/plan/clientView"),
                    violation("polku.path.plan.workerView.missing").withSeverity(Severity.ERROR).at("/plan/workerView"),
                    violation("jakarta.validation.constraints.NotBlank").withSeverity(Severity.ERROR).at("/plan/goals/0/words"));
        }
    }

    @Nested
    class Ages {

        private RehabilitationPath withBirthMonth(String birth, Goal goal, PlanParticipant... participants) {
            ClientPlan plan = ClientPlan.builder().createdOn(d("2025-05-06")).clientView("x").workerView("y")
                    .addParticipants(participants).addGoal(goal).build();
            return Samples.pathBuilder().clientBirthMonth(YearMonth.parse(birth)).plan(plan).build();
        }

        private Goal youthGoal() {
            return Samples.goalBuilder("G1").youthPlacement(YouthPlacementTarget.STUDY_PLACE).build();
        }

        // Plan date 6.5.2025. Born in May 2007: 17 or 18 on that day, depending on the day.
        @ParameterizedTest(name = "born {0}: warns={1}")
        @CsvSource(textBlock = """
                2007-06, true
                2007-05, false
                2007-04, false
                2000-06, false
                2000-05, false
                2000-04, true
                """)
        void warnsAboutYouthPlacementOnlyWhenTheAgeIsCertainlyOutside(String birth, boolean warns) {
            RehabilitationPath path = withBirthMonth(birth, youthGoal(), PlanParticipant.CLIENT);
            if (warns) {
                assertViolations(path).containsExactlyViolations(
                        violation("polku.path.goal.youthPlacement.age").withSeverity(Severity.WARNING).at("/plan/goals/0/youthPlacement"));
            } else {
                assertViolations(path).isEmpty();
            }
        }

        @Test
        void ignoresAgeRulesWithoutABirthMonth() {
            ClientPlan plan = ClientPlan.builder().createdOn(d("2025-05-06")).clientView("x").workerView("y").addGoal(youthGoal()).build();
            assertViolations(Samples.pathBuilder().plan(plan).build()).isEmpty();
        }

        @Test
        void warnsWhenAMinorsPlanIsMadeWithoutTheChild() {
            RehabilitationPath path = withBirthMonth("2010-01", Samples.goal("G1"), PlanParticipant.LEGAL_REPRESENTATIVE);
            assertViolations(path).containsExactlyViolations(violation("polku.path.plan.childNotHeard").withSeverity(Severity.WARNING).at("/plan/participants"));
        }

        // GH-16: only a client certainly under 18 on the plan's date (6.5.2025) must take part: born in
        // May 2007 the client may already be 18, born in June 2007 the client is 17
        @ParameterizedTest(name = "born {0}: warns={1}")
        @CsvSource(textBlock = """
                2007-05, false
                2007-06, true
                """)
        void warnsAboutAPlanWithoutTheClientOnlyWhenTheClientIsCertainlyAMinor(String birth, boolean warns) {
            RehabilitationPath path = withBirthMonth(birth, Samples.goal("G1"), PlanParticipant.NAMED_WORKER);
            if (warns) {
                assertViolations(path).containsExactlyViolations(violation("polku.path.plan.childNotHeard").withSeverity(Severity.WARNING).at("/plan/participants"));
            } else {
                assertViolations(path).isEmpty();
            }
        }

        @Test
        void acceptsAMinorsPlanMadeWithTheChild() {
            assertViolations(withBirthMonth("2010-01", Samples.goal("G1"), PlanParticipant.CLIENT)).isEmpty();
        }

        @Test
        void acceptsAnAdultsPlanWithoutTheClient() {
            assertViolations(withBirthMonth("1980-01", Samples.goal("G1"), PlanParticipant.NAMED_WORKER)).isEmpty();
        }
    }
}
