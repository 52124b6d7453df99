package io.github.polku.measurement;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;

class ChangeScoresTest {

    private static final Instrument ICF = Instruments.icfQualifiers();

    private static Measurement icf(String date, Respondent respondent, String... chapterAndQualifier) {
        Measurement.Builder builder = Measurement.builder().instrumentId(Instruments.ICF_QUALIFIERS_ID)
                .date(LocalDate.parse(date)).respondent(respondent);
        for (int i = 0; i < chapterAndQualifier.length; i += 2) {
            builder.putScore(chapterAndQualifier[i], new BigDecimal(chapterAndQualifier[i + 1]));
        }
        return builder.build();
    }

    @Nested
    class Between {
        @Test
        void returnsChangeOfEveryComparableDimensionInInstrumentOrder() {
            Measurement earlier = icf("2021-02-01", Respondent.CLIENT, "d9", "8", "d7", "3", "d1", "2", "d5", "1");
            Measurement later = icf("2021-08-01", Respondent.CLIENT, "d7", "1", "d9", "2", "d1", "2", "d6", "0");
            // d9 starts at 8 (not specified); d5 and d6 are scored only once
            assertThat(ChangeScores.between(ICF, earlier, later))
                    .extracting(ChangeScore::getDimension, c -> c.getDifference().intValue(), ChangeScore::getOutcome)
                    .containsExactly(tuple("d1", 0, ChangeOutcome.UNCHANGED), tuple("d7", -2, ChangeOutcome.IMPROVED));
        }

        @Test
        void returnsNothingForMeasurementsInTheWrongOrder() {
            Measurement earlier = icf("2021-02-01", Respondent.CLIENT, "d7", "3");
            Measurement later = icf("2021-08-01", Respondent.CLIENT, "d7", "1");
            assertThat(ChangeScores.between(ICF, later, earlier)).isEmpty();
        }
    }

    @Nested
    class FirstToLast {
        private final List<Measurement> path = List.of(
                icf("2021-03-01", Respondent.CLIENT, "d7", "3"),
                icf("2021-02-15", Respondent.WORKER, "d7", "4"),
                icf("2021-01-10", Respondent.CLIENT, "d7", "4"),
                icf("2021-11-30", Respondent.WORKER, "d7", "1"),
                icf("2021-06-01", Respondent.CLIENT, "d7", "2"),
                Measurement.builder().instrumentId(Instruments.PERCEIVED_WORK_ABILITY_ID)
                        .date(LocalDate.parse("2020-12-01")).respondent(Respondent.WORKER)
                        .putScore(Instruments.WORK_ABILITY, BigDecimal.ONE).build());

        @Test
        void comparesEarliestAndLatestMeasurementOfTheChosenRespondent() {
            assertThat(ChangeScores.firstToLast(ICF, path, Respondent.CLIENT))
                    .extracting(ChangeScore::getEarlierDate, ChangeScore::getLaterDate, c -> c.getImprovement().intValue())
                    .containsExactly(tuple(LocalDate.parse("2021-01-10"), LocalDate.parse("2021-06-01"), 2));
            assertThat(ChangeScores.firstToLast(ICF, path, Respondent.WORKER))
                    .extracting(ChangeScore::getEarlierDate, ChangeScore::getLaterDate, c -> c.getImprovement().intValue())
                    .containsExactly(tuple(LocalDate.parse("2021-02-15"), LocalDate.parse("2021-11-30"), 3));
        }

        @Test
        void usesTheRespondentOfTheEarliestMeasurementOfTheInstrumentByDefault() {
            // the work-ability measurement of 2020-12-01 by the worker is of another instrument
            assertThat(ChangeScores.firstToLast(ICF, path))
                    .isEqualTo(ChangeScores.firstToLast(ICF, path, Respondent.CLIENT));
        }

        @Test
        void breaksTiesOnDateByListOrder() {
            List<Measurement> sameDays = List.of(
                    icf("2021-01-10", Respondent.CLIENT, "d7", "4"),
                    icf("2021-01-10", Respondent.CLIENT, "d7", "3"),
                    icf("2021-05-10", Respondent.CLIENT, "d7", "2"),
                    icf("2021-05-10", Respondent.CLIENT, "d7", "0"));
            assertThat(ChangeScores.firstToLast(ICF, sameDays))
                    .extracting(c -> c.getEarlierValue().intValue(), c -> c.getLaterValue().intValue())
                    .containsExactly(tuple(4, 0));
        }

        @Test
        void returnsNothingWithoutTwoDatesToCompare() {
            assertThat(ChangeScores.firstToLast(ICF, List.of())).isEmpty();
            assertThat(ChangeScores.firstToLast(ICF, List.of(icf("2021-01-10", Respondent.CLIENT, "d7", "4")))).isEmpty();
            assertThat(ChangeScores.firstToLast(ICF, path, Respondent.TOGETHER)).isEmpty();
            assertThat(ChangeScores.firstToLast(ICF, List.of(
                    icf("2021-01-10", Respondent.CLIENT, "d7", "4"),
                    icf("2021-01-10", Respondent.CLIENT, "d7", "2")))).isEmpty();
        }
    }
}
