package io.github.polku.measurement;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;
import static org.quicktheories.QuickTheory.qt;
import static org.quicktheories.generators.SourceDSL.doubles;
import static org.quicktheories.generators.SourceDSL.integers;
import static org.quicktheories.generators.SourceDSL.lists;

import io.github.polku.testing.EdgeCases;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import org.quicktheories.core.Gen;

/**
 * Invariants of the Kiresuk-Sherman T-score for any weights, levels and rho in 0..1: 1,000 generated
 * examples each (QuickTheories; a failure prints the seed, rerun with {@code -DQT_SEED=...}, see
 * docs/TESTING.md) and the edge weights, levels and rho values as rows.
 */
class GasScorePropertiesTest {

    private static final double TOLERANCE = 1e-9;
    private static final List<Double> EDGE_RHOS = List.of(0.0, Double.MIN_VALUE, Math.nextDown(1.0), 1.0);

    private static GoalAttainmentScale goal(BigDecimal weight, int attained) {
        return GoalAttainmentScaleTest.fiveLevels().weight(weight).attainedLevel(attained).build();
    }

    private static Gen<BigDecimal> weights() {
        return integers().between(1, 50).map(tenths -> BigDecimal.valueOf(tenths, 1));
    }

    private static Gen<List<GoalAttainmentScale>> evaluatedGoals() {
        Gen<GoalAttainmentScale> goals = weights().zip(integers().between(-2, 2), GasScorePropertiesTest::goal);
        return lists().of(goals).ofSizeBetween(1, 8);
    }

    private static Gen<Double> rhos() {
        return doubles().between(0, 1);
    }

    private static List<BigDecimal> edgeWeights() {
        return EdgeCases.ofRange(1, 50).stream().map(tenths -> BigDecimal.valueOf(tenths, 1)).toList();
    }

    /** One goal of every edge weight and level, and one list of eight goals running through them. */
    private static List<List<GoalAttainmentScale>> edgeGoalLists() {
        List<List<GoalAttainmentScale>> lists = new ArrayList<>();
        List<GoalAttainmentScale> eight = new ArrayList<>();
        for (BigDecimal weight : edgeWeights()) {
            for (int level : EdgeCases.ofRange(-2, 2)) {
                lists.add(List.of(goal(weight, level)));
                if (eight.size() < 8) {
                    eight.add(goal(weight, level));
                }
            }
        }
        lists.add(eight);
        return lists;
    }

    static Stream<Arguments> edgeGoalsAndRhos() {
        return EdgeCases.combinations(edgeGoalLists(), EDGE_RHOS);
    }

    static Stream<Arguments> edgeGoalsPicksAndRhos() {
        return EdgeCases.combinations(edgeGoalLists(), EdgeCases.ofRange(0, 7), EDGE_RHOS)
                .filter(row -> canRaise(goalsOf(row), (Integer) row.get()[1]));
    }

    static Stream<Arguments> edgeWeightsLevelsAndRhos() {
        return EdgeCases.combinations(edgeWeights(), EdgeCases.ofRange(-2, 2), EDGE_RHOS);
    }

    @SuppressWarnings("unchecked")
    private static List<GoalAttainmentScale> goalsOf(Arguments row) {
        return (List<GoalAttainmentScale>) row.get()[0];
    }

    private static boolean canRaise(List<GoalAttainmentScale> goals, int pick) {
        return goals.get(pick % goals.size()).getAttainedLevel().orElseThrow() < GoalAttainmentScale.MAX_LEVEL;
    }

    @Test
    void givesFiftyWhenEveryGoalIsAttainedAsExpected() {
        qt().forAll(evaluatedGoals(), rhos()).checkAssert(GasScorePropertiesTest::fiftyWhenAsExpected);
    }

    @ParameterizedTest
    @MethodSource("edgeGoalsAndRhos")
    void givesFiftyWhenEveryGoalIsAttainedAsExpectedAtTheEdges(List<GoalAttainmentScale> goals, double rho) {
        fiftyWhenAsExpected(goals, rho);
    }

