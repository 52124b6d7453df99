package io.github.polku.measurement;

import static io.github.polku.testing.ViolationAssert.violation;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatExceptionOfType;
import static org.assertj.core.api.Assertions.tuple;

import io.github.polku.testing.ViolationAssert;
import io.github.polku.validation.InvalidValueException;
import io.github.polku.validation.Severity;
import io.github.polku.validation.Violation;
import java.math.BigDecimal;
import java.util.Locale;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

class GoalAttainmentScaleTest {

    /** Obviously fictional level descriptions, as a client might word them. */
    static GoalAttainmentScale.Builder fiveLevels() {
        return GoalAttainmentScale.builder()
                .putLevel(-2, "Secret text minus two: stays in bed all week")
                .putLevel(-1, "Secret text minus one: leaves home once a week")
                .putLevel(0, "Secret text zero: goes to the meeting place twice a week")
                .putLevel(1, "Secret text plus one: goes three times a week")
                .putLevel(2, "Secret text plus two: helps run the Tuesday group");
    }

    @Nested
    class Build {
        @Test
        void createsScaleWithDefaultWeightOne() {
            GoalAttainmentScale gas = fiveLevels().baselineLevel(-1).attainedLevel(1).build();
            assertThat(gas.getWeight()).isEqualByComparingTo("1");
            assertThat(gas.getBaselineLevel()).contains(-1);
            assertThat(gas.getAttainedLevel()).contains(1);
            assertThat(gas.getLevelDescription(2)).startsWith("Secret text plus two");
            assertThat(gas.getLevels()).containsOnlyKeys(-2, -1, 0, 1, 2);
        }

        @Test
        void leavesLevelsUnsetUntilRecorded() {
            GoalAttainmentScale gas = fiveLevels().build();
            assertThat(gas.getBaselineLevel()).isEmpty();
            assertThat(gas.getAttainedLevel()).isEmpty();
        }

        @Test
        void rejectsScaleMissingLevelsReportingEachMissingLevel() {
            assertThatExceptionOfType(InvalidValueException.class)
                    .isThrownBy(() -> GoalAttainmentScale.builder().putLevel(-1, "a").putLevel(0, "b").putLevel(1, "c").build())
                    .satisfies(e -> ViolationAssert.assertThat(e.getViolations())
                            .containsExactlyViolations(
                                    violation(GoalAttainmentScale.LEVEL_MISSING).withSeverity(Severity.ERROR).at("/levels").withArgument("level", "-2"),
                                    violation(GoalAttainmentScale.LEVEL_MISSING).withSeverity(Severity.ERROR).at("/levels").withArgument("level", "2")));
        }

        @ParameterizedTest
        @ValueSource(ints = {-3, 3, 10})
        void rejectsLevelOutsideMinusTwoToPlusTwo(int level) {
            assertThatExceptionOfType(InvalidValueException.class)
                    .isThrownBy(() -> fiveLevels().putLevel(level, "extra").build())
                    .satisfies(e -> ViolationAssert.assertThat(e.getViolations())
                            .containsExactlyViolations(violation(GoalAttainmentScale.LEVEL_RANGE).withSeverity(Severity.ERROR).at("/levels/" + level)));
        }

        @ParameterizedTest
        @ValueSource(strings = {"0", "-1", "0.0"})
        void rejectsWeightThatIsNotPositive(String weight) {
            assertThatExceptionOfType(InvalidValueException.class)
                    .isThrownBy(() -> fiveLevels().weight(new BigDecimal(weight)).build())
                    .satisfies(e -> ViolationAssert.assertThat(e.getViolations())
                            .containsExactlyViolations(violation(GoalAttainmentScale.WEIGHT).withSeverity(Severity.ERROR).at("/weight")));
        }

        @ParameterizedTest
        @ValueSource(strings = {"0.5", "1", "3"})
        void acceptsPositiveWeight(String weight) {
            assertThat(fiveLevels().weight(new BigDecimal(weight)).build().getWeight()).isEqualByComparingTo(weight);
        }

