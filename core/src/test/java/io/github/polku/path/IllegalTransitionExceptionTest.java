package io.github.polku.path;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatExceptionOfType;

import io.github.polku.calendar.DateRange;
import io.github.polku.client.OmissionReason;
import io.github.polku.testing.Samples;
import io.github.polku.validation.Severity;
import java.time.LocalDate;
import java.util.Locale;
import java.util.Optional;
import java.util.function.Supplier;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

/** GH-17: an illegal transition carries its states as values and a violation code with fi/sv/en messages. */
class IllegalTransitionExceptionTest {

    private static final LocalDate DAY = LocalDate.of(2025, 9, 1);

    private static Pause sitesClosed(String start) {
        return Pause.builder().period(DateRange.startingOn(LocalDate.parse(start))).reason(PauseReason.SITES_CLOSED)
                .continuesRemotely(true).build();
    }

    private static IllegalTransitionException thrown(Supplier<?> change) {
        try {
            change.get();
        } catch (IllegalTransitionException e) {
            return e;
        }
        throw new AssertionError("no IllegalTransitionException");
    }

    @Nested
    class OfAPath {

        @Test
        void namesAStageTheTableDoesNotAllow() {
            IllegalTransitionException e = thrown(() -> Samples.path().advanceTo(Stage.FOLLOW_UP, DAY));
            assertThat(e.getCode()).isEqualTo(IllegalTransitionException.STAGE_NOT_ALLOWED);
            assertThat(e.getFromStage()).contains(Stage.CONTACT);
            assertThat(e.getToStage()).contains(Stage.FOLLOW_UP);
            assertThat(e.isFromPaused()).isFalse();
            assertThat(e.getFromStatus()).isEmpty();
            assertThat(e.getViolation().getArguments()).containsExactly(
                    org.assertj.core.api.Assertions.entry("from", "CONTACT"), org.assertj.core.api.Assertions.entry("to", "FOLLOW_UP"));
            assertThat(e.getViolation().getSeverity()).isEqualTo(Severity.ERROR);
            assertThat(e.getViolation().getPath()).isEmpty();
        }

        @Test
        void namesAClosedPath() {
            RehabilitationPath closed = Samples.path().close(Closure.of(DAY, ClosureReason.OTHER, Destination.NONE));
            assertThat(thrown(() -> closed.advanceTo(Stage.ASSESSMENT, DAY)).getCode()).isEqualTo(IllegalTransitionException.PATH_CLOSED);
            IllegalTransitionException pause = thrown(() -> closed.pause(sitesClosed("2025-09-02")));
            assertThat(pause.getCode()).isEqualTo(IllegalTransitionException.PATH_CLOSED);
            assertThat(pause.getToStage()).isEmpty();
            IllegalTransitionException again = thrown(() -> closed.close(Closure.of(DAY, ClosureReason.OTHER, Destination.NONE)));
            assertThat(again.getCode()).isEqualTo(IllegalTransitionException.PATH_CLOSED);
            assertThat(again.getFromStage()).contains(Stage.CLOSED);
            assertThat(again.getToStage()).contains(Stage.CLOSED);
        }

        @Test
        void namesPauseAndResumeProblems() {
            RehabilitationPath paused = Samples.pathInRehabilitation().pause(sitesClosed("2025-06-01"));
            IllegalTransitionException twice = thrown(() -> paused.pause(sitesClosed("2025-06-02")));
            assertThat(twice.getCode()).isEqualTo(IllegalTransitionException.ALREADY_PAUSED);
            assertThat(twice.isFromPaused()).isTrue();
            assertThat(thrown(() -> Samples.pathInRehabilitation().resume(DAY)).getCode())
                    .isEqualTo(IllegalTransitionException.NOT_PAUSED);
            RehabilitationPath resumed = paused.resume(LocalDate.of(2025, 6, 30));
            assertThat(thrown(() -> resumed.pause(sitesClosed("2025-06-30"))).getCode())
                    .isEqualTo(IllegalTransitionException.PAUSE_OVERLAP);
            assertThat(thrown(() -> paused.resume(LocalDate.of(2025, 5, 31))).getCode())
                    .isEqualTo(IllegalTransitionException.DATED_BEFORE);
        }

