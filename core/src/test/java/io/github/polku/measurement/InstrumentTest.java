package io.github.polku.measurement;

import static io.github.polku.testing.ViolationAssert.violation;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatExceptionOfType;
import static org.assertj.core.api.Assertions.tuple;

import io.github.polku.testing.ViolationAssert;
import io.github.polku.validation.IncompleteValueException;
import io.github.polku.validation.InvalidValueException;
import io.github.polku.validation.Severity;
import io.github.polku.validation.Violation;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import java.util.Locale;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

class InstrumentTest {

    private static final Scale ONE_TO_FIVE = Scale.ofIntegers(1, 5, Direction.HIGHER_IS_BETTER);

    private static Dimension dimension(String code) {
        return Dimension.builder().code(code).scale(ONE_TO_FIVE).build();
    }

    private static Instrument.Builder instrument() {
        return Instrument.builder().id(InstrumentId.of("test.instrument")).version("1").source("A fictional source");
    }

    private static Measurement.Builder measurement(Instrument instrument) {
        return Measurement.builder().instrumentId(instrument.getId()).date(LocalDate.of(2021, 3, 1))
                .respondent(Respondent.CLIENT);
    }

    @Nested
    class Build {
        @Test
        void createsInstrumentWithDimensionsInOrder() {
            Instrument two = instrument().addDimension(dimension("B")).addDimension(dimension("A")).build();
            assertThat(two.getDimensions()).extracting(Dimension::getCode).containsExactly("B", "A");
            assertThat(two.getDimension("A")).contains(dimension("A"));
            assertThat(two.getDimension("C")).isEmpty();
            assertThat(two.getLicenceNote()).isEmpty();
        }

        @Test
        void rejectsInstrumentWithoutDimensions() {
            assertThatExceptionOfType(InvalidValueException.class)
                    .isThrownBy(() -> instrument().build())
                    .satisfies(e -> ViolationAssert.assertThat(e.getViolations())
                            .containsExactlyViolations(violation(Instrument.NO_DIMENSIONS).withSeverity(Severity.ERROR).at("/dimensions")));
        }

        @Test
        void rejectsEveryRepeatedDimensionCode() {
            assertThatExceptionOfType(InvalidValueException.class)
                    .isThrownBy(() -> instrument().addDimension(dimension("A")).addDimension(dimension("B"))
                            .addDimension(dimension("A")).addDimension(dimension("B")).build())
                    .satisfies(e -> ViolationAssert.assertThat(e.getViolations())
                            .containsExactlyViolations(
                                    violation(Instrument.DUPLICATE_DIMENSION).withSeverity(Severity.ERROR).at("/dimensions/2/code"),
                                    violation(Instrument.DUPLICATE_DIMENSION).withSeverity(Severity.ERROR).at("/dimensions/3/code")));
        }

        @Test
        void rejectsMissingMandatoryAttributes() {
            assertThatExceptionOfType(IncompleteValueException.class)
                    .isThrownBy(() -> Instrument.builder().addDimension(dimension("A")).build())
                    .satisfies(e -> assertThat(e.getViolations()).extracting(Violation::getPath)
                            .containsExactlyInAnyOrder("/id", "/version", "/source"));
        }

        @Test
        void returnsNameInRequestedLanguageThenEnglishThenId() {
            Instrument named = instrument().putName("en", "Test").addDimension(dimension("A")).build();
            Instrument unnamed = instrument().addDimension(dimension("A")).build();
            assertThat(named.getName(Locale.forLanguageTag("fi"))).isEqualTo("Test");
            assertThat(unnamed.getName(Locale.ENGLISH)).isEqualTo("test.instrument");
        }
    }

    @Nested
    class Check {
        private final Instrument workAbility = Instruments.perceivedWorkAbility();
        private final Instrument icf = Instruments.icfQualifiers();

        @Test
        void acceptsMeasurementThatFitsItsInstrument() {
            Measurement fits = measurement(icf).putScore("d7", BigDecimal.valueOf(3)).putScore("d9", BigDecimal.valueOf(8))
                    .putScore("d1", new BigDecimal("0.0")).build();
            assertThat(icf.check(fits)).isEmpty();
        }

        @Test
        void reportsOnlyTheMismatchWhenTheMeasurementIsOfAnotherInstrument() {
            Measurement other = measurement(icf).putScore("WORK_ABILITY", BigDecimal.valueOf(99)).build();
            ViolationAssert.assertThat(workAbility.check(other))
                    .containsExactlyViolations(violation(Instrument.MISMATCH).withSeverity(Severity.ERROR).at("/instrumentId"));
        }

        @Test
        void reportsUnknownDimensionAtEscapedPointer() {
            Measurement unknown = measurement(workAbility).putScore("WORK_ABILITY", BigDecimal.valueOf(5))
                    .putScore("a/b~c", BigDecimal.ONE).build();
            ViolationAssert.assertThat(workAbility.check(unknown))
                    .containsExactlyViolations(violation(Instrument.UNKNOWN_DIMENSION).withSeverity(Severity.ERROR).at("/scores/a~1b~0c"));
        }

