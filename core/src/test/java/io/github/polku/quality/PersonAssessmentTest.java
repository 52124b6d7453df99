package io.github.polku.quality;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatExceptionOfType;
import static org.assertj.core.api.Assertions.entry;

import java.time.LocalDate;
import java.util.List;
import java.util.Locale;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;

class PersonAssessmentTest {

    private static final LocalDate ASKED = LocalDate.of(2025, 6, 30);
    private static final String VOLUNTARY = "VOLUNTARY_PARTICIPATION";

    private static QualityEvaluator evaluator(PersonAssessment... assessments) {
        return QualityEvaluator.of(QualityFramework.builtIn()).withPersonAssessments(List.of(assessments));
    }

    @Nested
    class Evaluate {
        @Test
        void reportsThePersonsOutcomeWithEvidence() {
            CriterionResult r = evaluator(PersonAssessment.of(VOLUNTARY, Subject.path("H1"), CriterionOutcome.MET, ASKED))
                    .evaluate(HandCohort.h1(), HandCohort.EVALUATED_ON).findResult(VOLUNTARY).orElseThrow();
            assertThat(r.getOutcome()).isEqualTo(CriterionOutcome.MET);
            assertThat(r.getExplanationCode()).isEqualTo(QualityEvaluator.JUDGED_BY_PERSON);
            assertThat(r.getExplanation(Locale.forLanguageTag("fi"))).isEqualTo("Henkil\u00f6 arvioi t\u00e4m\u00e4n kriteerin 2025-06-30");
            assertThat(r.getEvidence()).singleElement().satisfies(e -> {
                assertThat(e.getSubject()).isEqualTo(Subject.path("H1"));
                assertThat(e.getPointer()).isEmpty();
                assertThat(e.getValues()).containsExactly(entry("assessedBy", "PERSON"), entry("assessedOn", "2025-06-30"),
                        entry("outcome", "MET"));
            });
        }

        @Test
        void leavesOtherSubjectsWithInsufficientData() {
            // H1 met, H2 not met by a person's judgement; H3-H5 not asked: share met 1/2, judged 2/5
            CohortQualityEvaluation c = evaluator(
                    PersonAssessment.of(VOLUNTARY, Subject.path("H1"), CriterionOutcome.MET, ASKED),
                    PersonAssessment.of(VOLUNTARY, Subject.path("H2"), CriterionOutcome.NOT_MET, ASKED))
                    .evaluateCohort(HandCohort.all(), HandCohort.EVALUATED_ON);
            CriterionSummary s = c.findSummary(VOLUNTARY).orElseThrow();
            assertThat(s.getShareMet()).isEqualTo(Share.of(1, 2));
            assertThat(s.getShareJudged()).isEqualTo(Share.of(2, 5));
            assertThat(s.getSubjects(CriterionOutcome.INSUFFICIENT_DATA)).containsExactly(Subject.path("H3"), Subject.path("H4"),
                    Subject.path("H5"));
        }
    }

    @Nested
    class WithPersonAssessments {
        @Test
        void rejectsAnUnknownCriterion() {
            assertThatExceptionOfType(IllegalArgumentException.class).isThrownBy(
                    () -> evaluator(PersonAssessment.of("NO_SUCH", Subject.path("H1"), CriterionOutcome.MET, ASKED)));
        }

        @Test
        void rejectsAnAutomaticCriterion() {
            assertThatExceptionOfType(IllegalArgumentException.class).isThrownBy(
                    () -> evaluator(PersonAssessment.of("NAMED_WORKER", Subject.path("H1"), CriterionOutcome.MET, ASKED)));
        }

        @Test
        void rejectsAnotherKindOfSubject() {
            assertThatExceptionOfType(IllegalArgumentException.class).isThrownBy(
                    () -> evaluator(PersonAssessment.of(VOLUNTARY, Subject.process("X"), CriterionOutcome.MET, ASKED)));
        }

        @Test
        void rejectsTwoAssessmentsOfOneSubject() {
            assertThatExceptionOfType(IllegalArgumentException.class).isThrownBy(() -> evaluator(
                    PersonAssessment.of(VOLUNTARY, Subject.path("H1"), CriterionOutcome.MET, ASKED),
                    PersonAssessment.of(VOLUNTARY, Subject.path("H1"), CriterionOutcome.NOT_MET, ASKED.plusDays(1))));
        }

        @Test
        void rejectsAMalformedCode() {
            assertThatExceptionOfType(IllegalArgumentException.class).isThrownBy(
                    () -> PersonAssessment.of("voluntary", Subject.path("H1"), CriterionOutcome.MET, ASKED));
        }
    }
}
