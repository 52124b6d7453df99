package io.github.polku.quality;

import static org.assertj.core.api.Assertions.assertThat;
import static org.quicktheories.QuickTheory.qt;
import static org.quicktheories.generators.SourceDSL.integers;
import static org.quicktheories.generators.SourceDSL.longs;

import io.github.polku.path.RehabilitationPath;
import io.github.polku.path.Stage;
import java.util.List;
import io.github.polku.testing.EdgeCases;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Invariants of the cohort figures over generated cohorts of any seed and size (QuickTheories; a
 * failure prints the seed, rerun with {@code -DQT_SEED=...}, docs/TESTING.md), and the edge seeds and
 * sizes as rows.
 */
class CohortPropertiesTest {

    private static final List<Long> EDGE_SEEDS = List.of(Long.MIN_VALUE, -1L, 0L, 1L, Long.MAX_VALUE);

    static Stream<Arguments> edgeSeedsUpTo40() {
        return EdgeCases.combinations(EDGE_SEEDS, EdgeCases.ofRange(0, 40));
    }

    static Stream<Arguments> edgeSeedsUpTo30() {
        return EdgeCases.combinations(EDGE_SEEDS, EdgeCases.ofRange(0, 30));
    }

    @Test
    void figuresAddUp() {
        qt().withExamples(30).forAll(longs().all(), integers().between(0, 40)).checkAssert(CohortPropertiesTest::figuresAddUp);
    }

    @ParameterizedTest
    @MethodSource("edgeSeedsUpTo40")
    void figuresAddUpAtTheEdges(long seed, int size) {
        figuresAddUp(seed, size);
    }

    private static void figuresAddUp(long seed, int size) {
        List<RehabilitationPath> cohort = ValskuCohort.generate(seed, size);
        CohortSummary s = CohortSummary.of(cohort);
        assertThat(s.getStagesReached().get(Stage.CONTACT)).isEqualTo(size);
        assertThat(s.getCurrentStages().values().stream().mapToInt(Integer::intValue).sum()).isEqualTo(size);
        assertThat(s.getStagesReached().get(Stage.CLOSED)).isEqualTo(s.getClosedCount());
        assertThat(s.getClosuresByDestination().values().stream().mapToInt(Share::getCount).sum()).isEqualTo(s.getClosedCount());
        assertThat(s.getPositiveOutcomes().getTotal()).isEqualTo(s.getClosedCount());
        assertThat(s.getAttendance().getCount()).isEqualTo(s.getRemoteSessions().getTotal());
        assertThat(s.getRemoteServices().getCount()).isLessThanOrEqualTo(s.getAtLeastPartlyRemoteServices().getCount());
        s.getChangeScores().forEach(c -> assertThat(c.getImproved().getCount() + c.getUnchanged().getCount()
                + c.getWorsened().getCount()).isEqualTo(c.getCount()));
    }

    @Test
    void everyPathGetsOneResultPerPathCriterion() {
        qt().withExamples(20).forAll(longs().all(), integers().between(0, 30)).checkAssert(CohortPropertiesTest::oneResultPerPathCriterion);
    }

    @ParameterizedTest
    @MethodSource("edgeSeedsUpTo30")
    void everyPathGetsOneResultPerPathCriterionAtTheEdges(long seed, int size) {
        oneResultPerPathCriterion(seed, size);
    }

    private static void oneResultPerPathCriterion(long seed, int size) {
        List<RehabilitationPath> cohort = ValskuCohort.generate(seed, size);
        CohortQualityEvaluation e = QualityEvaluator.of(QualityFramework.builtIn()).evaluateCohort(cohort, ValskuCohort.EVALUATED_ON);
        for (CriterionSummary summary : e.getSummaries()) {
            boolean pathCriterion = QualityFramework.builtIn().findCriterion(summary.getCriterionCode()).orElseThrow()
                    .getSubjectKind() == SubjectKind.PATH;
            assertThat(summary.getEvaluatedCount()).isEqualTo(pathCriterion ? size : 0);
            assertThat(summary.getShareMet().getCount()).isLessThanOrEqualTo(summary.getShareMetAtLeastPartly().getCount());
        }
        // evaluating a path alone gives the same result as within the cohort
        if (size > 0) {
            assertThat(QualityEvaluator.of(QualityFramework.builtIn()).evaluate(cohort.get(0), ValskuCohort.EVALUATED_ON))
                    .isEqualTo(e.getEvaluations().get(0));
        }
    }
}
