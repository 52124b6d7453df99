package io.github.polku.path;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatExceptionOfType;

import io.github.polku.calendar.DateRange;
import io.github.polku.client.OmissionReason;
import io.github.polku.testing.Samples;
import java.time.LocalDate;
import java.util.EnumSet;
import java.util.Set;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.EnumSource;

class StateMachineTest {

    private static final LocalDate DAY = LocalDate.of(2025, 6, 2);

    /** The expected table, written out independently of {@link Stage}. */
    private static Set<Stage> expectedNext(Stage from) {
        switch (from) {
            case CONTACT:
                return EnumSet.of(Stage.ASSESSMENT, Stage.PLANNING, Stage.CLOSED);
            case ASSESSMENT:
                return EnumSet.of(Stage.PLANNING, Stage.REHABILITATION, Stage.CLOSED);
            case PLANNING:
                return EnumSet.of(Stage.REHABILITATION, Stage.CLOSED);
            case REHABILITATION:
                return EnumSet.of(Stage.PLANNING, Stage.FOLLOW_UP, Stage.CLOSED);
            case FOLLOW_UP:
                return EnumSet.of(Stage.REHABILITATION, Stage.CLOSED);
            default:
                return EnumSet.noneOf(Stage.class);
        }
    }

    /** A path with assessment and plan recorded, brought into the given stage by a legal route. */
    private static RehabilitationPath pathIn(Stage stage) {
        RehabilitationPath path = Samples.path();
        LocalDate date = LocalDate.of(2025, 5, 20);
        switch (stage) {
            case CONTACT:
                return path;
            case ASSESSMENT:
                return path.advanceTo(Stage.ASSESSMENT, date);
            case PLANNING:
                return path.advanceTo(Stage.PLANNING, date);
            case REHABILITATION:
                return path.advanceTo(Stage.PLANNING, date).advanceTo(Stage.REHABILITATION, date);
            case FOLLOW_UP:
                return pathIn(Stage.REHABILITATION).advanceTo(Stage.FOLLOW_UP, date);
            default:
                return path.close(Closure.of(date, ClosureReason.OTHER, Destination.NONE));
        }
    }

    @Nested
    class Table {

        @ParameterizedTest(name = "{0}")
        @EnumSource(Stage.class)
        void matchesTheDocumentedTable(Stage from) {
            for (Stage to : Stage.values()) {
                assertThat(from.canTransitionTo(to)).as("%s -> %s", from, to).isEqualTo(expectedNext(from).contains(to));
            }
            assertThat(from.getNextStages()).isEqualTo(expectedNext(from));
        }

        @ParameterizedTest(name = "{0}")
        @EnumSource(Stage.class)
        void allowsEveryLegalAndRejectsEveryIllegalTransition(Stage from) {
            RehabilitationPath path = pathIn(from);
            assertThat(path.getStage()).isEqualTo(from);
            for (Stage to : Stage.values()) {
                boolean legal = expectedNext(from).contains(to);
                if (to == Stage.CLOSED) {
                    Closure closure = Closure.of(DAY, ClosureReason.GOALS_MET, Destination.EDUCATION);
                    if (legal) {
                        assertThat(path.close(closure).getStage()).isEqualTo(Stage.CLOSED);
                    } else {
                        assertThatExceptionOfType(IllegalTransitionException.class).isThrownBy(() -> path.close(closure));
                    }
                } else if (legal) {
                    assertThat(path.advanceTo(to, DAY).getStage()).as("%s -> %s", from, to).isEqualTo(to);
                } else {
                    assertThatExceptionOfType(IllegalTransitionException.class).as("%s -> %s", from, to)
                            .isThrownBy(() -> path.advanceTo(to, DAY))
                            .satisfies(e -> {
                                assertThat(e.getToStage()).contains(to);
                                assertThat(e.getFromStage()).contains(from);
                                assertThat(e.getCode()).isEqualTo(from == Stage.CLOSED
                                        ? IllegalTransitionException.PATH_CLOSED : IllegalTransitionException.STAGE_NOT_ALLOWED);
                            });
                }
            }
        }

