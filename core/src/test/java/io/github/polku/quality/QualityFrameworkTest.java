package io.github.polku.quality;

import static io.github.polku.quality.QualitySamples.byPerson;
import static io.github.polku.quality.QualitySamples.criterion;
import static io.github.polku.quality.QualitySamples.framework;
import static io.github.polku.quality.QualitySamples.registry;
import static io.github.polku.quality.QualitySamples.text;
import static io.github.polku.quality.QualitySamples.visitsCriterion;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatExceptionOfType;
import static org.assertj.core.groups.Tuple.tuple;

import io.github.polku.validation.InvalidValueException;
import io.github.polku.validation.Violation;
import java.util.List;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;

class QualityFrameworkTest {

    @Nested
    class Build {
        @Test
        void findsCriterionByCode() {
            QualityFramework f = framework(byPerson("A"), byPerson("B"));
            assertThat(f.findCriterion("B")).contains(byPerson("B"));
            assertThat(f.findCriterion("C")).isEmpty();
            assertThat(f).hasToString("QualityFramework[TEST 1 [A, B]]");
        }

        @Test
        void reportsEveryStructuralProblemAtOnce() {
            QualityFramework.Builder b = QualityFramework.builder();
            b.id("no spaces").version(" ").name(text("n"));
            assertThatExceptionOfType(InvalidValueException.class).isThrownBy(b::build)
                    .satisfies(e -> assertThat(e.getViolations()).extracting(Violation::getCode, Violation::getPath)
                            .containsExactly(
                                    tuple(QualityFramework.ID_FORMAT, "/id"),
                                    tuple("polku.value.missing", "/version"),
                                    tuple(QualityFramework.SOURCE_MISSING, "/sources"),
                                    tuple(QualityFramework.NO_CRITERIA, "/criteria")));
        }

        @Test
        void rejectsDuplicateCriterionCodeAtSecondUse() {
            assertThatExceptionOfType(InvalidValueException.class)
                    .isThrownBy(() -> framework(byPerson("A"), byPerson("B"), byPerson("A")))
                    .satisfies(e -> assertThat(e.getViolations()).extracting(Violation::getCode, Violation::getPath)
                            .containsExactly(tuple(QualityFramework.DUPLICATE_CRITERION, "/criteria/2/code")));
        }
    }

    /**
     * The evaluator check a reader of a {@code QUALITY_FRAMEWORK} document makes (and
     * {@link QualityEvaluator#of(QualityFramework, EvaluatorRegistry)}), with pointers into the framework.
     */
    @Nested
    class CheckEvaluators {
        private List<Violation> problems(QualityCriterion... criteria) {
            return framework(criteria).checkEvaluators(registry());
        }

        private QualityCriterion visits(String evaluator, SubjectKind kind, String parameter, String value) {
            QualityCriterion.Builder b = criterion("A", kind).assessment(Assessment.automatic(evaluator));
            if (parameter != null) {
                b.putParameter(parameter, value);
            }
            return b.build();
        }

        @Test
        void acceptsKnownEvaluatorsAndCriteriaAssessedByPerson() {
            assertThat(problems(visitsCriterion("A", "3"), byPerson("B"))).isEmpty();
        }

        @Test
        void rejectsUnknownEvaluatorInsteadOfFallingBackToPerson() {
            assertThat(problems(visits("test.minimumVisit", SubjectKind.PATH, null, null)))
                    .extracting(Violation::getCode, Violation::getPath, Violation::getArguments)
                    .containsExactly(tuple(QualityFramework.UNKNOWN_EVALUATOR, "/criteria/0/assessment/evaluatorId",
                            java.util.Map.of("evaluator", "test.minimumVisit")));
        }

        @Test
        void rejectsUnknownEvaluatorOfTheDefaultRegistry() {
            QualityFramework f = framework(visits("test.unknown", SubjectKind.PATH, null, null));
            assertThatExceptionOfType(InvalidValueException.class)
                    .isThrownBy(() -> QualityEvaluator.of(f))
                    .satisfies(e -> assertThat(e.getViolations()).extracting(Violation::getCode)
                            .containsExactly(QualityFramework.UNKNOWN_EVALUATOR));
        }

        @Test
        void rejectsSubjectKindOtherThanTheEvaluators() {
            assertThat(problems(visits("test.minimumVisits", SubjectKind.PROCESS, null, null)))
                    .extracting(Violation::getCode, Violation::getPath, Violation::getArguments)
                    .containsExactly(tuple(QualityFramework.SUBJECT_MISMATCH, "/criteria/0/subjectKind",
                            java.util.Map.of("evaluator", "test.minimumVisits", "expected", "PATH")));
        }

        @Test
        void rejectsUnknownAndBadParameters() {
            assertThat(problems(visits("test.minimumVisits", SubjectKind.PATH, "maximum", "3")))
                    .extracting(Violation::getCode, Violation::getPath)
                    .containsExactly(tuple(QualityFramework.UNKNOWN_PARAMETER, "/criteria/0/parameters/maximum"));
            assertThat(problems(visits("test.minimumVisits", SubjectKind.PATH, "minimum", "0")))
                    .extracting(Violation::getCode, Violation::getPath)
                    .containsExactly(tuple("polku.quality.parameter.notPositive", "/criteria/0/parameters/minimum"));
        }
    }
}
