package io.github.polku.measurement;

import static io.github.polku.testing.ViolationAssert.violation;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatExceptionOfType;

import io.github.polku.testing.ViolationAssert;
import io.github.polku.validation.InvalidValueException;
import io.github.polku.validation.Severity;
import java.math.BigDecimal;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class ScaleTest {

    private static BigDecimal dec(String value) {
        return new BigDecimal(value);
    }

    @Nested
    class Build {
        @Test
        void createsIntegerScaleWithStepOne() {
            Scale scale = Scale.ofIntegers(0, 10, Direction.HIGHER_IS_BETTER);
            assertThat(scale.getMin()).isEqualByComparingTo("0");
            assertThat(scale.getMax()).isEqualByComparingTo("10");
            assertThat(scale.getStep()).isEqualByComparingTo("1");
            assertThat(scale.getDirection()).isEqualTo(Direction.HIGHER_IS_BETTER);
            assertThat(scale.getSpecialValues()).isEmpty();
        }

        @ParameterizedTest(name = "min {0}, max {1}")
        @CsvSource(textBlock = """
                5, 5
                6, 5
                """)
        void rejectsMinimumNotBelowMaximum(int min, int max) {
            assertThatExceptionOfType(InvalidValueException.class)
                    .isThrownBy(() -> Scale.ofIntegers(min, max, Direction.HIGHER_IS_BETTER))
                    .satisfies(e -> ViolationAssert.assertThat(e.getViolations())
                            .containsExactlyViolations(violation(Scale.BOUNDS).withSeverity(Severity.ERROR).at("/max")));
        }

        @ParameterizedTest(name = "step {0}")
        @CsvSource(textBlock = """
                0
                -1
                3
                0.3
                """)
        void rejectsStepNotPositiveOrNotDividingTheRange(String step) {
            assertThatExceptionOfType(InvalidValueException.class)
                    .isThrownBy(() -> Scale.builder().min(dec("0")).max(dec("10")).step(dec(step))
                            .direction(Direction.HIGHER_IS_BETTER).build())
                    .satisfies(e -> ViolationAssert.assertThat(e.getViolations())
                            .containsExactlyViolations(violation(Scale.STEP).withSeverity(Severity.ERROR).at("/step")));
        }

        @Test
        void acceptsFractionalStepThatDividesTheRange() {
            Scale half = Scale.builder().min(dec("0")).max(dec("5")).step(dec("0.5"))
                    .direction(Direction.HIGHER_IS_BETTER).build();
            assertThat(half.isOrdinal(dec("2.5"))).isTrue();
            assertThat(half.isOrdinal(dec("2.25"))).isFalse();
        }

        @Test
        void rejectsSpecialValuesOnTheOrdinalLineReportingEach() {
            assertThatExceptionOfType(InvalidValueException.class)
                    .isThrownBy(() -> Scale.builder().min(dec("0")).max(dec("4")).direction(Direction.LOWER_IS_BETTER)
                            .addSpecialValue(dec("8")).addSpecialValue(dec("2")).addSpecialValue(dec("4.0")).build())
                    .satisfies(e -> ViolationAssert.assertThat(e.getViolations())
                            .containsExactlyViolations(
                                    violation(Scale.SPECIAL_ON_LINE).withSeverity(Severity.ERROR).at("/specialValues/1"),
                                    violation(Scale.SPECIAL_ON_LINE).withSeverity(Severity.ERROR).at("/specialValues/2")));
        }

        @Test
        void acceptsSpecialValuesOffTheLine() {
            assertThat(Instruments.icfQualifierScale().getSpecialValues()).containsExactly(dec("8"), dec("9"));
        }
    }

    @Nested
    class Membership {
        @ParameterizedTest(name = "{0}: ordinal {1}, special {2}, on scale {3}")
        @CsvSource(textBlock = """
                 0,    true,  false, true
                 4,    true,  false, true
                 4.00, true,  false, true
                 5,    false, false, false
                 8,    false, true,  true
                 9.0,  false, true,  true
                 7,    false, false, false
                -1,    false, false, false
                 1.5,  false, false, false
                """)
        void classifiesIcfQualifierValues(String value, boolean ordinal, boolean special, boolean onScale) {
            Scale icf = Instruments.icfQualifierScale();
            assertThat(icf.isOrdinal(dec(value))).isEqualTo(ordinal);
            assertThat(icf.isSpecial(dec(value))).isEqualTo(special);
            assertThat(icf.isOnScale(dec(value))).isEqualTo(onScale);
        }
    }

    @Nested
    class ValueSemantics {
        @Test
        void equalsScaleWithSameAttributes() {
            assertThat(Scale.ofIntegers(1, 10, Direction.HIGHER_IS_BETTER))
                    .isEqualTo(Instruments.journeyOfChangeScale())
                    .hasSameHashCodeAs(Instruments.journeyOfChangeScale())
                    .isNotEqualTo(Scale.ofIntegers(1, 10, Direction.LOWER_IS_BETTER));
        }
    }
}