        @Test
        void rejectsClosedAsATargetOfAdvance() {
            assertThatExceptionOfType(IllegalArgumentException.class).isThrownBy(() -> Samples.path().advanceTo(Stage.CLOSED, DAY));
        }
    }

    @Nested
    class Preconditions {

        @Test
        void rejectsPlanningWithoutAssessmentOrReason() {
            RehabilitationPath bare = Samples.pathBuilder().build();
            assertThatExceptionOfType(IllegalTransitionException.class).isThrownBy(() -> bare.advanceTo(Stage.PLANNING, DAY))
                    .withMessageContaining("assessment");
            assertThat(bare.withAssessmentOmission(OmissionReason.OBVIOUSLY_UNNECESSARY).advanceTo(Stage.PLANNING, DAY).getStage())
                    .isEqualTo(Stage.PLANNING);
        }

        @Test
        void rejectsRehabilitationWithoutPlanOrReason() {
            RehabilitationPath assessed = Samples.pathBuilder().assessment(Samples.assessmentBuilder().build()).build()
                    .advanceTo(Stage.ASSESSMENT, LocalDate.of(2025, 4, 22));
            assertThatExceptionOfType(IllegalTransitionException.class)
                    .isThrownBy(() -> assessed.advanceTo(Stage.REHABILITATION, DAY)).withMessageContaining("plan");
            assertThat(assessed.withPlanOmission(OmissionReason.CLIENT_REFUSED).advanceTo(Stage.REHABILITATION, DAY).getStage())
                    .isEqualTo(Stage.REHABILITATION);
        }

        @Test
        void rejectsAChangeDatedBeforeTheLatestEvent() {
            RehabilitationPath path = Samples.path().advanceTo(Stage.ASSESSMENT, LocalDate.of(2025, 4, 22));
            assertThatExceptionOfType(IllegalTransitionException.class)
                    .isThrownBy(() -> path.advanceTo(Stage.PLANNING, LocalDate.of(2025, 4, 21)));
            assertThat(path.advanceTo(Stage.PLANNING, LocalDate.of(2025, 4, 22)).getStage()).isEqualTo(Stage.PLANNING);
        }

        @Test
        void rejectsAClosureDatedBeforeAnyDateOfThePath() {
            // the sample plan's goal became active on 6.5.2025
            assertThatExceptionOfType(IllegalTransitionException.class).isThrownBy(() -> Samples.path()
                    .close(Closure.of(LocalDate.of(2025, 5, 5), ClosureReason.CLIENT_WITHDREW, Destination.NONE)));
        }
    }

    @Nested
    class PauseAndResume {

        private Pause sitesClosed(String start) {
            return Pause.builder().period(DateRange.startingOn(LocalDate.parse(start))).reason(PauseReason.SITES_CLOSED)
                    .continuesRemotely(true).build();
        }

        @Test
        void returnsNewPathsAndLeavesTheOldOneUnchanged() {
            RehabilitationPath active = Samples.pathInRehabilitation();
            RehabilitationPath paused = active.pause(sitesClosed("2025-06-01"));
            RehabilitationPath resumed = paused.resume(LocalDate.of(2025, 6, 30));
            RehabilitationPath closed = resumed.close(Closure.of(LocalDate.of(2025, 9, 1), ClosureReason.GOALS_MET, Destination.EDUCATION));

            assertThat(active.isPaused()).isFalse();
            assertThat(active.getPauses()).isEmpty();
            assertThat(paused.isPaused()).isTrue();
            assertThat(paused.getStage()).isEqualTo(Stage.REHABILITATION);
            assertThat(resumed.isPaused()).isFalse();
            assertThat(resumed.getPauses()).singleElement()
                    .satisfies(p -> assertThat(p.getPeriod()).isEqualTo(DateRange.of(LocalDate.of(2025, 6, 1), LocalDate.of(2025, 6, 30))));
            assertThat(paused.getPauses().get(0).isOpen()).isTrue();
            assertThat(closed.getStage()).isEqualTo(Stage.CLOSED);
            assertThat(resumed.getStage()).isEqualTo(Stage.REHABILITATION);
            assertThat(resumed.getClosure()).isEmpty();
        }