        @ParameterizedTest(name = "work ability {0}")
        @ValueSource(strings = {"-1", "11", "4.5", "8.01"})
        void reportsScoreOffTheScale(String score) {
            Measurement off = measurement(workAbility).putScore("WORK_ABILITY", new BigDecimal(score)).build();
            ViolationAssert.assertThat(workAbility.check(off))
                    .containsExactlyViolations(violation(Instrument.OFF_SCALE).withSeverity(Severity.ERROR).at("/scores/WORK_ABILITY"));
        }

        @ParameterizedTest(name = "ICF qualifier {0}")
        @CsvSource(textBlock = """
                0, true
                4, true
                5, false
                7, false
                8, true
                9, true
                10, false
                """)
        void acceptsIcfQualifiersZeroToFourEightAndNine(int qualifier, boolean accepted) {
            Measurement m = measurement(icf).putScore("d5", BigDecimal.valueOf(qualifier)).build();
            assertThat(icf.check(m).isEmpty()).isEqualTo(accepted);
        }

        @Test
        void reportsEveryProblemOfAMeasurementAtOnce() {
            Measurement bad = measurement(icf).putScore("d1", BigDecimal.valueOf(5)).putScore("d2", BigDecimal.ONE)
                    .putScore("d10", BigDecimal.ONE).putScore("d3", BigDecimal.valueOf(-1)).build();
            assertThat(icf.check(bad))
                    .extracting(Violation::getCode, Violation::getPath)
                    .containsExactly(
                            tuple(Instrument.OFF_SCALE, "/scores/d1"),
                            tuple(Instrument.UNKNOWN_DIMENSION, "/scores/d10"),
                            tuple(Instrument.OFF_SCALE, "/scores/d3"));
        }

        @Test
        void warnsAboutMeasurementWithoutScores() {
            ViolationAssert.assertThat(workAbility.check(measurement(workAbility).build()))
                    .containsExactlyViolations(violation(Instrument.NO_SCORES).withSeverity(Severity.WARNING).at("/scores"));
        }

        @Test
        void neverPutsTheScoreIntoTheViolation() {
            Measurement off = measurement(workAbility).putScore("WORK_ABILITY", new BigDecimal("12.345")).build();
            Violation v = workAbility.check(off).get(0);
            assertThat(v.getArguments()).containsOnlyKeys("dimension", "min", "max", "step", "special")
                    .doesNotContainValue("12.345");
            assertThat(v.toString()).doesNotContain("12.345");
            assertThat(v.getMessage(Locale.ENGLISH)).doesNotContain("12.345");
        }

        @Test
        void producesPointersThatRelocateIntoALargerDocument() {
            Measurement off = measurement(workAbility).putScore("WORK_ABILITY", BigDecimal.valueOf(11)).build();
            List<Violation> located = workAbility.check(off);
            assertThat(located.get(0).atLocation("/measurements/2").getPath()).isEqualTo("/measurements/2/scores/WORK_ABILITY");
        }
    }

    @Nested
    class Messages {
        @ParameterizedTest(name = "{0}")
        @CsvSource(delimiter = '|', textBlock = """
                fi | Ulottuvuuden d7 pistemäärä ei ole asteikolla: 0–4 askelin 1, erikoisarvot 8, 9
                sv | Poängen för d7 ligger inte på skalan: 0–4 i steg om 1, specialvärden 8, 9
                en | The score of d7 is not on its scale: 0–4 in steps of 1, special values 8, 9
                """)
        void rendersOffScaleMessageInThreeLanguages(String language, String expected) {
            Instrument icf = Instruments.icfQualifiers();
            Measurement off = measurement(icf).putScore("d7", BigDecimal.valueOf(6)).build();
            assertThat(icf.check(off).get(0).getMessage(Locale.forLanguageTag(language))).isEqualTo(expected);
        }

        @ParameterizedTest(name = "{0}")
        @CsvSource(delimiter = '|', textBlock = """
                fi | Mittaus on tehty mittarilla polku.icfQualifiers, ei mittarilla polku.perceivedWorkAbility
                sv | Mätningen är gjord med mätinstrumentet polku.icfQualifiers, inte polku.perceivedWorkAbility
                en | The measurement was made with instrument polku.icfQualifiers, not polku.perceivedWorkAbility
                """)
        void rendersMismatchMessageInThreeLanguages(String language, String expected) {
            Measurement icfMeasurement = measurement(Instruments.icfQualifiers()).putScore("d7", BigDecimal.ONE).build();
            Violation v = Instruments.perceivedWorkAbility().check(icfMeasurement).get(0);
            assertThat(v.getMessage(Locale.forLanguageTag(language))).isEqualTo(expected);
        }
    }
}