        @Test
        void namesAChangeDatedBeforeTheLatestEvent() {
            RehabilitationPath path = Samples.path().advanceTo(Stage.ASSESSMENT, LocalDate.of(2025, 4, 22));
            IllegalTransitionException e = thrown(() -> path.advanceTo(Stage.PLANNING, LocalDate.of(2025, 4, 21)));
            assertThat(e.getCode()).isEqualTo(IllegalTransitionException.DATED_BEFORE);
            assertThat(e.getToStage()).contains(Stage.PLANNING);
        }

        @Test
        void namesAMissingAssessmentOrPlan() {
            RehabilitationPath bare = Samples.pathBuilder().build();
            assertThat(thrown(() -> bare.advanceTo(Stage.PLANNING, DAY)).getCode())
                    .isEqualTo(IllegalTransitionException.ASSESSMENT_MISSING);
            RehabilitationPath omitted = bare.withAssessmentOmission(OmissionReason.OBVIOUSLY_UNNECESSARY)
                    .advanceTo(Stage.PLANNING, DAY);
            assertThat(thrown(() -> omitted.advanceTo(Stage.REHABILITATION, DAY)).getCode())
                    .isEqualTo(IllegalTransitionException.PLAN_MISSING);
        }

        @Test
        void leavesTheMessageFreeOfDatesAndNames() {
            RehabilitationPath path = Samples.path().advanceTo(Stage.ASSESSMENT, LocalDate.of(2025, 4, 22));
            IllegalTransitionException e = thrown(() -> path.advanceTo(Stage.PLANNING, LocalDate.of(2025, 4, 21)));
            for (String language : new String[] {"fi", "sv", "en"}) {
                assertThat(e.getMessage(Locale.forLanguageTag(language))).doesNotContain("2025").doesNotContain("{");
            }
            assertThat(e.getMessage()).isEqualTo(e.getMessage(Locale.ENGLISH));
        }
    }

    @Nested
    class OfAGoal {

        @Test
        void namesAStatusTheTableDoesNotAllow() {
            Goal achieved = Samples.goal("G1").withStatus(GoalStatus.ACHIEVED, DAY);
            IllegalTransitionException e = thrown(() -> achieved.withStatus(GoalStatus.ACTIVE, DAY));
            assertThat(e.getCode()).isEqualTo(IllegalTransitionException.STATUS_NOT_ALLOWED);
            assertThat(e.getFromStatus()).contains(GoalStatus.ACHIEVED);
            assertThat(e.getToStatus()).contains(GoalStatus.ACTIVE);
            assertThat(e.getFromStage()).isEqualTo(Optional.empty());
            assertThat(e.getMessage(Locale.forLanguageTag("fi"))).isEqualTo("Tavoitteen tila ei voi muuttua tilasta ACHIEVED tilaan ACTIVE");
        }

        @Test
        void namesAStatusChangeDatedBeforeTheGoal() {
            Goal active = Samples.goal("G1");
            IllegalTransitionException e = thrown(() -> active.withStatus(GoalStatus.ACHIEVED, LocalDate.of(2025, 5, 5)));
            assertThat(e.getCode()).isEqualTo(IllegalTransitionException.STATUS_DATED_BEFORE);
            assertThat(active.withStatus(GoalStatus.ACHIEVED, LocalDate.of(2025, 5, 6)).getStatus()).isEqualTo(GoalStatus.ACHIEVED);
        }
    }

    @Nested
    class StagePreconditions {

        @ParameterizedTest(name = "{0}")
        @EnumSource(Stage.class)
        void needAnAssessmentFromPlanningOnAndAPlanFromRehabilitationOn(Stage stage) {
            assertThat(stage.needsAssessment()).isEqualTo(stage == Stage.PLANNING || stage == Stage.REHABILITATION
                    || stage == Stage.FOLLOW_UP);
            assertThat(stage.needsPlan()).isEqualTo(stage == Stage.REHABILITATION || stage == Stage.FOLLOW_UP);
        }

        @Test
        void leaveAPathWithAnOmittedPlanFreeToEnterRehabilitation() {
            RehabilitationPath omitted = Samples.pathBuilder().assessmentOmission(OmissionReason.OBVIOUSLY_UNNECESSARY)
                    .planOmission(OmissionReason.CLIENT_REFUSED).build();
            assertThatExceptionOfType(IllegalTransitionException.class).isThrownBy(() -> omitted.advanceTo(Stage.REHABILITATION, DAY));
            assertThat(omitted.advanceTo(Stage.PLANNING, DAY).advanceTo(Stage.REHABILITATION, DAY).getStage())
                    .isEqualTo(Stage.REHABILITATION);
        }
    }
}
