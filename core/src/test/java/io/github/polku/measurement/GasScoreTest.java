package io.github.polku.measurement;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatExceptionOfType;
import static org.assertj.core.api.Assertions.within;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * Expected T-scores are computed by hand from T = 50 + 10 * sum(w*x) / sqrt((1 - rho) * sum(w^2) + rho * (sum w)^2).
 */
class GasScoreTest {

    private static final double TOLERANCE = 0.001;

    /** Goals from "weight:level" pairs; a level "-" means not evaluated. */
    static List<GoalAttainmentScale> goals(String spec) {
        List<GoalAttainmentScale> goals = new ArrayList<>();
        for (String goal : spec.trim().split("\\s+")) {
            String[] parts = goal.split(":");
            GoalAttainmentScale.Builder builder = GoalAttainmentScaleTest.fiveLevels().weight(new BigDecimal(parts[0]));
            if (!parts[1].equals("-")) {
                builder.attainedLevel(Integer.parseInt(parts[1]));
            }
            goals.add(builder.build());
        }
        return goals;
    }

    @Nested
    class TScore {
        @ParameterizedTest(name = "{0} with rho {1} -> {2}")
        @CsvSource(delimiter = '|', textBlock = """
                1:0 1:0 1:0   | 0.3 | 50.0
                1:1           | 0.3 | 60.0
                1:1 1:-1      | 0.3 | 50.0
                1:2 1:1 1:0   | 0.3 | 63.693
                1:2 1:1 1:0   | 0.0 | 67.321
                1:2 1:1 1:0   | 1.0 | 60.0
                2:1 1:0 1:-1  | 0.3 | 53.333
                3:-1 1:2      | 0.3 | 47.089
                1:-2 1:-2     | 0.3 | 25.193
                """)
        void computesHandComputedTScore(String spec, double rho, double expected) {
            // 1:2 1:1 1:0, rho 0.3: sum wx = 3, sum w^2 = 3, (sum w)^2 = 9, sqrt(0.7*3 + 0.3*9) = sqrt(4.8) = 2.19089
            // 1:2 1:1 1:0, rho 0: 50 + 30 / sqrt(3) = 67.3205;  rho 1: 50 + 30 / sqrt(9) = 60
            // 2:1 1:0 1:-1: sum wx = 1, sum w^2 = 6, (sum w)^2 = 16, sqrt(4.2 + 4.8) = 3 -> 53.3333
            // 3:-1 1:2: sum wx = -1, sum w^2 = 10, (sum w)^2 = 16, sqrt(7 + 4.8) = 3.43511 -> 47.0889
            // 1:-2 1:-2: sum wx = -4, sum w^2 = 2, (sum w)^2 = 4, sqrt(1.4 + 1.2) = 1.612452, 40 / 1.612452 = 24.807 -> 25.193
            assertThat(GasScore.tScore(goals(spec), rho)).hasValueCloseTo(expected, within(TOLERANCE));
        }

        @Test
        void usesRhoPointThreeByDefault() {
            assertThat(GasScore.DEFAULT_RHO).isEqualTo(0.3);
            assertThat(GasScore.tScore(goals("1:2 1:1 1:0"))).hasValueCloseTo(63.693, within(TOLERANCE));
        }

        @Test
        void leavesOutGoalsWithoutAnAttainedLevel() {
            assertThat(GasScore.tScore(goals("1:1 5:- 2:-"))).hasValueCloseTo(60.0, within(TOLERANCE));
        }

        @Test
        void hasNoScoreWithoutEvaluatedGoals() {
            assertThat(GasScore.tScore(List.of())).isEmpty();
            assertThat(GasScore.tScore(goals("1:- 2:-"))).isEmpty();
        }

        @ParameterizedTest
        @ValueSource(doubles = {-0.1, 1.1, Double.NaN})
        void rejectsRhoOutsideZeroToOne(double rho) {
            assertThatExceptionOfType(IllegalArgumentException.class)
                    .isThrownBy(() -> GasScore.tScore(goals("1:0"), rho));
        }
    }

    @Nested
    class BaselineTScore {
        @Test
        void computesTScoreOfBaselineLevels() {
            // baselines -1 and -2, weights 1: sum wx = -3, sum w^2 = 2, (sum w)^2 = 4,
            // sqrt(0.7*2 + 0.3*4) = sqrt(2.6) = 1.612452 -> 50 - 30 / 1.612452 = 31.3948
            List<GoalAttainmentScale> goals = List.of(
                    GoalAttainmentScaleTest.fiveLevels().baselineLevel(-1).attainedLevel(1).build(),
                    GoalAttainmentScaleTest.fiveLevels().baselineLevel(-2).build());
            assertThat(GasScore.baselineTScore(goals, 0.3)).hasValueCloseTo(31.395, within(TOLERANCE));
        }
    }
}
