package io.github.polku.quality;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.polku.path.OutcomeClassification;
import io.github.polku.path.PathId;
import io.github.polku.path.RehabilitationPath;
import io.github.polku.path.Stage;
import io.github.polku.quality.CohortContradiction.Figure;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * {@link CohortSummary#tally(OutcomeClassification)} gives the summary of the whole collection when
 * paths come one at a time, and {@link CohortSummary.Builder#contradictions()} names each
 * contradiction by its figure, in the summary's own terms (GH-17, GH-21).
 */
class CohortTallyTest {

    @Test
    void pathsGivenOneAtATimeGiveTheSummaryOfTheWholeCohort() {
        List<RehabilitationPath> paths = HandCohort.all();
        CohortSummary.Tally tally = CohortSummary.tally(OutcomeClassification.standard());
        List<CohortSummary> partial = new ArrayList<>();
        for (RehabilitationPath path : paths) {
            tally.add(path);
            partial.add(tally.toSummary());
        }
        assertThat(tally.getPathCount()).isEqualTo(paths.size());
        assertThat(tally.toSummary()).isEqualTo(CohortSummary.of(paths));
        // a summary taken midway is the summary of the paths so far, and the tally goes on counting
        assertThat(partial.get(1)).isEqualTo(CohortSummary.of(paths.subList(0, 2)));
        assertThat(partial.get(1)).isNotEqualTo(CohortSummary.of(paths));
    }

    @Test
    void aSummaryRebuiltFromItsFiguresHasNoContradiction() {
        CohortSummary summary = CohortSummary.of(HandCohort.all());
        assertThat(CohortSummaryBuilderTest.figures(summary).contradictions()).isEmpty();
    }

    @Test
    void aContradictionNamesItsFigureAndPartWithoutPointers() {
        CohortSummary.Builder b = CohortSummary.builder()
                .pathsInStage(Stage.CLOSED, List.of(PathId.of("P-1"), PathId.of("P-1")))
                .pathsReaching(Stage.CONTACT, List.of(PathId.of("P-1")))
                .pathsReaching(Stage.CLOSED, List.of(PathId.of("P-1")));
        List<CohortContradiction> found = b.contradictions();
        assertThat(found).contains(CohortContradiction.of(CohortSummary.DUPLICATE_PATH, Figure.CURRENT_STAGES, Stage.CLOSED));
        CohortContradiction first = found.get(0);
        assertThat(first.getFigure()).isEqualTo(Figure.CURRENT_STAGES);
        assertThat(first.getPart()).contains("CLOSED");
        assertThat(first.toViolation().getPath()).isEqualTo("/currentStages/CLOSED");
        assertThat(CohortContradiction.of(CohortSummary.INCONSISTENT, Figure.POSITIVE_PATHS).toViolation().getPath())
                .isEqualTo("/positivePaths");
    }
}
