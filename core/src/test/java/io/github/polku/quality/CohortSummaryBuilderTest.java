package io.github.polku.quality;

import static org.assertj.core.api.Assertions.assertThat;
import static org.quicktheories.QuickTheory.qt;
import static org.quicktheories.generators.SourceDSL.integers;
import static org.quicktheories.generators.SourceDSL.longs;
import static org.assertj.core.api.Assertions.assertThatExceptionOfType;
import static org.assertj.core.api.Assertions.tuple;

import io.github.polku.contact.AnonymousChannel;
import io.github.polku.path.ClosureReason;
import io.github.polku.path.Destination;
import io.github.polku.path.OutcomeClassification;
import io.github.polku.path.PathId;
import io.github.polku.path.Stage;
import io.github.polku.validation.InvalidValueException;
import io.github.polku.validation.Violation;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;
import java.util.function.UnaryOperator;
import java.util.stream.Stream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;

/**
 * {@link CohortSummary#builder()}: a summary rebuilt from its figures equals the computed one, and
 * every contradiction between figures is rejected at the pointer of the figure.
 */
class CohortSummaryBuilderTest {

    private static final PathId P1 = PathId.of("P-1");
    private static final PathId P2 = PathId.of("P-2");
    private static final PathId P3 = PathId.of("P-3");

    /** Copies every figure of a summary into a builder. */
    static CohortSummary.Builder figures(CohortSummary s) {
        CohortSummary.Builder b = CohortSummary.builder().classification(s.getClassification());
        for (Stage stage : Stage.values()) {
            b.pathsInStage(stage, s.getPathsInStage(stage)).pathsReaching(stage, s.getPathsReaching(stage));
        }
        for (Destination d : Destination.values()) {
            b.closedPaths(d, s.getClosedPaths(d));
        }
        b.positivePaths(s.getPositivePaths());
        b.contactToPlanDays(s.getContactToPlanDays().orElse(null)).planToClosureDays(s.getPlanToClosureDays().orElse(null));
        s.getChangeScores().forEach(b::addChangeScores);
        b.remoteServices(s.getRemoteServices()).atLeastPartlyRemoteServices(s.getAtLeastPartlyRemoteServices())
                .remoteSessions(s.getRemoteSessions()).attendance(s.getAttendance())
                .anonymousContactCount(s.getAnonymousContactCount());
        s.getAnonymousPeopleByChannel().forEach(b::anonymousPeople);
        return b;
    }

    /** Two closed paths (one to employment, positive) and one in rehabilitation. */
    private static CohortSummary.Builder small() {
        return CohortSummary.builder()
                .pathsInStage(Stage.REHABILITATION, List.of(P3))
                .pathsInStage(Stage.CLOSED, List.of(P1, P2))
                .pathsReaching(Stage.CONTACT, List.of(P1, P2, P3))
                .pathsReaching(Stage.REHABILITATION, List.of(P1, P3))
                .pathsReaching(Stage.CLOSED, List.of(P1, P2))
                .closedPaths(Destination.EMPLOYMENT, List.of(P1))
                .closedPaths(Destination.NONE, List.of(P2))
                .positivePaths(List.of(P1))
                .contactToPlanDays(Distribution.of(10, 20))
                .planToClosureDays(Distribution.of(100))
                .remoteServices(Share.of(1, 4))
                .atLeastPartlyRemoteServices(Share.of(2, 4))
                .remoteSessions(Share.of(3, 10))
                .attendance(Share.of(10, 12))
                .anonymousContactCount(2)
                .anonymousPeople(AnonymousChannel.LOW_THRESHOLD_MEETING_PLACE, 9);
    }

    @Test
    void rebuildsAnEqualSummaryFromItsFigures() {
        // QuickTheories; a failure prints the seed, rerun with -DQT_SEED=... (docs/TESTING.md)
        qt().withExamples(30).forAll(longs().all(), integers().between(0, 30)).checkAssert(CohortSummaryBuilderTest::rebuildsEqual);
    }

    static Stream<Arguments> edgeSeedsAndSizes() {
        return io.github.polku.testing.EdgeCases.combinations(List.of(Long.MIN_VALUE, -1L, 0L, 1L, Long.MAX_VALUE),
                io.github.polku.testing.EdgeCases.ofRange(0, 30));
    }

    @ParameterizedTest
    @MethodSource("edgeSeedsAndSizes")
    void rebuildsAnEqualSummaryFromItsFiguresAtTheEdges(long seed, int size) {
        rebuildsEqual(seed, size);
    }

