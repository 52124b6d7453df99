package io.github.polku.quality;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.polku.path.RehabilitationPath;
import io.github.polku.path.Stage;
import java.util.List;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.constraints.IntRange;

/** Invariants of the cohort figures over generated cohorts of any seed and size. */
class CohortPropertiesTest {

    @Property(tries = 30)
    void figuresAddUp(@ForAll long seed, @ForAll @IntRange(min = 0, max = 40) int size) {
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

    @Property(tries = 20)
    void everyPathGetsOneResultPerPathCriterion(@ForAll long seed, @ForAll @IntRange(min = 0, max = 30) int size) {
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