        @Test
        void rejectsAStageChangeWhilePaused() {
            RehabilitationPath paused = Samples.pathInRehabilitation().pause(sitesClosed("2025-06-01"));
            assertThatExceptionOfType(IllegalTransitionException.class)
                    .isThrownBy(() -> paused.advanceTo(Stage.FOLLOW_UP, LocalDate.of(2025, 6, 5)))
                    .withMessageContaining("resumed")
                    .satisfies(e -> {
                        assertThat(e.getFromStage()).contains(Stage.REHABILITATION);
                        assertThat(e.isFromPaused()).isTrue();
                        assertThat(e.getCode()).isEqualTo(IllegalTransitionException.PATH_PAUSED);
                    });
        }

        @Test
        void rejectsPausingTwiceAndResumingAnActivePath() {
            RehabilitationPath paused = Samples.pathInRehabilitation().pause(sitesClosed("2025-06-01"));
            assertThatExceptionOfType(IllegalTransitionException.class).isThrownBy(() -> paused.pause(sitesClosed("2025-06-02")));
            assertThatExceptionOfType(IllegalTransitionException.class)
                    .isThrownBy(() -> Samples.pathInRehabilitation().resume(LocalDate.of(2025, 6, 2)));
        }

        @Test
        void rejectsAPauseStartingOnTheLastDayOfThePreviousPause() {
            // found by RehabilitationPathPropertiesTest: pause periods include their last day
            RehabilitationPath resumed = Samples.pathInRehabilitation().pause(sitesClosed("2025-06-01")).resume(LocalDate.of(2025, 6, 30));
            assertThatExceptionOfType(IllegalTransitionException.class).isThrownBy(() -> resumed.pause(sitesClosed("2025-06-30")));
            assertThat(resumed.pause(sitesClosed("2025-07-01")).isPaused()).isTrue();
        }

        @Test
        void rejectsResumingBeforeThePauseStarted() {
            RehabilitationPath paused = Samples.pathInRehabilitation().pause(sitesClosed("2025-06-01"));
            assertThatExceptionOfType(IllegalTransitionException.class).isThrownBy(() -> paused.resume(LocalDate.of(2025, 5, 31)));
        }

        @Test
        void rejectsAPauseThatHasAlreadyEnded() {
            Pause ended = Pause.builder().period(DateRange.of(LocalDate.of(2025, 6, 1), LocalDate.of(2025, 6, 2)))
                    .reason(PauseReason.OTHER).build();
            assertThatExceptionOfType(IllegalArgumentException.class).isThrownBy(() -> Samples.pathInRehabilitation().pause(ended));
        }

        @Test
        void endsAnOpenPauseWhenThePathCloses() {
            RehabilitationPath closed = Samples.pathInRehabilitation().pause(sitesClosed("2025-06-01"))
                    .close(Closure.of(LocalDate.of(2025, 8, 1), ClosureReason.NO_CONTACT, Destination.NONE));
            assertThat(closed.isPaused()).isFalse();
            assertThat(closed.getPauses().get(0).getPeriod().getEnd()).contains(LocalDate.of(2025, 8, 1));
        }

        @Test
        void rejectsEveryChangeOfAClosedPath() {
            RehabilitationPath closed = Samples.meidanTupaVisitorPath();
            LocalDate later = LocalDate.of(2026, 1, 1);
            assertThatExceptionOfType(IllegalTransitionException.class).isThrownBy(() -> closed.pause(sitesClosed("2026-01-01")));
            assertThatExceptionOfType(IllegalTransitionException.class).isThrownBy(() -> closed.resume(later));
            assertThatExceptionOfType(IllegalTransitionException.class)
                    .isThrownBy(() -> closed.close(Closure.of(later, ClosureReason.OTHER, Destination.NONE)));
        }
    }

    @Nested
    class GoalStatuses {

