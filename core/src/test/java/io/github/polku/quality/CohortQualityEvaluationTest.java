package io.github.polku.quality;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * The built-in framework over {@link HandCohort} on 31.12.2025. Hand count per criterion
 * (H1..H5; M met, P partly, N not met, - not applicable, ? insufficient data):
 * <pre>
 * NEED_ASSESSMENT          M M M N P   H4 closed without assessment; H5 started, not completed
 * NEED_ASSESSMENT_ON_TIME  - - - - -   no deadline group, no urgency; H4 has no assessment
 * CLIENT_PLAN_WITH_CLIENT  M M M - -   H4, H5 never reached rehabilitation
 * NAMED_WORKER             ? ? ? ? ?   no client records given
 * GOALS_FOLLOWED_UP        N N N - -   plans without goals; H4, H5 without plan
 * VOLUNTARY_PARTICIPATION  ? ? ? ? ?   assessed by a person
 * LONG_TERM_SUPPORT        M N M ? ?   H1 20.1.-19.7. exactly six months; H2 two months, withdrew; H3 open since 5.3.
 * METHOD_MIX               M P P ? ?   H1 group + individual, home visits; H2 individual only, outreach; H3 community, phone
 * COOPERATION_AT_CLOSURE   M N - M -   H1 to mental-health, H4 to substance-abuse services; H2 withdrew, no destination
 * OUTCOMES_MEASURED        M M M - -   two dates each; H4 closed before rehabilitation; H5 open, not yet
 * </pre>
 */
class CohortQualityEvaluationTest {

    private static final CohortQualityEvaluation EVALUATION = QualityEvaluator.of(QualityFramework.builtIn())
            .evaluateCohort(HandCohort.all(), HandCohort.EVALUATED_ON);

    private static List<Subject> subjects(String list) {
        return list == null || list.isBlank() ? List.of() : java.util.Arrays.stream(list.trim().split(" +")).map(Subject::path).toList();
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', textBlock = """
            NEED_ASSESSMENT         | H1 H2 H3 | H5    | H4    |          |                | 3/5 | 4/5 | 5/5
            NEED_ASSESSMENT_ON_TIME |          |       |       |          | H1 H2 H3 H4 H5 | 0/0 | 0/0 | 0/5
            CLIENT_PLAN_WITH_CLIENT | H1 H2 H3 |       |       |          | H4 H5          | 3/3 | 3/3 | 3/5
            NAMED_WORKER            |          |       |       | H1 H2 H3 H4 H5 |          | 0/0 | 0/0 | 0/5
            GOALS_FOLLOWED_UP       |          |       | H1 H2 H3 |       | H4 H5          | 0/3 | 0/3 | 3/5
            VOLUNTARY_PARTICIPATION |          |       |       | H1 H2 H3 H4 H5 |          | 0/0 | 0/0 | 0/5
            LONG_TERM_SUPPORT       | H1 H3    |       | H2    | H4 H5    |                | 2/3 | 2/3 | 3/5
            METHOD_MIX              | H1       | H2 H3 |       | H4 H5    |                | 1/3 | 3/3 | 3/5
            COOPERATION_AT_CLOSURE  | H1 H4    |       | H2    |          | H3 H5          | 2/3 | 2/3 | 3/5
            OUTCOMES_MEASURED       | H1 H2 H3 |       |       |          | H4 H5          | 3/3 | 3/3 | 3/5
            """)
    void sharesEachCriterionAndNamesThePaths(String code, String met, String partly, String notMet, String insufficient,
            String notApplicable, String shareMet, String atLeastPartly, String judged) {
        CriterionSummary s = EVALUATION.findSummary(code).orElseThrow();
        assertThat(s.getSubjects(CriterionOutcome.MET)).as("met").containsExactlyElementsOf(subjects(met));
        assertThat(s.getSubjects(CriterionOutcome.PARTLY_MET)).as("partly").containsExactlyElementsOf(subjects(partly));
        assertThat(s.getSubjects(CriterionOutcome.NOT_MET)).as("not met").containsExactlyElementsOf(subjects(notMet));
        assertThat(s.getSubjects(CriterionOutcome.INSUFFICIENT_DATA)).as("insufficient").containsExactlyElementsOf(subjects(insufficient));
        assertThat(s.getSubjects(CriterionOutcome.NOT_APPLICABLE)).as("not applicable").containsExactlyElementsOf(subjects(notApplicable));
        assertThat(s.getShareMet()).hasToString(shareMet);
        assertThat(s.getShareMetAtLeastPartly()).hasToString(atLeastPartly);
        assertThat(s.getShareJudged()).hasToString(judged);
    }

    @ParameterizedTest
    @CsvSource(textBlock = """
            CLIENTS_ABOVE_TOKENISM
            STAFF_COMPETENCE_DEVELOPMENT
            """)
    void leavesProcessCriteriaEmptyForPaths(String code) {
        assertThat(EVALUATION.findSummary(code).orElseThrow().getEvaluatedCount()).isZero();
    }

    @org.junit.jupiter.api.Test
    void keepsTheEvidenceOfEachPath() {
        QualityEvaluation h2 = EVALUATION.findEvaluation(Subject.path("H2")).orElseThrow();
        CriterionResult cooperation = h2.findResult("COOPERATION_AT_CLOSURE").orElseThrow();
        assertThat(cooperation.getEvidence()).singleElement().satisfies(e -> {
            assertThat(e.getSubject()).isEqualTo(Subject.path("H2"));
            assertThat(e.getPointer()).isEqualTo("/closure");
            assertThat(e.getValues()).containsEntry("reason", "CLIENT_WITHDREW").containsEntry("destination", "NONE");
        });
        assertThat(EVALUATION.getEvaluations()).hasSize(5);
        assertThat(EVALUATION.getSummaries()).hasSize(12);
        assertThat(EVALUATION.toString()).contains("POLKU 0.1.0", "5 subjects").doesNotContain("FICTIONAL");
    }
}
