package io.github.polku.quality;

import static io.github.polku.quality.QualitySamples.citation;
import static io.github.polku.quality.QualitySamples.criterion;
import static io.github.polku.quality.QualitySamples.text;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatExceptionOfType;
import static org.assertj.core.groups.Tuple.tuple;

import io.github.polku.validation.IncompleteValueException;
import io.github.polku.validation.InvalidValueException;
import io.github.polku.validation.Violation;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class QualityCriterionTest {

    @Test
    void buildsCriterionWithParametersInOrder() {
        QualityCriterion c = criterion("LONG_TERM_SUPPORT").assessment(Assessment.automatic("test.minimumVisits"))
                .putParameter("minimum", "6").putParameter("other", "x").build();
        assertThat(c.getCode()).isEqualTo("LONG_TERM_SUPPORT");
        assertThat(c.getSources()).containsExactly(citation());
        assertThat(c.getParameters()).containsExactly(
                org.assertj.core.api.Assertions.entry("minimum", "6"), org.assertj.core.api.Assertions.entry("other", "x"));
        assertThat(c.getSubjectKind()).isEqualTo(SubjectKind.PATH);
    }

    @ParameterizedTest
    @ValueSource(strings = {"named_worker", "NAMED__WORKER", "_NAMED", "NAMED_", "1NAMED", "NAMED-WORKER", "",
            "A2345678901234567890123456789012345678901234567890123456789012345"})
    void rejectsMalformedCode(String code) {
        assertThatExceptionOfType(InvalidValueException.class)
                .isThrownBy(() -> criterion(code).assessment(Assessment.byPerson()).build())
                .satisfies(e -> assertThat(e.getViolations()).extracting(Violation::getCode, Violation::getPath)
                        .containsExactly(tuple(QualityCriterion.CODE_FORMAT, "/code")));
    }

    @ParameterizedTest
    @ValueSource(strings = {"A", "NAMED_WORKER", "SOSKU_10", "C1_2_3"})
    void acceptsUpperSnakeCode(String code) {
        assertThat(criterion(code).assessment(Assessment.byPerson()).build().getCode()).isEqualTo(code);
    }

    @Test
    void reportsEveryStructuralProblemAtOnce() {
        QualityCriterion.Builder b = QualityCriterion.builder();
        b.code("bad").name(text("n")).description(text("d")).subjectKind(SubjectKind.PATH)
                .assessment(Assessment.byPerson()).putParameter("Bad Name", "1");
        assertThatExceptionOfType(InvalidValueException.class)
                .isThrownBy(b::build)
                .satisfies(e -> assertThat(e.getViolations()).extracting(Violation::getCode, Violation::getPath)
                        .containsExactly(
                                tuple(QualityCriterion.CODE_FORMAT, "/code"),
                                tuple(QualityCriterion.SOURCE_MISSING, "/sources"),
                                tuple(QualityCriterion.PARAMETER_NAME_FORMAT, "/parameters/Bad Name"),
                                tuple(QualityCriterion.PARAMETERS_WITHOUT_EVALUATOR, "/parameters")));
    }

    @Test
    void rejectsMissingMandatoryAttribute() {
        assertThatExceptionOfType(IncompleteValueException.class)
                .isThrownBy(() -> criterion("X").build())
                .satisfies(e -> assertThat(e.getViolations()).extracting(Violation::getArguments)
                        .anySatisfy(a -> assertThat(a).containsValue("assessment")));
    }

    @Test
    void comparesByValue() {
        QualityCriterion a = QualitySamples.byPerson("X");
        assertThat(a).isEqualTo(QualitySamples.byPerson("X")).hasSameHashCodeAs(QualitySamples.byPerson("X"))
                .isNotEqualTo(QualitySamples.byPerson("Y"));
    }
}
