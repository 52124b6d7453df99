package io.github.polku.measurement;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatExceptionOfType;
import static org.assertj.core.api.Assertions.tuple;

import io.github.polku.validation.InvalidValueException;
import io.github.polku.validation.Violation;
import java.math.BigDecimal;
import java.util.EnumSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;

class InstrumentsTest {

    @Nested
    class PerceivedWorkAbility {
        @Test
        void hasOneDimensionFromZeroToTenHigherIsBetter() {
            Instrument workAbility = Instruments.perceivedWorkAbility();
            assertThat(workAbility.getId()).isEqualTo(Instruments.PERCEIVED_WORK_ABILITY_ID);
            assertThat(workAbility.getDimensions()).singleElement().satisfies(d -> {
                assertThat(d.getCode()).isEqualTo(Instruments.WORK_ABILITY);
                assertThat(d.getScale()).isEqualTo(Scale.ofIntegers(0, 10, Direction.HIGHER_IS_BETTER));
            });
            assertThat(workAbility.getLicenceNote()).isPresent();
            assertThat(workAbility.getName(Locale.forLanguageTag("sv"))).isEqualTo("Upplevd arbetsförmåga (0–10)");
        }
    }

    @Nested
    class IcfQualifiers {
        @Test
        void hasNineChapterDimensionsOnTheQualifierScale() {
            Instrument icf = Instruments.icfQualifiers();
            assertThat(icf.getId()).isEqualTo(Instruments.ICF_QUALIFIERS_ID);
            assertThat(icf.getDimensions()).extracting(Dimension::getCode)
                    .containsExactly("d1", "d2", "d3", "d4", "d5", "d6", "d7", "d8", "d9");
            assertThat(icf.getDimensions()).allSatisfy(d -> assertThat(d.getScale()).isEqualTo(Instruments.icfQualifierScale()));
            assertThat(icf.getDimension("d7").orElseThrow().getName(Locale.forLanguageTag("fi")))
                    .isEqualTo(IcfChapter.D7.getName(Locale.forLanguageTag("fi")));
        }

        @Test
        void hasQualifierScaleFromZeroToFourLowerIsBetterWithEightAndNineSpecial() {
            Scale scale = Instruments.icfQualifierScale();
            assertThat(scale.getMin()).isEqualByComparingTo("0");
            assertThat(scale.getMax()).isEqualByComparingTo("4");
            assertThat(scale.getDirection()).isEqualTo(Direction.LOWER_IS_BETTER);
            assertThat(scale.getSpecialValues()).containsExactly(BigDecimal.valueOf(8), BigDecimal.valueOf(9));
        }

        @Test
        void ordersChosenChaptersAsIcfDoes() {
            LinkedHashSet<IcfChapter> chosen = new LinkedHashSet<>(List.of(IcfChapter.D9, IcfChapter.D7, IcfChapter.D8));
            Instrument social = Instruments.icfQualifiers(chosen);
            assertThat(social.getId()).isEqualTo(Instruments.ICF_QUALIFIERS_ID);
            assertThat(social.getDimensions()).extracting(Dimension::getCode).containsExactly("d7", "d8", "d9");
        }

        @Test
        void rejectsEmptyChapterSet() {
            assertThatExceptionOfType(InvalidValueException.class)
                    .isThrownBy(() -> Instruments.icfQualifiers(EnumSet.noneOf(IcfChapter.class)))
                    .satisfies(e -> assertThat(e.getViolations()).extracting(Violation::getCode)
                            .containsExactly(Instrument.NO_DIMENSIONS));
        }
    }

    @Nested
    class JourneyOfChange {
        @Test
        void hasUserSuppliedAreasOnTheOneToTenScale() {
            Instrument star = Instruments.journeyOfChange(InstrumentId.of("example.star"), "2", "AREA_A", "AREA_B");
            assertThat(star.getDimensions()).extracting(Dimension::getCode).containsExactly("AREA_A", "AREA_B");
            assertThat(star.getDimensions()).allSatisfy(d -> assertThat(d.getScale())
                    .isEqualTo(Scale.ofIntegers(1, 10, Direction.HIGHER_IS_BETTER)));
            assertThat(star.getVersion()).isEqualTo("2");
        }

        @Test
        void rejectsRepeatedAreaCode() {
            assertThatExceptionOfType(InvalidValueException.class)
                    .isThrownBy(() -> Instruments.journeyOfChange(InstrumentId.of("example.star"), "1", "A", "A"))
                    .satisfies(e -> assertThat(e.getViolations()).extracting(Violation::getCode, Violation::getPath)
                            .containsExactly(tuple(Instrument.DUPLICATE_DIMENSION, "/dimensions/1/code")));
        }

        @Test
        void rejectsInstrumentWithoutAreas() {
            assertThatExceptionOfType(InvalidValueException.class)
                    .isThrownBy(() -> Instruments.journeyOfChange(InstrumentId.of("example.star"), "1"))
                    .satisfies(e -> assertThat(e.getViolations()).extracting(Violation::getCode)
                            .containsExactly(Instrument.NO_DIMENSIONS));
        }
    }

    @Nested
    class Identifier {
        @Test
        void rejectsMalformedInstrumentId() {
            assertThatExceptionOfType(InvalidValueException.class)
                    .isThrownBy(() -> InstrumentId.of("not valid"))
                    .satisfies(e -> assertThat(e.getViolations()).extracting(Violation::getCode)
                            .containsExactly("polku.id.format"));
        }

        @Test
        void equalsIdWithSameText() {
            assertThat(InstrumentId.of("a.b")).isEqualTo(InstrumentId.of("a.b")).isNotEqualTo(InstrumentId.of("a.c"));
        }
    }
}