        @ParameterizedTest(name = "baseline {0}, attained {1}")
        @CsvSource(textBlock = """
                -3,  0, /baselineLevel
                 0,  3, /attainedLevel
                 5, -2, /baselineLevel
                """)
        void rejectsBaselineOrAttainedLevelOutOfRange(int baseline, int attained, String pointer) {
            assertThatExceptionOfType(InvalidValueException.class)
                    .isThrownBy(() -> fiveLevels().baselineLevel(baseline).attainedLevel(attained).build())
                    .satisfies(e -> ViolationAssert.assertThat(e.getViolations())
                            .containsExactlyViolations(violation(GoalAttainmentScale.LEVEL_RANGE).withSeverity(Severity.ERROR).at(pointer)));
        }

        @Test
        void reportsEveryBrokenInvariantAtOnce() {
            assertThatExceptionOfType(InvalidValueException.class)
                    .isThrownBy(() -> GoalAttainmentScale.builder().putLevel(-2, "a").putLevel(-1, "b").putLevel(0, "c")
                            .putLevel(1, "d").weight(BigDecimal.ZERO).attainedLevel(-5).build())
                    .satisfies(e -> assertThat(e.getViolations())
                            .extracting(Violation::getCode, Violation::getPath)
                            .containsExactly(
                                    tuple(GoalAttainmentScale.LEVEL_MISSING, "/levels"),
                                    tuple(GoalAttainmentScale.WEIGHT, "/weight"),
                                    tuple(GoalAttainmentScale.LEVEL_RANGE, "/attainedLevel")));
        }

        @ParameterizedTest
        @ValueSource(ints = {-3, 3})
        void rejectsAskingForADescriptionOutsideTheScale(int level) {
            assertThatExceptionOfType(IllegalArgumentException.class)
                    .isThrownBy(() -> fiveLevels().build().getLevelDescription(level));
        }
    }

    @Nested
    class Redaction {
        @Test
        void keepsLevelDescriptionsOutOfToString() {
            GoalAttainmentScale gas = fiveLevels().attainedLevel(0).build();
            assertThat(gas.toString()).doesNotContain("Secret", "meeting place").contains("****");
        }

        @Test
        void keepsLevelDescriptionsOutOfExceptionsAndViolations() {
            assertThatExceptionOfType(InvalidValueException.class)
                    .isThrownBy(() -> fiveLevels().putLevel(7, "Secret extra level").build())
                    .satisfies(e -> {
                        assertThat(e.getMessage()).doesNotContain("Secret");
                        assertThat(e.getViolations()).allSatisfy(v -> {
                            assertThat(v.toString()).doesNotContain("Secret");
                            assertThat(v.getMessage(Locale.ENGLISH)).doesNotContain("Secret");
                        });
                    });
        }
    }

    @Nested
    class ValueSemantics {
        @Test
        void equalsScaleWithSameLevelsWeightAndAttainment() {
            assertThat(fiveLevels().attainedLevel(1).build())
                    .isEqualTo(fiveLevels().attainedLevel(1).build())
                    .hasSameHashCodeAs(fiveLevels().attainedLevel(1).build())
                    .isNotEqualTo(fiveLevels().attainedLevel(0).build());
        }
    }

    @Nested
    class Messages {
        @ParameterizedTest(name = "{0}")
        @CsvSource(delimiter = '|', textBlock = """
                fi | GAS-asteikolta puuttuu tason 2 kuvaus
                sv | Målattainmentskalan saknar beskrivning för nivå 2
                en | The goal attainment scale has no description for level 2
                """)
        void rendersMissingLevelMessageInThreeLanguages(String language, String expected) {
            assertThatExceptionOfType(InvalidValueException.class)
                    .isThrownBy(() -> GoalAttainmentScale.builder().putLevel(-2, "a").putLevel(-1, "b").putLevel(0, "c")
                            .putLevel(1, "d").build())
                    .satisfies(e -> assertThat(e.getViolations().get(0).getMessage(Locale.forLanguageTag(language)))
                            .isEqualTo(expected));
        }
    }
}
