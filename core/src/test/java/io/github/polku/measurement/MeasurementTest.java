package io.github.polku.measurement;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatExceptionOfType;

import io.github.polku.validation.IncompleteValueException;
import io.github.polku.validation.Violation;
import java.math.BigDecimal;
import java.time.LocalDate;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;

class MeasurementTest {

    @Nested
    class Build {
        @Test
        void createsMeasurementWithScoresInInsertionOrder() {
            Measurement m = Measurement.builder()
                    .instrumentId(Instruments.ICF_QUALIFIERS_ID)
                    .date(LocalDate.of(2021, 2, 1))
                    .respondent(Respondent.TOGETHER)
                    .occasion(Occasion.PLAN_CREATED)
                    .putScore("d9", BigDecimal.valueOf(2))
                    .putScore("d7", BigDecimal.valueOf(3))
                    .build();
            assertThat(m.getScores().keySet()).containsExactly("d9", "d7");
            assertThat(m.getScore("d7")).contains(BigDecimal.valueOf(3));
            assertThat(m.getScore("d1")).isEmpty();
            assertThat(m.getOccasion()).contains(Occasion.PLAN_CREATED);
        }

        @Test
        void leavesOccasionEmptyUnlessLabelled() {
            Measurement m = Measurement.builder().instrumentId(Instruments.PERCEIVED_WORK_ABILITY_ID)
                    .date(LocalDate.of(2021, 2, 1)).respondent(Respondent.CLIENT).build();
            assertThat(m.getOccasion()).isEmpty();
            assertThat(m.getScores()).isEmpty();
        }

        @Test
        void rejectsMissingInstrumentDateAndRespondent() {
            assertThatExceptionOfType(IncompleteValueException.class)
                    .isThrownBy(() -> Measurement.builder().putScore("d7", BigDecimal.ONE).build())
                    .satisfies(e -> assertThat(e.getViolations()).extracting(Violation::getPath)
                            .containsExactlyInAnyOrder("/instrumentId", "/date", "/respondent"));
        }

        @Test
        void equalsMeasurementWithSameAttributes() {
            Measurement.Builder a = Measurement.builder().instrumentId(Instruments.PERCEIVED_WORK_ABILITY_ID)
                    .date(LocalDate.of(2021, 2, 1)).respondent(Respondent.CLIENT).putScore("WORK_ABILITY", BigDecimal.ONE);
            Measurement.Builder b = Measurement.builder().instrumentId(Instruments.PERCEIVED_WORK_ABILITY_ID)
                    .date(LocalDate.of(2021, 2, 1)).respondent(Respondent.CLIENT).putScore("WORK_ABILITY", BigDecimal.ONE);
            assertThat(a.build()).isEqualTo(b.build()).hasSameHashCodeAs(b.build());
        }
    }
}