        @ParameterizedTest(name = "{0} -> {1}: {2}")
        @CsvSource(textBlock = """
                PROPOSED,        ACTIVE,          true
                PROPOSED,        ABANDONED,       true
                PROPOSED,        ACHIEVED,        false
                PROPOSED,        PARTLY_ACHIEVED, false
                PROPOSED,        NOT_ACHIEVED,    false
                PROPOSED,        PROPOSED,        false
                ACTIVE,          ACHIEVED,        true
                ACTIVE,          PARTLY_ACHIEVED, true
                ACTIVE,          NOT_ACHIEVED,    true
                ACTIVE,          ABANDONED,       true
                ACTIVE,          PROPOSED,        false
                ACTIVE,          ACTIVE,          false
                PARTLY_ACHIEVED, ACTIVE,          true
                PARTLY_ACHIEVED, ACHIEVED,        true
                PARTLY_ACHIEVED, ABANDONED,       true
                PARTLY_ACHIEVED, NOT_ACHIEVED,    false
                PARTLY_ACHIEVED, PROPOSED,        false
                PARTLY_ACHIEVED, PARTLY_ACHIEVED, false
                NOT_ACHIEVED,    ACTIVE,          true
                NOT_ACHIEVED,    ABANDONED,       true
                NOT_ACHIEVED,    ACHIEVED,        false
                NOT_ACHIEVED,    PARTLY_ACHIEVED, false
                NOT_ACHIEVED,    PROPOSED,        false
                NOT_ACHIEVED,    NOT_ACHIEVED,    false
                ACHIEVED,        PROPOSED,        false
                ACHIEVED,        ACTIVE,          false
                ACHIEVED,        ACHIEVED,        false
                ACHIEVED,        PARTLY_ACHIEVED, false
                ACHIEVED,        NOT_ACHIEVED,    false
                ACHIEVED,        ABANDONED,       false
                ABANDONED,       PROPOSED,        false
                ABANDONED,       ACTIVE,          false
                ABANDONED,       ACHIEVED,        false
                ABANDONED,       PARTLY_ACHIEVED, false
                ABANDONED,       NOT_ACHIEVED,    false
                ABANDONED,       ABANDONED,       false
                """)
        void followsTheTransitionTable(GoalStatus from, GoalStatus to, boolean legal) {
            assertThat(from.canTransitionTo(to)).isEqualTo(legal);
            Goal goal = goalIn(from);
            if (legal) {
                Goal changed = goal.withStatus(to, DAY);
                assertThat(changed.getStatus()).isEqualTo(to);
                assertThat(changed.getStatusDate()).isEqualTo(DAY);
                assertThat(goal.getStatus()).isEqualTo(from);
            } else {
                assertThatExceptionOfType(IllegalTransitionException.class).isThrownBy(() -> goal.withStatus(to, DAY));
            }
        }

        private Goal goalIn(GoalStatus status) {
            Goal proposed = Samples.goalBuilder("G9").build();
            LocalDate date = LocalDate.of(2025, 5, 10);
            switch (status) {
                case PROPOSED:
                    return proposed;
                case ACTIVE:
                case ABANDONED:
                    return proposed.withStatus(status, date);
                default:
                    return proposed.withStatus(GoalStatus.ACTIVE, date).withStatus(status, date);
            }
        }

        @Test
        void rejectsAStatusChangeDatedBeforeTheLatest() {
            assertThatExceptionOfType(IllegalTransitionException.class)
                    .isThrownBy(() -> Samples.goal("G1").withStatus(GoalStatus.ACHIEVED, LocalDate.of(2025, 5, 5)));
        }

        @Test
        void changesAGoalInsideAPlan() {
            ClientPlan plan = Samples.planBuilder().build();
            ClientPlan changed = plan.withGoalStatus(GoalId.of("G1"), GoalStatus.PARTLY_ACHIEVED, DAY);
            assertThat(changed.getGoal(GoalId.of("G1")).orElseThrow().getStatus()).isEqualTo(GoalStatus.PARTLY_ACHIEVED);
            assertThat(plan.getGoal(GoalId.of("G1")).orElseThrow().getStatus()).isEqualTo(GoalStatus.ACTIVE);
            assertThatExceptionOfType(IllegalArgumentException.class)
                    .isThrownBy(() -> plan.withGoalStatus(GoalId.of("G404"), GoalStatus.ACTIVE, DAY));
        }
    }
}