    private static void fiftyWhenAsExpected(List<GoalAttainmentScale> goals, double rho) {
        List<GoalAttainmentScale> expected = new ArrayList<>();
        for (GoalAttainmentScale g : goals) {
            expected.add(goal(g.getWeight(), 0));
        }
        assertThat(GasScore.tScore(expected, rho)).hasValueCloseTo(50.0, within(TOLERANCE));
    }

    @Test
    void risesWhenAnyOneGoalIsAttainedOneLevelHigher() {
        qt().forAll(evaluatedGoals(), integers().between(0, 7), rhos())
                .assuming((goals, pick, rho) -> canRaise(goals, pick))
                .checkAssert(GasScorePropertiesTest::risesOneLevelHigher);
    }

    @ParameterizedTest
    @MethodSource("edgeGoalsPicksAndRhos")
    void risesWhenAnyOneGoalIsAttainedOneLevelHigherAtTheEdges(List<GoalAttainmentScale> goals, int pick, double rho) {
        risesOneLevelHigher(goals, pick, rho);
    }

    private static void risesOneLevelHigher(List<GoalAttainmentScale> goals, int pick, double rho) {
        int index = pick % goals.size();
        GoalAttainmentScale chosen = goals.get(index);
        int level = chosen.getAttainedLevel().orElseThrow();
        List<GoalAttainmentScale> raised = new ArrayList<>(goals);
        raised.set(index, goal(chosen.getWeight(), level + 1));
        assertThat(GasScore.tScore(raised, rho).getAsDouble()).isGreaterThan(GasScore.tScore(goals, rho).getAsDouble());
    }

    @Test
    void mirrorsAroundFiftyWhenEveryLevelIsNegated() {
        qt().forAll(evaluatedGoals(), rhos()).checkAssert(GasScorePropertiesTest::mirrorsAroundFifty);
    }

    @ParameterizedTest
    @MethodSource("edgeGoalsAndRhos")
    void mirrorsAroundFiftyWhenEveryLevelIsNegatedAtTheEdges(List<GoalAttainmentScale> goals, double rho) {
        mirrorsAroundFifty(goals, rho);
    }

    private static void mirrorsAroundFifty(List<GoalAttainmentScale> goals, double rho) {
        List<GoalAttainmentScale> negated = new ArrayList<>();
        for (GoalAttainmentScale g : goals) {
            negated.add(goal(g.getWeight(), -g.getAttainedLevel().orElseThrow()));
        }
        double sum = GasScore.tScore(goals, rho).getAsDouble() + GasScore.tScore(negated, rho).getAsDouble();
        assertThat(sum).isCloseTo(100.0, within(TOLERANCE));
    }

    @Test
    void movesTenPointsPerLevelForASingleGoalOfAnyWeight() {
        qt().forAll(weights(), integers().between(-2, 2), rhos()).checkAssert(GasScorePropertiesTest::tenPointsPerLevel);
    }

    @ParameterizedTest
    @MethodSource("edgeWeightsLevelsAndRhos")
    void movesTenPointsPerLevelForASingleGoalOfAnyWeightAtTheEdges(BigDecimal weight, int level, double rho) {
        tenPointsPerLevel(weight, level, rho);
    }

    private static void tenPointsPerLevel(BigDecimal weight, int level, double rho) {
        // one goal: the denominator is sqrt((1 - rho) w^2 + rho w^2) = w, so T = 50 + 10 x
        assertThat(GasScore.tScore(List.of(goal(weight, level)), rho)).hasValueCloseTo(50.0 + 10 * level, within(TOLERANCE));
    }

    @Test
    void doesNotDependOnTheOrderOfTheGoals() {
        qt().forAll(evaluatedGoals(), rhos()).checkAssert(GasScorePropertiesTest::orderIndependent);
    }

    @ParameterizedTest
    @MethodSource("edgeGoalsAndRhos")
    void doesNotDependOnTheOrderOfTheGoalsAtTheEdges(List<GoalAttainmentScale> goals, double rho) {
        orderIndependent(goals, rho);
    }

    private static void orderIndependent(List<GoalAttainmentScale> goals, double rho) {
        List<GoalAttainmentScale> reversed = new ArrayList<>(goals);
        Collections.reverse(reversed);
        assertThat(GasScore.tScore(reversed, rho)).hasValueCloseTo(GasScore.tScore(goals, rho).getAsDouble(), within(TOLERANCE));
    }
}
