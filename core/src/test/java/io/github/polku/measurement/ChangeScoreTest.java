package io.github.polku.measurement;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.Optional;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class ChangeScoreTest {

    private static final LocalDate FEB = LocalDate.of(2021, 2, 1);
    private static final LocalDate AUG = LocalDate.of(2021, 8, 1);

    private static Measurement icf(LocalDate date, Respondent respondent, String chapter, String qualifier) {
        return Measurement.builder().instrumentId(Instruments.ICF_QUALIFIERS_ID).date(date).respondent(respondent)
                .putScore(chapter, new BigDecimal(qualifier)).build();
    }

    private static Measurement workAbility(LocalDate date, String score) {
        return Measurement.builder().instrumentId(Instruments.PERCEIVED_WORK_ABILITY_ID).date(date)
                .respondent(Respondent.CLIENT).putScore(Instruments.WORK_ABILITY, new BigDecimal(score)).build();
    }

    @Nested
    class Of {
        @ParameterizedTest(name = "work ability {0} -> {1}")
        @CsvSource(textBlock = """
                4, 6,  2,  2, IMPROVED
                6, 4, -2, -2, WORSENED
                5, 5,  0,  0, UNCHANGED
                0, 10, 10, 10, IMPROVED
                """)
        void computesChangeOnHigherIsBetterScale(String from, String to, int difference, int improvement,
                ChangeOutcome outcome) {
            ChangeScore change = ChangeScore.of(Instruments.perceivedWorkAbility(), Instruments.WORK_ABILITY,
                    workAbility(FEB, from), workAbility(AUG, to)).orElseThrow();
            assertThat(change.getDifference()).isEqualByComparingTo(BigDecimal.valueOf(difference));
            assertThat(change.getImprovement()).isEqualByComparingTo(BigDecimal.valueOf(improvement));
            assertThat(change.getOutcome()).isEqualTo(outcome);
        }

        @ParameterizedTest(name = "ICF qualifier {0} -> {1}")
        @CsvSource(textBlock = """
                3, 1, -2,  2, IMPROVED
                1, 3,  2, -2, WORSENED
                4, 0, -4,  4, IMPROVED
                2, 2,  0,  0, UNCHANGED
                """)
        void appliesLowerIsBetterDirectionOfIcfQualifiers(String from, String to, int difference, int improvement,
                ChangeOutcome outcome) {
            ChangeScore change = ChangeScore.of(Instruments.icfQualifiers(), "d7",
                    icf(FEB, Respondent.TOGETHER, "d7", from), icf(AUG, Respondent.TOGETHER, "d7", to)).orElseThrow();
            assertThat(change.getDifference()).isEqualByComparingTo(BigDecimal.valueOf(difference));
            assertThat(change.getImprovement()).isEqualByComparingTo(BigDecimal.valueOf(improvement));
            assertThat(change.getOutcome()).isEqualTo(outcome);
            assertThat(change.getDirection()).isEqualTo(Direction.LOWER_IS_BETTER);
        }

        @Test
        void recordsWhatWasCompared() {
            ChangeScore change = ChangeScore.of(Instruments.icfQualifiers(), "d7",
                    icf(FEB, Respondent.WORKER, "d7", "3"), icf(AUG, Respondent.WORKER, "d7", "1")).orElseThrow();
            assertThat(change.getInstrumentId()).isEqualTo(Instruments.ICF_QUALIFIERS_ID);
            assertThat(change.getDimension()).isEqualTo("d7");
            assertThat(change.getRespondent()).isEqualTo(Respondent.WORKER);
            assertThat(change.getEarlierDate()).isEqualTo(FEB);
            assertThat(change.getLaterDate()).isEqualTo(AUG);
            assertThat(change.getEarlierValue()).isEqualByComparingTo("3");
            assertThat(change.getLaterValue()).isEqualByComparingTo("1");
            assertThat(change).hasToString("ChangeScore{polku.icfQualifiers/d7 WORKER 2021-02-01..2021-08-01: 3 -> 1, IMPROVED}");
        }

        @Test
        void equalsChangeWithNumericallyEqualValues() {
            ChangeScore a = ChangeScore.of(Instruments.perceivedWorkAbility(), Instruments.WORK_ABILITY,
                    workAbility(FEB, "4"), workAbility(AUG, "6")).orElseThrow();
            ChangeScore b = ChangeScore.of(Instruments.perceivedWorkAbility(), Instruments.WORK_ABILITY,
                    workAbility(FEB, "4.0"), workAbility(AUG, "6.00")).orElseThrow();
            assertThat(a).isEqualTo(b).hasSameHashCodeAs(b);
        }
    }

    @Nested
    class Refusal {
        private final Instrument icf = Instruments.icfQualifiers();

        private Measurement other(LocalDate date, String qualifier) {
            return Measurement.builder().instrumentId(InstrumentId.of("other.icf")).date(date)
                    .respondent(Respondent.CLIENT).putScore("d7", new BigDecimal(qualifier)).build();
        }

        private Optional<ChangeScore> change(Measurement earlier, Measurement later) {
            return ChangeScore.of(icf, "d7", earlier, later);
        }

        @Test
        void refusesMeasurementsOfDifferentInstruments() {
            assertThat(change(other(FEB, "3"), icf(AUG, Respondent.CLIENT, "d7", "1"))).isEmpty();
            assertThat(change(icf(FEB, Respondent.CLIENT, "d7", "3"), other(AUG, "1"))).isEmpty();
            assertThat(change(other(FEB, "3"), other(AUG, "1"))).isEmpty();
        }

        @Test
        void refusesInstrumentOtherThanTheMeasurements() {
            assertThat(ChangeScore.of(Instruments.perceivedWorkAbility(), Instruments.WORK_ABILITY,
                    icf(FEB, Respondent.CLIENT, Instruments.WORK_ABILITY, "3"),
                    icf(AUG, Respondent.CLIENT, Instruments.WORK_ABILITY, "1"))).isEmpty();
        }

        @Test
        void refusesDimensionMissingInOneMeasurement() {
            assertThat(change(icf(FEB, Respondent.CLIENT, "d7", "3"), icf(AUG, Respondent.CLIENT, "d8", "1"))).isEmpty();
        }

        @Test
        void refusesDimensionTheInstrumentDoesNotHave() {
            assertThat(ChangeScore.of(icf, "d10", icf(FEB, Respondent.CLIENT, "d10", "3"),
                    icf(AUG, Respondent.CLIENT, "d10", "1"))).isEmpty();
        }

        @ParameterizedTest(name = "{0} -> {1}")
        @CsvSource(textBlock = """
                8, 1
                3, 9
                9, 8
                5, 1
                3, 2.5
                """)
        void refusesSpecialAndOffScaleValues(String from, String to) {
            assertThat(change(icf(FEB, Respondent.CLIENT, "d7", from), icf(AUG, Respondent.CLIENT, "d7", to))).isEmpty();
        }

        @Test
        void refusesLaterMeasurementNotAfterTheEarlier() {
            assertThat(change(icf(FEB, Respondent.CLIENT, "d7", "3"), icf(FEB, Respondent.CLIENT, "d7", "1"))).isEmpty();
            assertThat(change(icf(AUG, Respondent.CLIENT, "d7", "3"), icf(FEB, Respondent.CLIENT, "d7", "1"))).isEmpty();
        }

        @Test
        void refusesDifferentRespondents() {
            assertThat(change(icf(FEB, Respondent.CLIENT, "d7", "3"), icf(AUG, Respondent.WORKER, "d7", "1"))).isEmpty();
        }
    }

    @Nested
    class FromRecordedFigures {
        private final InstrumentId instrument = InstrumentId.of("test.instrument");
        private final LocalDate earlier = LocalDate.of(2025, 1, 10);

        @Test
        void keepsEveryFigureAndDerivesTheOutcome() {
            ChangeScore score = ChangeScore.of(instrument, "d1", Respondent.WORKER, Direction.LOWER_IS_BETTER, earlier,
                    new BigDecimal("3"), earlier.plusDays(90), new BigDecimal("1"));
            assertThat(score.getInstrumentId()).isEqualTo(instrument);
            assertThat(score.getDimension()).isEqualTo("d1");
            assertThat(score.getRespondent()).isEqualTo(Respondent.WORKER);
            assertThat(score.getLaterDate()).isEqualTo(earlier.plusDays(90));
            assertThat(score.getImprovement()).isEqualByComparingTo("2");
            assertThat(score.getOutcome()).isEqualTo(ChangeOutcome.IMPROVED);
        }

        @Test
        void rejectsALaterDateThatIsNotAfterTheEarlierOne() {
            org.assertj.core.api.Assertions.assertThatIllegalArgumentException().isThrownBy(() -> ChangeScore.of(instrument, "d1",
                    Respondent.CLIENT, Direction.HIGHER_IS_BETTER, earlier, BigDecimal.ONE, earlier, BigDecimal.TEN));
        }

        @Test
        void rejectsABlankDimension() {
            org.assertj.core.api.Assertions.assertThatIllegalArgumentException().isThrownBy(() -> ChangeScore.of(instrument, " ",
                    Respondent.CLIENT, Direction.HIGHER_IS_BETTER, earlier, BigDecimal.ONE, earlier.plusDays(1), BigDecimal.TEN));
        }
    }
}
