package io.github.polku.path;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

import io.github.polku.calendar.DateRange;
import io.github.polku.testing.Samples;
import io.github.polku.validation.PolkuValidator;
import io.github.polku.validation.Severity;
import io.github.polku.validation.Violation;
import java.time.LocalDate;
import java.time.YearMonth;
import java.time.ZoneId;
import java.util.List;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * Dates that cannot be true (GH-20): events after the judging date, dates before 1900 or before
 * the client's birth month, and a client plan dated before the assessment it rests on ended.
 * <p>
 * The sample path: contact 16.4.2025, assessment started 22.4. and completed 5.5.2025, stage
 * changes to ASSESSMENT 22.4., PLANNING 5.5., REHABILITATION 13.5., plan and goal 6.5.2025.
 */
class PlausibleDatesTest {

    private static final PolkuValidator VALIDATOR = PolkuValidator.create();
    /** The day after the sample path's last date (13.5.2025). */
    private static final LocalDate JUDGED_ON = LocalDate.of(2025, 5, 14);

    private static List<Violation> validate(RehabilitationPath path, LocalDate judgedOn) {
        return VALIDATOR.validate(path, judgedOn).getViolations();
    }

    private static LocalDate d(String text) {
        return LocalDate.parse(text);
    }

    /** A path with only its first contact, organised by whoever was in charge then (Hämeenlinna before 2023). */
    private static RehabilitationPath.Builder bare(LocalDate contact) {
        return RehabilitationPath.builder().id(PathId.of("P-TEST-0001")).clientId(io.github.polku.client.ClientId.of("C-TEST-0001"))
                .organiser(contact.getYear() < 2023 ? Samples.hameenlinna() : Samples.county())
                .firstContact(FirstContact.of(contact, ContactChannel.SELF));
    }

    /** The sample plan on another date with one goal. */
    private static ClientPlan plan(LocalDate created, Goal goal) {
        ClientPlan sample = Samples.planBuilder().build();
        return ClientPlan.builder().createdOn(created).clientView(sample.getClientView().orElseThrow())
                .workerView(sample.getWorkerView().orElseThrow()).addAllParticipants(sample.getParticipants()).addGoal(goal)
                .build();
    }

    @Nested
    class JudgingDate {

        @Test
        void acceptsEveryEventOnOrBeforeTheJudgingDate() {
            assertThat(validate(Samples.pathInRehabilitation(), d("2025-05-13"))).isEmpty();
        }

        @Test
        void reportsEveryEventAfterTheJudgingDateWithThatDateOnly() {
            // Judged on 5.5.2025: the plan (6.5.), its goal (set 6.5., active 6.5.) and the change to
            // REHABILITATION (13.5.) have not happened yet; completion on 5.5. is the boundary.
            List<Violation> found = validate(Samples.pathInRehabilitation(), d("2025-05-05"));
            assertThat(found).extracting(Violation::getCode, Violation::getSeverity, Violation::getPath).containsExactlyInAnyOrder(
                    tuple("polku.path.date.future", Severity.ERROR, "/plan/createdOn"),
                    tuple("polku.path.date.future", Severity.ERROR, "/plan/goals/0/setOn"),
                    tuple("polku.path.date.future", Severity.ERROR, "/plan/goals/0/statusHistory/0/date"),
                    tuple("polku.path.date.future", Severity.ERROR, "/stageChanges/2/date"));
            assertThat(found).allSatisfy(v -> assertThat(v.getArguments()).containsExactly(
                    java.util.Map.entry("judgedOn", "2025-05-05")));
        }

        @Test
        void reportsAClosureIn2099() {
            RehabilitationPath closed = Samples.pathInRehabilitation()
                    .withClosure(Closure.of(d("2099-01-01"), ClosureReason.GOALS_MET, Destination.EDUCATION));
            assertThat(validate(closed, JUDGED_ON)).extracting(Violation::getCode, Violation::getPath)
                    .containsExactly(tuple("polku.path.date.future", "/closure/date"));
        }

        @Test
        void acceptsPlansAhead() {
            // A goal's target date, a service booked to start later and a pause's planned end may lie ahead.
            RehabilitationPath path = Samples.pathInRehabilitation()
                    .withPlan(plan(d("2025-05-06"), Samples.goalBuilder("G1").targetDate(d("2026-06-30")).build()))
                    .withPauses(Pause.builder().period(DateRange.of(d("2025-05-14"), d("2025-08-31"))).reason(PauseReason.SITES_CLOSED).build());
            assertThat(validate(path, JUDGED_ON)).isEmpty();
            // ...but the pause's start is an event
            assertThat(validate(path, d("2025-05-13"))).extracting(Violation::getCode, Violation::getPath)
                    .containsExactly(tuple("polku.path.date.future", "/pauses/0/period/start"));
        }

        @Test
        void judgesAsOfTodayInFinlandByDefault() {
            LocalDate today = LocalDate.now(ZoneId.of("Europe/Helsinki"));
            RehabilitationPath tomorrow = bare(today.plusDays(2)).build();
            assertThat(VALIDATOR.validate(tomorrow).getViolations()).extracting(Violation::getCode, Violation::getPath)
                    .containsExactly(tuple("polku.path.date.future", "/firstContact/date"));
            RehabilitationPath yesterday = bare(today.minusDays(2)).build();
            assertThat(VALIDATOR.validate(yesterday).getViolations()).isEmpty();
        }
    }

    @Nested
    class TooOld {