    private static void rebuildsEqual(long seed, int size) {
        CohortSummary computed = CohortSummary.of(ValskuCohort.generate(seed, size));
        CohortSummary rebuilt = figures(computed).build();
        assertThat(rebuilt).isEqualTo(computed).hasSameHashCodeAs(computed);
        assertThat(rebuilt.getPathCount()).isEqualTo(size);
        assertThat(rebuilt.getClosedCount()).isEqualTo(computed.getClosedCount());
        assertThat(rebuilt.getStagesReached()).isEqualTo(computed.getStagesReached());
        assertThat(rebuilt.getCurrentStages()).isEqualTo(computed.getCurrentStages());
        assertThat(rebuilt.getClosuresByDestination()).isEqualTo(computed.getClosuresByDestination());
        assertThat(rebuilt.getPositiveOutcomes()).isEqualTo(computed.getPositiveOutcomes());
        assertThat(rebuilt.getAnonymousPeopleCount()).isEqualTo(computed.getAnonymousPeopleCount());
    }

    @Test
    void rebuildsTheHandCohortWithAnonymousContactsAndAnotherClassification() {
        OutcomeClassification strict = OutcomeClassification.of(EnumSet.of(Destination.EMPLOYMENT), Set.of());
        CohortSummary computed = CohortSummary.of(HandCohort.all(), io.github.polku.testing.Samples.meidanTupaContacts(), strict);
        assertThat(figures(computed).build()).isEqualTo(computed);
        assertThat(computed.getAnonymousContactCount()).isPositive();
        assertThat(computed.getChangeScores()).isNotEmpty();
    }

    @Test
    void acceptsAConsistentSmallSummary() {
        CohortSummary s = small().build();
        assertThat(s.getPathCount()).isEqualTo(3);
        assertThat(s.getClosedCount()).isEqualTo(2);
        assertThat(s.getPositiveOutcomes()).isEqualTo(Share.of(1, 2));
        assertThat(s.getPathsInStage(Stage.CLOSED)).containsExactly(P1, P2);
        assertThat(s.getAnonymousPeopleCount()).isEqualTo(9);
    }

    @Test
    void emptyBuilderIsTheEmptyCohort() {
        assertThat(CohortSummary.builder().build()).isEqualTo(CohortSummary.of(List.of()));
    }

    @Test
    void differsWhenAnyFigureDiffers() {
        CohortSummary base = small().build();
        List<UnaryOperator<CohortSummary.Builder>> changes = List.of(
                b -> b.attendance(Share.of(10, 13)),
                b -> b.remoteServices(Share.of(2, 4)),
                b -> b.contactToPlanDays(Distribution.of(10, 21)),
                b -> b.anonymousPeople(AnonymousChannel.LOW_THRESHOLD_MEETING_PLACE, 8),
                b -> b.classification(OutcomeClassification.standard().withReason(ClosureReason.GOALS_MET, false)),
                b -> b.pathsReaching(Stage.ASSESSMENT, List.of(P1)));
        for (UnaryOperator<CohortSummary.Builder> change : changes) {
            assertThat(change.apply(small()).build()).isNotEqualTo(base);
        }
        assertThat(small().build()).isEqualTo(base).hasSameHashCodeAs(base);
    }

    @Nested
    class Rejects {

        private List<Violation> problems(CohortSummary.Builder b) {
            List<Violation> found = new ArrayList<>();
            assertThatExceptionOfType(InvalidValueException.class).isThrownBy(b::build)
                    .satisfies(e -> found.addAll(e.getViolations()));
            return found;
        }

        private void rejects(CohortSummary.Builder b, String code, String pointer) {
            assertThat(problems(b)).extracting(Violation::getCode, Violation::getPath).containsExactly(tuple(code, pointer));
        }

        @Test
        void aPathInTwoStages() {
            rejects(small().pathsInStage(Stage.REHABILITATION, List.of(P3, P1)), CohortSummary.DUPLICATE_PATH,
                    "/currentStages/CLOSED");
        }

        @Test
        void aPathThatIsNotInTheCohort() {
            rejects(small().pathsReaching(Stage.ASSESSMENT, List.of(PathId.of("P-9"))), CohortSummary.UNKNOWN_PATH,
                    "/stagesReached/ASSESSMENT");
        }

        @Test
        void aPathThatHasNotReachedItsCurrentStage() {
            rejects(small().pathsReaching(Stage.REHABILITATION, List.of(P1)), CohortSummary.INCONSISTENT,
                    "/stagesReached/REHABILITATION");
        }

