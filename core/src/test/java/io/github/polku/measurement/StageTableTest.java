package io.github.polku.measurement;

import static io.github.polku.testing.ViolationAssert.violation;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatExceptionOfType;

import io.github.polku.testing.ViolationAssert;
import io.github.polku.validation.InvalidValueException;
import io.github.polku.validation.Severity;
import io.github.polku.validation.Violation;
import java.math.BigDecimal;
import java.util.List;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

class StageTableTest {

    @Nested
    class Standard {
        @ParameterizedTest(name = "reading {0} -> stage {1}")
        @CsvSource(textBlock = """
                 1, 1
                 2, 1
                 3, 2
                 4, 2
                 5, 3
                 6, 3
                 7, 4
                 8, 4
                 9, 5
                10, 5
                10.0, 5
                """)
        void derivesStageFromReadingTwoReadingsPerStage(String reading, int stage) {
            assertThat(StageTable.standard().stageOf(new BigDecimal(reading))).isEqualTo(stage);
        }

        @ParameterizedTest
        @ValueSource(strings = {"0", "-1", "11", "2.5"})
        void rejectsReadingOutsideTheTable(String reading) {
            assertThatExceptionOfType(IllegalArgumentException.class)
                    .isThrownBy(() -> StageTable.standard().stageOf(new BigDecimal(reading)));
        }

        @Test
        void hasFiveUnnamedStages() {
            StageTable standard = StageTable.standard();
            assertThat(standard.getStageCount()).isEqualTo(5);
            assertThat(standard.getLastReadings()).containsExactly(2, 4, 6, 8, 10);
            assertThat(standard.getStageName(1)).isEmpty();
            assertThat(standard).hasToString("StageTable[2, 4, 6, 8, 10]");
        }
    }

    @Nested
    class Of {
        @Test
        void createsTableWithUserSuppliedNames() {
            StageTable three = StageTable.of(List.of(3, 7, 10), List.of("first", "second", "third"));
            assertThat(three.stageOf(BigDecimal.valueOf(4))).isEqualTo(2);
            assertThat(three.getStageName(3)).contains("third");
            assertThat(three).isEqualTo(StageTable.of(List.of(3, 7, 10), List.of("first", "second", "third")))
                    .isNotEqualTo(StageTable.of(List.of(3, 7, 10), List.of()));
        }

        @Test
        void rejectsLastReadingsThatDoNotIncrease() {
            assertThatExceptionOfType(InvalidValueException.class)
                    .isThrownBy(() -> StageTable.of(List.of(2, 2, 6), List.of()))
                    .satisfies(e -> ViolationAssert.assertThat(e.getViolations())
                            .containsExactlyViolations(violation(StageTable.ORDER).withSeverity(Severity.ERROR).at("/lastReadings/1")));
        }

        @Test
        void rejectsNonPositiveFirstReadingAndEmptyTable() {
            assertThatExceptionOfType(InvalidValueException.class)
                    .isThrownBy(() -> StageTable.of(List.of(0, 2), List.of()))
                    .satisfies(e -> assertThat(e.getViolations()).extracting(Violation::getPath)
                            .containsExactly("/lastReadings/0"));
            assertThatExceptionOfType(InvalidValueException.class)
                    .isThrownBy(() -> StageTable.of(List.of(), List.of()))
                    .satisfies(e -> assertThat(e.getViolations()).extracting(Violation::getPath)
                            .containsExactly("/lastReadings"));
        }

        @Test
        void rejectsNamesNotMatchingTheStages() {
            assertThatExceptionOfType(InvalidValueException.class)
                    .isThrownBy(() -> StageTable.of(List.of(5, 10), List.of("only one")))
                    .satisfies(e -> ViolationAssert.assertThat(e.getViolations())
                            .containsExactlyViolations(violation(StageTable.NAMES).withSeverity(Severity.ERROR).at("/names")));
        }

        @ParameterizedTest
        @ValueSource(ints = {0, 6})
        void rejectsStageNumberOutsideTheTable(int stage) {
            assertThatExceptionOfType(IllegalArgumentException.class)
                    .isThrownBy(() -> StageTable.standard().getStageName(stage));
        }
    }
}
