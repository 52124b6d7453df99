package io.github.polku.quality;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatExceptionOfType;
import static org.assertj.core.groups.Tuple.tuple;

import io.github.polku.validation.InvalidValueException;
import io.github.polku.validation.Violation;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class CitationAndAssessmentTest {

    @Nested
    class CitationOf {
        @Test
        void keepsTextAddressAndConfidence() {
            Citation c = Citation.of("Act 812/2000, section 8", "https://example.org/812", Confidence.PARTLY_CONFIRMED);
            assertThat(c.getText()).isEqualTo("Act 812/2000, section 8");
            assertThat(c.getUrl()).contains("https://example.org/812");
            assertThat(c.getConfidence()).isEqualTo(Confidence.PARTLY_CONFIRMED);
            assertThat(Citation.of("x", Confidence.CONFIRMED).getUrl()).isEmpty();
        }

        @Test
        void rejectsBlankText() {
            assertThatExceptionOfType(InvalidValueException.class)
                    .isThrownBy(() -> Citation.of("  ", Confidence.CONFIRMED))
                    .satisfies(e -> assertThat(e.getViolations()).extracting(Violation::getCode, Violation::getPath)
                            .containsExactly(tuple("polku.value.missing", "/text")));
        }

        @Test
        void rejectsBlankAddress() {
            assertThatExceptionOfType(InvalidValueException.class)
                    .isThrownBy(() -> Citation.of("x", " ", Confidence.CONFIRMED))
                    .satisfies(e -> assertThat(e.getViolations()).extracting(Violation::getPath).containsExactly("/url"));
        }
    }

    @Nested
    class AssessmentOf {
        @Test
        void automaticNamesItsEvaluator() {
            Assessment a = Assessment.automatic("path.namedWorker");
            assertThat(a.isAutomatic()).isTrue();
            assertThat(a.getKind()).isEqualTo(AssessmentKind.AUTOMATIC);
            assertThat(a.getEvaluatorId()).contains("path.namedWorker");
            assertThat(a).isEqualTo(Assessment.automatic("path.namedWorker")).hasToString("AUTOMATIC(path.namedWorker)");
        }

        @Test
        void byPersonHasNoEvaluator() {
            assertThat(Assessment.byPerson().isAutomatic()).isFalse();
            assertThat(Assessment.byPerson().getKind()).isEqualTo(AssessmentKind.BY_PERSON);
            assertThat(Assessment.byPerson().getEvaluatorId()).isEmpty();
            assertThat(Assessment.byPerson()).isNotEqualTo(Assessment.automatic("a")).hasToString("BY_PERSON");
        }

        @ParameterizedTest
        @ValueSource(strings = {"", "Path.x", "path..x", "path.x.", "path-x", "1path",
                "a.bcdefghijklmnopqrstuvwxyzabcdefghijklmnopqrstuvwxyzabcdefghijklm"})
        void rejectsMalformedEvaluatorId(String id) {
            assertThatExceptionOfType(InvalidValueException.class)
                    .isThrownBy(() -> Assessment.automatic(id))
                    .satisfies(e -> assertThat(e.getViolations()).extracting(Violation::getCode, Violation::getPath)
                            .containsExactly(tuple(Assessment.EVALUATOR_ID_FORMAT, "/evaluatorId")));
        }

        @ParameterizedTest
        @ValueSource(strings = {"a", "path.namedWorker", "process.clientsAboveTokenism", "x1.y2.z3"})
        void acceptsWellFormedEvaluatorId(String id) {
            assertThat(Assessment.automatic(id).getEvaluatorId()).contains(id);
        }
    }

    @Nested
    class SubjectOf {
        @Test
        void namesKindAndId() {
            assertThat(Subject.path("P-1").getKind()).isEqualTo(SubjectKind.PATH);
            assertThat(Subject.process("X").getKind()).isEqualTo(SubjectKind.PROCESS);
            assertThat(Subject.path("P-1")).isEqualTo(Subject.of(SubjectKind.PATH, "P-1")).hasToString("PATH:P-1")
                    .isNotEqualTo(Subject.process("P-1"));
        }

        @Test
        void ordersByKindThenId() {
            assertThat(Subject.path("B")).isLessThan(Subject.process("A"));
            assertThat(Subject.path("A")).isLessThan(Subject.path("B"));
        }

        @Test
        void rejectsMalformedIdWithoutEchoingIt() {
            assertThatExceptionOfType(InvalidValueException.class)
                    .isThrownBy(() -> Subject.path("Maija Meik\u00e4l\u00e4inen"))
                    .satisfies(e -> {
                        assertThat(e.getViolations()).extracting(Violation::getCode).containsExactly("polku.id.format");
                        assertThat(e.getMessage()).doesNotContain("Maija");
                    });
        }
    }
}
