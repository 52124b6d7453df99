package io.github.polku.measurement;

import io.github.polku.validation.InvalidValueException;
import io.github.polku.validation.Violation;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.immutables.value.Value;

/**
 * The Goal Attainment Scale of one goal (fi: tavoitteen GAS-asteikko, tavoitteiden saavuttamisen
 * asteikko; sv: målattainmentskala), as used in Finnish rehabilitation.
 * <p>
 * The client and the worker describe, in their own words, five levels of attainment of the goal:
 * <ul>
 *   <li>{@code -2} much less than expected,</li>
 *   <li>{@code -1} less than expected,</li>
 *   <li>{@code 0} the expected outcome,</li>
 *   <li>{@code +1} more than expected,</li>
 *   <li>{@code +2} much more than expected.</li>
 * </ul>
 * The goal has a positive {@link #getWeight() weight} (1 unless set), optionally the
 * {@link #getBaselineLevel() level at the start} (usually -1 or -2) and, once evaluated, the
 * {@link #getAttainedLevel() attained level}. {@link GasScore} combines the scales of a plan's
 * goals into the Kiresuk-Sherman T-score.
 * <p>
 * The level descriptions are free text about the person, so {@link #toString()} never shows them.
 * <pre>{@code
 * GoalAttainmentScale gas = GoalAttainmentScale.builder()
 *         .putLevel(-2, "...").putLevel(-1, "...").putLevel(0, "...").putLevel(1, "...").putLevel(2, "...")
 *         .baselineLevel(-1)
 *         .attainedLevel(0)
 *         .build();
 * }</pre>
 * <p>
 * This class is immutable and thread-safe.
 *
 * @since 0.1.0
 */
@Value.Immutable
public abstract class GoalAttainmentScale {

    /** The lowest level, much less than expected. */
    public static final int MIN_LEVEL = -2;
    /** The highest level, much more than expected. */
    public static final int MAX_LEVEL = 2;

    /** The code of a level of the scale that has no description. */
    public static final String LEVEL_MISSING = "polku.measurement.gas.level.missing";
    /** The code of a level outside -2..+2. */
    public static final String LEVEL_RANGE = "polku.measurement.gas.level.range";
    /** The code of a weight that is not positive. */
    public static final String WEIGHT = "polku.measurement.gas.weight.notPositive";

    GoalAttainmentScale() {
        // package-private: only the generated implementation extends this type
    }

    /**
     * Obtains a builder for a goal attainment scale.
     *
     * @return a new builder, not null
     */
    public static Builder builder() {
        return new Builder();
    }

    /**
     * Gets the descriptions of the five levels, keyed by level -2 to +2. The descriptions are
     * personal free text and are redacted from {@link #toString()}.
     *
     * @return the descriptions, exactly the keys -2..+2, not null
     */
    @Value.Redacted
    public abstract Map<Integer, String> getLevels();

    /**
     * Gets the weight of the goal in the T-score; 1 unless set.
     *
     * @return the weight, positive, not null
     */
    @Value.Default
    public BigDecimal getWeight() {
        return BigDecimal.ONE;
    }

    /**
     * Gets the level at the start, when the scale was made.
     *
     * @return the level, -2 to +2, empty if not recorded, not null
     */
    public abstract Optional<Integer> getBaselineLevel();

    /**
     * Gets the level attained at the evaluation.
     *
     * @return the level, -2 to +2, empty if not yet evaluated, not null
     */
    public abstract Optional<Integer> getAttainedLevel();

    /**
     * Gets the description of one level.
     *
     * @param level  the level, -2 to +2
     * @return the description, not null
     * @throws IllegalArgumentException if the level is outside -2..+2
     */
    public String getLevelDescription(int level) {
        if (level < MIN_LEVEL || level > MAX_LEVEL) {
            throw new IllegalArgumentException("A GAS level is from -2 to +2, not " + level);
        }
        return getLevels().get(level);
    }

    /**
     * Checks the structural invariants of this value when it is built.
     *
     * @throws io.github.polku.validation.InvalidValueException if an invariant is broken
     */
    @Value.Check
    protected void check() {
        List<Violation> violations = new ArrayList<>();
        for (int level = MIN_LEVEL; level <= MAX_LEVEL; level++) {
            if (!getLevels().containsKey(level)) {
                violations.add(Violation.error(LEVEL_MISSING, "/levels", Map.of("level", level)));
            }
        }
        for (Integer level : getLevels().keySet()) {
            if (!inRange(level)) {
                violations.add(Violation.error(LEVEL_RANGE, "/levels/" + level, range()));
            }
        }
        if (getWeight().signum() <= 0) {
            violations.add(Violation.error(WEIGHT, "/weight", Map.of()));
        }
        if (getBaselineLevel().isPresent() && !inRange(getBaselineLevel().get())) {
            violations.add(Violation.error(LEVEL_RANGE, "/baselineLevel", range()));
        }
        if (getAttainedLevel().isPresent() && !inRange(getAttainedLevel().get())) {
            violations.add(Violation.error(LEVEL_RANGE, "/attainedLevel", range()));
        }
        if (!violations.isEmpty()) {
            throw new InvalidValueException(violations);
        }
    }

    private static boolean inRange(int level) {
        return level >= MIN_LEVEL && level <= MAX_LEVEL;
    }

    private static Map<String, Integer> range() {
        return Map.of("min", MIN_LEVEL, "max", MAX_LEVEL);
    }

    /**
     * Builder for {@code GoalAttainmentScale}; the methods are generated.
     *
     * @since 0.1.0
     */
    public static class Builder extends ImmutableGoalAttainmentScale.Builder {
        /** Creates an empty builder; use {@link GoalAttainmentScale#builder()}. */
        Builder() {
        }
    }
}
