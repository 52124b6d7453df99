package io.github.polku.measurement;

import java.util.List;
import java.util.Optional;
import java.util.OptionalDouble;
import java.util.function.Function;

/**
 * The Kiresuk-Sherman T-score of Goal Attainment Scaling over the goals of a plan (fi: GAS-
 * menetelmän T-luku, sv: GAS T-poäng).
 * <pre>{@code
 *   T = 50 + 10 * sum(w_i * x_i) / sqrt((1 - rho) * sum(w_i^2) + rho * (sum(w_i))^2)
 * }</pre>
 * where {@code x_i} is the level of goal {@code i} (-2..+2), {@code w_i} its weight and
 * {@code rho} the assumed correlation between the goals' scores, 0.3 by convention (Kiresuk and
 * Sherman, 1968). For three equally weighted goals at levels +2, +1 and 0, for example,
 * T = 50 + 10 * 3 / sqrt(0.7 * 3 + 0.3 * 9) = 63.69.
 * Goals attained exactly as expected give T = 50; for a single goal each level above or below moves T by exactly 10;
 * goals without a level are left out, and with no goal left there is no score.
 * <p>
 * This class is immutable and thread-safe.
 *
 * @since 0.1.0
 */
public final class GasScore {

    /** The conventional correlation between goal scores, 0.3. */
    public static final double DEFAULT_RHO = 0.3;

    private GasScore() {
    }

    /**
     * Computes the T-score of the attained levels with {@code rho} = {@value #DEFAULT_RHO}.
     *
     * @param goals  the goals' scales, not null, may be empty
     * @return the T-score, empty if no goal has an attained level
     */
    public static OptionalDouble tScore(List<GoalAttainmentScale> goals) {
        return tScore(goals, DEFAULT_RHO);
    }

    /**
     * Computes the T-score of the attained levels. Goals without an attained level (not yet
     * evaluated) are left out.
     *
     * @param goals  the goals' scales, not null, may be empty
     * @param rho  the assumed correlation between goal scores, from 0 to 1
     * @return the T-score, empty if no goal has an attained level
     * @throws IllegalArgumentException if {@code rho} is not within 0..1
     */
    public static OptionalDouble tScore(List<GoalAttainmentScale> goals, double rho) {
        return compute(goals, rho, GoalAttainmentScale::getAttainedLevel);
    }

    /**
     * Computes the T-score of the baseline levels, the starting point the attained T-score is
     * compared with. Goals without a baseline level are left out.
     *
     * @param goals  the goals' scales, not null, may be empty
     * @param rho  the assumed correlation between goal scores, from 0 to 1
     * @return the T-score, empty if no goal has a baseline level
     * @throws IllegalArgumentException if {@code rho} is not within 0..1
     */
    public static OptionalDouble baselineTScore(List<GoalAttainmentScale> goals, double rho) {
        return compute(goals, rho, GoalAttainmentScale::getBaselineLevel);
    }

    private static OptionalDouble compute(List<GoalAttainmentScale> goals, double rho,
            Function<GoalAttainmentScale, Optional<Integer>> level) {
        if (!(rho >= 0 && rho <= 1)) {
            throw new IllegalArgumentException("rho must be within 0..1, not " + rho);
        }
        double weightedLevels = 0;
        double squaredWeights = 0;
        double weights = 0;
        boolean any = false;
        for (GoalAttainmentScale goal : goals) {
            Optional<Integer> x = level.apply(goal);
            if (x.isPresent()) {
                double w = goal.getWeight().doubleValue();
                weightedLevels += w * x.get();
                squaredWeights += w * w;
                weights += w;
                any = true;
            }
        }
        if (!any) {
            return OptionalDouble.empty();
        }
        return OptionalDouble.of(50 + 10 * weightedLevels / Math.sqrt((1 - rho) * squaredWeights + rho * weights * weights));
    }
}
