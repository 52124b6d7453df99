package io.github.polku.measurement;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Assume;
import net.jqwik.api.Combinators;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.constraints.DoubleRange;
import net.jqwik.api.constraints.IntRange;

/** Invariants of the Kiresuk-Sherman T-score for any weights, levels and rho in 0..1. */
class GasScorePropertiesTest {

    private static final double TOLERANCE = 1e-9;

    private static GoalAttainmentScale goal(BigDecimal weight, int attained) {
        return GoalAttainmentScaleTest.fiveLevels().weight(weight).attainedLevel(attained).build();
    }

    @Provide
    Arbitrary<BigDecimal> weights() {
        return Arbitraries.integers().between(1, 50).map(tenths -> BigDecimal.valueOf(tenths, 1));
    }

    @Provide
    Arbitrary<List<GoalAttainmentScale>> evaluatedGoals() {
        return Combinators.combine(weights(), Arbitraries.integers().between(-2, 2))
                .as(GasScorePropertiesTest::goal)
                .list().ofMinSize(1).ofMaxSize(8);
    }

    @Property
    void givesFiftyWhenEveryGoalIsAttainedAsExpected(@ForAll("evaluatedGoals") List<GoalAttainmentScale> goals,
            @ForAll @DoubleRange(min = 0, max = 1) double rho) {
        List<GoalAttainmentScale> expected = new ArrayList<>();
        for (GoalAttainmentScale g : goals) {
            expected.add(goal(g.getWeight(), 0));
        }
        assertThat(GasScore.tScore(expected, rho)).hasValueCloseTo(50.0, within(TOLERANCE));
    }

    @Property
    void risesWhenAnyOneGoalIsAttainedOneLevelHigher(@ForAll("evaluatedGoals") List<GoalAttainmentScale> goals,
            @ForAll @IntRange(min = 0, max = 7) int pick, @ForAll @DoubleRange(min = 0, max = 1) double rho) {
        int index = pick % goals.size();
        GoalAttainmentScale chosen = goals.get(index);
        int level = chosen.getAttainedLevel().orElseThrow();
        Assume.that(level < GoalAttainmentScale.MAX_LEVEL);
        List<GoalAttainmentScale> raised = new ArrayList<>(goals);
        raised.set(index, goal(chosen.getWeight(), level + 1));
        assertThat(GasScore.tScore(raised, rho).getAsDouble()).isGreaterThan(GasScore.tScore(goals, rho).getAsDouble());
    }

    @Property
    void mirrorsAroundFiftyWhenEveryLevelIsNegated(@ForAll("evaluatedGoals") List<GoalAttainmentScale> goals,
            @ForAll @DoubleRange(min = 0, max = 1) double rho) {
        List<GoalAttainmentScale> negated = new ArrayList<>();
        for (GoalAttainmentScale g : goals) {
            negated.add(goal(g.getWeight(), -g.getAttainedLevel().orElseThrow()));
        }
        double sum = GasScore.tScore(goals, rho).getAsDouble() + GasScore.tScore(negated, rho).getAsDouble();
        assertThat(sum).isCloseTo(100.0, within(TOLERANCE));
    }

    @Property
    void movesTenPointsPerLevelForASingleGoalOfAnyWeight(@ForAll("weights") BigDecimal weight,
            @ForAll @IntRange(min = -2, max = 2) int level, @ForAll @DoubleRange(min = 0, max = 1) double rho) {
        // one goal: the denominator is sqrt((1 - rho) w^2 + rho w^2) = w, so T = 50 + 10 x
        assertThat(GasScore.tScore(List.of(goal(weight, level)), rho)).hasValueCloseTo(50.0 + 10 * level, within(TOLERANCE));
    }

    @Property
    void doesNotDependOnTheOrderOfTheGoals(@ForAll("evaluatedGoals") List<GoalAttainmentScale> goals,
            @ForAll @DoubleRange(min = 0, max = 1) double rho) {
        List<GoalAttainmentScale> reversed = new ArrayList<>(goals);
        Collections.reverse(reversed);
        assertThat(GasScore.tScore(reversed, rho)).hasValueCloseTo(GasScore.tScore(goals, rho).getAsDouble(), within(TOLERANCE));
    }
}