        @ParameterizedTest(name = "{0}: {1}")
        @CsvSource(textBlock = """
                1899-12-31, true
                1024-04-16, true
                0000-01-01, true
                1900-01-01, false
                """)
        void reportsAFirstContactBefore1900(LocalDate contact, boolean tooOld) {
            RehabilitationPath path = bare(contact).build();
            List<Violation> found = validate(path, JUDGED_ON);
            if (tooOld) {
                assertThat(found).extracting(Violation::getCode, Violation::getSeverity, Violation::getPath)
                        .containsExactly(tuple("polku.path.date.tooOld", Severity.ERROR, "/firstContact/date"));
                assertThat(found.get(0).getArguments()).containsEntry("earliest", "1900-01-01");
            } else {
                assertThat(found).isEmpty();
            }
        }
    }

    @Nested
    class BeforeBirth {

        @ParameterizedTest(name = "born {0}: before={1}")
        @CsvSource(textBlock = """
                2025-04, false
                2025-05, true
                1980-01, false
                """)
        void reportsADateBeforeTheBirthMonth(YearMonth born, boolean before) {
            // Contact and pending 16.4.2025, start 22.4.2025; every other date is in May 2025 or later.
            RehabilitationPath path = Samples.path().withClientBirthMonth(born);
            List<Violation> found = validate(path, JUDGED_ON).stream()
                    .filter(v -> !v.getCode().startsWith("polku.path.plan.childNotHeard")).toList();
            if (before) {
                assertThat(found).extracting(Violation::getCode, Violation::getSeverity, Violation::getPath).containsExactly(
                        tuple("polku.path.date.beforeBirth", Severity.ERROR, "/assessment/pendingOn"),
                        tuple("polku.path.date.beforeBirth", Severity.ERROR, "/assessment/startedOn"),
                        tuple("polku.path.date.beforeBirth", Severity.ERROR, "/firstContact/date"));
                assertThat(found).allSatisfy(v -> assertThat(v.getArguments()).containsEntry("reference", "/clientBirthMonth"));
            } else {
                assertThat(found).isEmpty();
            }
        }

        @Test
        void reportsABirthMonthAfterTheJudgingDate() {
            RehabilitationPath path = bare(d("2025-05-02")).clientBirthMonth(YearMonth.of(2025, 6)).build();
            assertThat(validate(path, JUDGED_ON)).extracting(Violation::getCode, Violation::getPath).containsExactlyInAnyOrder(
                    tuple("polku.path.date.future", "/clientBirthMonth"),
                    tuple("polku.path.date.beforeBirth", "/firstContact/date"));
        }
    }

    @Nested
    class PlanAfterAssessment {

        @ParameterizedTest(name = "plan {0}: {1}")
        @CsvSource(textBlock = """
                2025-05-05, ''
                2025-05-06, ''
                2025-05-04, polku.path.plan.duringAssessment
                2025-04-22, polku.path.plan.duringAssessment
                2025-04-21, polku.path.dates.order
                """)
        void warnsOfAPlanWrittenBeforeTheAssessmentWasCompleted(LocalDate created, String expected) {
            // assessment started 22.4. and completed 5.5.2025; no stage changes recorded
            RehabilitationPath path = Samples.path().withPlan(plan(created, Goal.builder().id(GoalId.of("G1")).words("FICTIONAL goal").lifeArea(io.github.polku.measurement.IcfChapter.D9).setOn(created).build()));
            List<Violation> found = validate(path, JUDGED_ON);
            if (expected.isEmpty()) {
                assertThat(found).isEmpty();
            } else {
                Severity severity = expected.equals("polku.path.dates.order") ? Severity.ERROR : Severity.WARNING;
                assertThat(found).extracting(Violation::getCode, Violation::getSeverity, Violation::getPath)
                        .containsExactly(tuple(expected, severity, "/plan/createdOn"));
            }
        }

        @Test
        void acceptsAPlanDuringAnAssessmentWithoutACompletionDate() {
            RehabilitationPath path = Samples.path()
                    .withAssessment(ServiceNeedAssessment.builder().pendingOn(Samples.CONTACT).startedOn(d("2025-04-22")).build())
                    .withPlan(plan(d("2025-04-30"), Goal.builder().id(GoalId.of("G1")).words("FICTIONAL goal").lifeArea(io.github.polku.measurement.IcfChapter.D9).setOn(d("2025-04-30")).build()));
            assertThat(validate(path, JUDGED_ON)).isEmpty();
        }

        @ParameterizedTest(name = "planning from {0}: {1}")
        @CsvSource(textBlock = """
                2025-05-05, ''
                2025-05-06, ''
                2025-05-07, polku.path.plan.beforePlanningStage
                """)
        void warnsOfAPlanWrittenBeforeThePathMovedToPlanning(LocalDate planning, String expected) {
            // plan 6.5.2025, assessment completed 5.5.; the change to PLANNING is the second stage change
            RehabilitationPath path = Samples.path()
                    .advanceTo(Stage.ASSESSMENT, d("2025-04-22"))
                    .advanceTo(Stage.PLANNING, planning);
            List<Violation> found = validate(path, JUDGED_ON);
            if (expected.isEmpty()) {
                assertThat(found).isEmpty();
            } else {
                assertThat(found).extracting(Violation::getCode, Violation::getSeverity, Violation::getPath)
                        .containsExactly(tuple(expected, Severity.WARNING, "/plan/createdOn"));
                assertThat(found.get(0).getArguments()).containsEntry("reference", "/stageChanges/1/date");
            }
        }
    }
}