        @Test
        void aPathThatWasNeverInContact() {
            rejects(small().pathsReaching(Stage.CONTACT, List.of(P1, P2)), CohortSummary.INCONSISTENT, "/stagesReached/CONTACT");
        }

        @Test
        void anOpenPathThatReachedClosed() {
            rejects(small().pathsReaching(Stage.CLOSED, List.of(P1, P2, P3)), CohortSummary.INCONSISTENT, "/stagesReached/CLOSED");
        }

        @Test
        void closedPathsThatAreNotThePathsInClosed() {
            rejects(small().closedPaths(Destination.NONE, List.of()), CohortSummary.INCONSISTENT, "/closedPaths");
        }

        @Test
        void aPathClosedTwice() {
            rejects(small().closedPaths(Destination.NONE, List.of(P2, P1)), CohortSummary.DUPLICATE_PATH, "/closedPaths/NONE");
        }

        @Test
        void aPositivePathThatIsNotClosed() {
            rejects(small().positivePaths(List.of(P1, P3)), CohortSummary.INCONSISTENT, "/positivePaths");
        }

        @Test
        void aClosedPathWithAPositiveDestinationMissingFromThePositives() {
            rejects(small().positivePaths(List.of()), CohortSummary.INCONSISTENT, "/positivePaths");
        }

        @Test
        void moreDurationsThanPaths() {
            rejects(small().contactToPlanDays(Distribution.of(1, 2, 3, 4)), CohortSummary.INCONSISTENT, "/contactToPlanDays");
        }

        @Test
        void planToClosureWithoutContactToPlan() {
            rejects(small().contactToPlanDays(null), CohortSummary.INCONSISTENT, "/planToClosureDays");
        }

        @Test
        void changeScoresOfAPathNotInTheCohort() {
            ChangeScoreSummary scores = ChangeScoreSummary.of(List.of(PathId.of("P-9")), List.of(change()));
            rejects(small().addChangeScores(scores), CohortSummary.UNKNOWN_PATH, "/changeScores/0");
        }

        @Test
        void twoSummariesOfTheSameInstrumentDimensionAndRespondent() {
            ChangeScoreSummary scores = ChangeScoreSummary.of(List.of(P1), List.of(change()));
            rejects(small().addChangeScores(scores).addChangeScores(scores), CohortSummary.INCONSISTENT, "/changeScores/1");
        }

        @Test
        void remoteSharesOverDifferentTotals() {
            rejects(small().atLeastPartlyRemoteServices(Share.of(2, 5)), CohortSummary.INCONSISTENT,
                    "/atLeastPartlyRemoteServices");
            rejects(small().remoteServices(Share.of(3, 4)), CohortSummary.INCONSISTENT, "/atLeastPartlyRemoteServices");
        }

        @Test
        void remoteSessionsNotOverAttendedSessions() {
            rejects(small().remoteSessions(Share.of(3, 11)), CohortSummary.INCONSISTENT, "/remoteSessions");
        }

        @Test
        void negativeOrUnbackedAnonymousCounts() {
            rejects(small().anonymousContactCount(-1).anonymousPeople(AnonymousChannel.LOW_THRESHOLD_MEETING_PLACE, 0),
                    CohortSummary.INCONSISTENT, "/anonymousContactCount");
            rejects(small().anonymousPeople(AnonymousChannel.OUTREACH, -2), CohortSummary.INCONSISTENT,
                    "/anonymousPeopleByChannel/OUTREACH");
            rejects(small().anonymousContactCount(0), CohortSummary.INCONSISTENT,
                    "/anonymousPeopleByChannel/LOW_THRESHOLD_MEETING_PLACE");
        }

        @Test
        void everyContradictionAtOnce() {
            assertThat(problems(small().positivePaths(List.of(P3)).remoteSessions(Share.of(0, 1)).anonymousContactCount(-1)))
                    .extracting(Violation::getPath)
                    .containsExactly("/positivePaths", "/remoteSessions", "/anonymousContactCount",
                            "/anonymousPeopleByChannel/LOW_THRESHOLD_MEETING_PLACE");
        }

        private io.github.polku.measurement.ChangeScore change() {
            return io.github.polku.measurement.ChangeScore.of(io.github.polku.measurement.InstrumentId.of("test.instrument"), "d1",
                    io.github.polku.measurement.Respondent.CLIENT, io.github.polku.measurement.Direction.HIGHER_IS_BETTER,
                    java.time.LocalDate.of(2025, 1, 1), java.math.BigDecimal.ONE, java.time.LocalDate.of(2025, 6, 1),
                    java.math.BigDecimal.TEN);
        }
    }
}
