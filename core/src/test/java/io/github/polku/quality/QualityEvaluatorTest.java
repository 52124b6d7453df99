package io.github.polku.quality;

import static io.github.polku.quality.QualitySamples.byPerson;
import static io.github.polku.quality.QualitySamples.criterion;
import static io.github.polku.quality.QualitySamples.framework;
import static io.github.polku.quality.QualitySamples.registry;
import static io.github.polku.quality.QualitySamples.visitsCriterion;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatExceptionOfType;
import static org.assertj.core.api.Assertions.entry;
import static org.assertj.core.groups.Tuple.tuple;

import io.github.polku.quality.QualitySamples.MinimumVisits;
import io.github.polku.quality.QualitySamples.Visits;
import io.github.polku.rules.RuleBook;
import io.github.polku.validation.InvalidValueException;
import io.github.polku.validation.Violation;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class QualityEvaluatorTest {

    private static final LocalDate ON = LocalDate.of(2025, 6, 30);

    @Nested
    class Of {
        @Test
        void rejectsFrameworkWhoseEvaluatorsAreNotRegistered() {
            QualityFramework f = framework(visitsCriterion("A", null), byPerson("B"), visitsCriterion("C", null));
            assertThatExceptionOfType(InvalidValueException.class)
                    .isThrownBy(() -> QualityEvaluator.of(f, EvaluatorRegistry.empty()))
                    .satisfies(e -> assertThat(e.getViolations()).extracting(Violation::getCode, Violation::getPath)
                            .containsExactly(
                                    tuple(QualityFramework.UNKNOWN_EVALUATOR, "/criteria/0/assessment/evaluatorId"),
                                    tuple(QualityFramework.UNKNOWN_EVALUATOR, "/criteria/2/assessment/evaluatorId")));
        }

        @Test
        void rejectsBadParameterBeforeAnyEvaluation() {
            QualityFramework f = framework(byPerson("B"), visitsCriterion("A", "many"));
            assertThatExceptionOfType(InvalidValueException.class)
                    .isThrownBy(() -> QualityEvaluator.of(f, registry()))
                    .satisfies(e -> assertThat(e.getViolations()).extracting(Violation::getCode, Violation::getPath)
                            .containsExactly(tuple("polku.quality.parameter.notPositive", "/criteria/1/parameters/minimum")));
        }

        @Test
        void rejectsCriterionOnTheWrongKindOfSubject() {
            QualityFramework f = framework(criterion("P").assessment(Assessment.automatic("test.anyProcess")).build());
            assertThatExceptionOfType(InvalidValueException.class)
                    .isThrownBy(() -> QualityEvaluator.of(f, registry()))
                    .satisfies(e -> assertThat(e.getViolations()).extracting(Violation::getCode, Violation::getPath)
                            .containsExactly(tuple(QualityFramework.SUBJECT_MISMATCH, "/criteria/0/subjectKind")));
        }

        @Test
        void usesFinnishRuleBookUnlessTold() {
            QualityFramework f = framework(byPerson("B"));
            assertThat(QualityEvaluator.of(f, registry()).getFramework()).isSameAs(f);
            assertThat(QualityEvaluator.of(f, registry()).withRules(RuleBook.finland()).getFramework()).isSameAs(f);
        }
    }

    @Nested
    class Evaluate {
        private final QualityEvaluator evaluator = QualityEvaluator.of(framework(
                visitsCriterion("VISITS", "3"),
                byPerson("FEELS_HEARD"),
                criterion("PROCESS_ONLY", SubjectKind.PROCESS).assessment(Assessment.automatic("test.anyProcess")).build(),
                visitsCriterion("VISITS_DEFAULT", null)), registry());

        @ParameterizedTest(name = "{0} visits -> {1}")
        @CsvSource(textBlock = """
                -1, INSUFFICIENT_DATA
                 0, NOT_MET
                 1, PARTLY_MET
                 2, PARTLY_MET
                 3, MET
                 9, MET
                """)
        void judgesEachCriterionWithItsParameters(int visits, CriterionOutcome expected) {
            QualityEvaluation e = evaluator.evaluate(Subject.path("P-1"), new Visits("P-1", visits), ON);
            assertThat(e.findResult("VISITS")).get().extracting(CriterionResult::getOutcome).isEqualTo(expected);
        }

        @Test
        void evaluatesOnlyCriteriaForTheKindOfSubjectInFrameworkOrder() {
            QualityEvaluation e = evaluator.evaluate(Subject.path("P-1"), new Visits("P-1", 2), ON);
            assertThat(e.getFrameworkId()).isEqualTo("TEST");
            assertThat(e.getFrameworkVersion()).isEqualTo("1");
            assertThat(e.getSubject()).isEqualTo(Subject.path("P-1"));
            assertThat(e.getEvaluatedOn()).isEqualTo(ON);
            assertThat(e.getResults()).extracting(CriterionResult::getCriterionCode, CriterionResult::getOutcome)
                    .containsExactly(
                            tuple("VISITS", CriterionOutcome.PARTLY_MET),
                            tuple("FEELS_HEARD", CriterionOutcome.INSUFFICIENT_DATA),
                            tuple("VISITS_DEFAULT", CriterionOutcome.MET));
            assertThat(e.findResult("PROCESS_ONLY")).isEmpty();
        }

        @Test
        void namesEvidenceAndExplanationArguments() {
            CriterionResult r = evaluator.evaluate(Subject.path("P-7"), new Visits("P-7", 1), ON).findResult("VISITS").orElseThrow();
            assertThat(r.getEvidence()).containsExactly(Evidence.of(Subject.path("P-7"), "/visits", Map.of("visits", 1)));
            assertThat(r.getExplanationCode()).isEqualTo("test.visits.partlymet");
            assertThat(r.getExplanationArguments()).containsExactly(entry("visits", "1"), entry("minimum", "3"));
        }

        @Test
        void reportsCriterionAssessedByPersonAsInsufficientData() {
            CriterionResult r = evaluator.evaluate(Subject.path("P-1"), new Visits("P-1", 5), ON).findResult("FEELS_HEARD").orElseThrow();
            assertThat(r.getOutcome()).isEqualTo(CriterionOutcome.INSUFFICIENT_DATA);
            assertThat(r.getExplanationCode()).isEqualTo(QualityEvaluator.ASSESSED_BY_PERSON);
            assertThat(r.getEvidence()).isEmpty();
        }

        @Test
        void countsOutcomes() {
            QualityEvaluation e = evaluator.evaluate(Subject.path("P-1"), new Visits("P-1", 2), ON);
            assertThat(e.countByOutcome()).containsExactly(
                    entry(CriterionOutcome.MET, 1), entry(CriterionOutcome.PARTLY_MET, 1), entry(CriterionOutcome.NOT_MET, 0),
                    entry(CriterionOutcome.NOT_APPLICABLE, 0), entry(CriterionOutcome.INSUFFICIENT_DATA, 1));
        }

        @Test
        void evaluatesProcessCriteriaOnProcesses() {
            QualityEvaluation e = evaluator.evaluate(Subject.process("X"), "any process", ON);
            assertThat(e.getResults()).extracting(CriterionResult::getCriterionCode).containsExactly("PROCESS_ONLY");
        }

        @Test
        void rejectsSubjectOfTheWrongType() {
            assertThatExceptionOfType(IllegalArgumentException.class)
                    .isThrownBy(() -> evaluator.evaluate(Subject.path("P-1"), "not visits", ON))
                    .withMessageContaining("test.minimumVisits");
        }

        @Test
        void rejectsResultForAnotherCriterion() {
            CriterionEvaluator<Visits> liar = new MinimumVisits() {
                @Override
                public String getId() {
                    return "test.liar";
                }

                @Override
                public CriterionResult evaluate(Visits subject, EvaluationContext context) {
                    return CriterionResult.builder().criterionCode("OTHER").outcome(CriterionOutcome.MET)
                            .explanationCode("test.liar.met").build();
                }
            };
            QualityEvaluator e = QualityEvaluator.of(framework(criterion("A").assessment(Assessment.automatic("test.liar")).build()),
                    EvaluatorRegistry.empty().with(liar));
            assertThatExceptionOfType(IllegalStateException.class)
                    .isThrownBy(() -> e.evaluate(Subject.path("P-1"), new Visits("P-1", 1), ON));
        }
    }

    @Nested
    class EvaluateCohort {
        @Test
        void summarisesEachCriterionAndNamesThePaths() {
            // Hand count for VISITS (minimum 3): P-1 has 3 -> MET, P-2 has 0 -> NOT_MET, P-3 has 1 -> PARTLY_MET,
            // P-4 has -1 -> INSUFFICIENT_DATA, P-5 has 7 -> MET. Judged = 4, met = 2, share met = 2/4,
            // met at least partly = 3/4, judged share = 4/5.
            QualityEvaluator evaluator = QualityEvaluator.of(framework(visitsCriterion("VISITS", "3"), byPerson("HEARD")), registry());
            List<Visits> cohort = List.of(new Visits("P-1", 3), new Visits("P-2", 0), new Visits("P-3", 1),
                    new Visits("P-4", -1), new Visits("P-5", 7));
            CohortQualityEvaluation c = evaluator.evaluateCohort(cohort, Visits::subject, ON);
            assertThat(c.getFrameworkId()).isEqualTo("TEST");
            assertThat(c.getFrameworkVersion()).isEqualTo("1");
            assertThat(c.getEvaluatedOn()).isEqualTo(ON);
            assertThat(c.getEvaluations()).hasSize(5);
            CriterionSummary visits = c.findSummary("VISITS").orElseThrow();
            assertThat(visits.getSubjects(CriterionOutcome.MET)).containsExactly(Subject.path("P-1"), Subject.path("P-5"));
            assertThat(visits.getSubjects(CriterionOutcome.NOT_MET)).containsExactly(Subject.path("P-2"));
            assertThat(visits.getSubjects(CriterionOutcome.PARTLY_MET)).containsExactly(Subject.path("P-3"));
            assertThat(visits.getSubjects(CriterionOutcome.INSUFFICIENT_DATA)).containsExactly(Subject.path("P-4"));
            assertThat(visits.getCount(CriterionOutcome.NOT_APPLICABLE)).isZero();
            assertThat(visits.getEvaluatedCount()).isEqualTo(5);
            assertThat(visits.getJudgedCount()).isEqualTo(4);
            assertThat(visits.getShareMet()).isEqualTo(Share.of(2, 4));
            assertThat(visits.getShareMetAtLeastPartly()).isEqualTo(Share.of(3, 4));
            assertThat(visits.getShareJudged()).isEqualTo(Share.of(4, 5));
            CriterionSummary heard = c.findSummary("HEARD").orElseThrow();
            assertThat(heard.getCount(CriterionOutcome.INSUFFICIENT_DATA)).isEqualTo(5);
            assertThat(heard.getShareMet().getRatio()).isEmpty();
            assertThat(c.findEvaluation(Subject.path("P-2"))).get()
                    .satisfies(e -> assertThat(e.findResult("VISITS").orElseThrow().getEvidence())
                            .extracting(Evidence::getValues).containsExactly(Map.of("visits", "0")));
            assertThat(c.findSummary("NONE")).isEmpty();
            assertThat(c.findEvaluation(Subject.path("P-9"))).isEmpty();
        }

        @Test
        void summarisesEmptyCohort() {
            QualityEvaluator evaluator = QualityEvaluator.of(framework(visitsCriterion("VISITS", "3")), registry());
            CohortQualityEvaluation c = evaluator.evaluateCohort(List.<Visits>of(), Visits::subject, ON);
            assertThat(c.getEvaluations()).isEmpty();
            assertThat(c.getSummaries()).singleElement().satisfies(s -> {
                assertThat(s.getEvaluatedCount()).isZero();
                assertThat(s.getShareMet()).isEqualTo(Share.of(0, 0));
            });
        }
    }
}
