package io.github.polku.measurement;

import io.github.polku.validation.InvalidValueException;
import io.github.polku.validation.Violation;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import org.immutables.value.Value;

/**
 * The answer scale of one dimension of an instrument (fi: asteikko, sv: skala).
 * <p>
 * A scale is an ordinal line from {@link #getMin() min} to {@link #getMax() max} in steps of
 * {@link #getStep() step}, with a {@link #getDirection() direction} that says which end is better.
 * It may also allow {@link #getSpecialValues() special values} that are valid readings but lie off
 * the ordinal line, such as the ICF qualifiers 8 (not specified) and 9 (not applicable). Special
 * values are accepted in a measurement and excluded from every change computation.
 * <pre>{@code
 * Scale workAbility = Scale.ofIntegers(0, 10, Direction.HIGHER_IS_BETTER);
 * Scale icf = Scale.builder().min(BigDecimal.ZERO).max(BigDecimal.valueOf(4))
 *         .direction(Direction.LOWER_IS_BETTER)
 *         .addSpecialValue(BigDecimal.valueOf(8)).addSpecialValue(BigDecimal.valueOf(9)).build();
 * }</pre>
 * Values are compared numerically, so {@code 4} and {@code 4.0} are the same reading.
 * <p>
 * This class is immutable and thread-safe.
 *
 * @since 0.1.0
 */
@Value.Immutable
public abstract class Scale {

    /** The code of a scale whose minimum is not below its maximum. */
    public static final String BOUNDS = "polku.measurement.scale.bounds";
    /** The code of a step that is not positive or does not divide the range. */
    public static final String STEP = "polku.measurement.scale.step";
    /** The code of a special value that lies on the ordinal line. */
    public static final String SPECIAL_ON_LINE = "polku.measurement.scale.specialOnLine";

    Scale() {
        // package-private: only the generated implementation extends this type
    }

    /**
     * Obtains a builder for a scale.
     *
     * @return a new builder, not null
     */
    public static Builder builder() {
        return new Builder();
    }

    /**
     * Obtains an integer scale without special values.
     *
     * @param min  the lowest value
     * @param max  the highest value, greater than {@code min}
     * @param direction  which end is better, not null
     * @return the scale with step 1, not null
     * @throws InvalidValueException with code {@value #BOUNDS} if {@code min >= max}
     */
    public static Scale ofIntegers(int min, int max, Direction direction) {
        return builder().min(BigDecimal.valueOf(min)).max(BigDecimal.valueOf(max)).direction(direction).build();
    }

    /**
     * Gets the lowest value of the ordinal line.
     *
     * @return the minimum, not null
     */
    public abstract BigDecimal getMin();

    /**
     * Gets the highest value of the ordinal line.
     *
     * @return the maximum, not null
     */
    public abstract BigDecimal getMax();

    /**
     * Gets the distance between neighbouring values of the ordinal line; 1 unless set.
     *
     * @return the step, positive, not null
     */
    @Value.Default
    public BigDecimal getStep() {
        return BigDecimal.ONE;
    }

    /**
     * Gets the direction: which end of the line is better.
     *
     * @return the direction, not null
     */
    public abstract Direction getDirection();

    /**
     * Gets the special values: valid readings off the ordinal line, excluded from change.
     *
     * @return the special values in insertion order, not null, may be empty
     */
    public abstract Set<BigDecimal> getSpecialValues();

    /**
     * Checks if a value is a valid reading: on the ordinal line or one of the special values.
     *
     * @param value  the value, not null
     * @return true if the value is on the scale
     */
    public boolean isOnScale(BigDecimal value) {
        return isOrdinal(value) || isSpecial(value);
    }

    /**
     * Checks if a value lies on the ordinal line: {@code min <= value <= max} and a whole number of
     * steps above the minimum. Only ordinal values take part in change computation.
     *
     * @param value  the value, not null
     * @return true if the value is ordinal
     */
    public boolean isOrdinal(BigDecimal value) {
        Objects.requireNonNull(value, "value");
        return value.compareTo(getMin()) >= 0 && value.compareTo(getMax()) <= 0
                && value.subtract(getMin()).remainder(getStep()).signum() == 0;
    }

    /**
     * Checks if a value is one of the special values.
     *
     * @param value  the value, not null
     * @return true if the value is special
     */
    public boolean isSpecial(BigDecimal value) {
        Objects.requireNonNull(value, "value");
        for (BigDecimal special : getSpecialValues()) {
            if (special.compareTo(value) == 0) {
                return true;
            }
        }
        return false;
    }

    /**
     * Checks the structural invariants of this value when it is built.
     *
     * @throws io.github.polku.validation.InvalidValueException if an invariant is broken
     */
    @Value.Check
    protected void check() {
        if (getMin().compareTo(getMax()) >= 0) {
            throw InvalidValueException.of(Violation.error(BOUNDS, "/max",
                    Map.of("min", getMin().toPlainString(), "max", getMax().toPlainString())));
        }
        if (getStep().signum() <= 0 || getMax().subtract(getMin()).remainder(getStep()).signum() != 0) {
            throw InvalidValueException.of(Violation.error(STEP, "/step", Map.of("step", getStep().toPlainString(),
                    "min", getMin().toPlainString(), "max", getMax().toPlainString())));
        }
        List<Violation> onLine = new ArrayList<>();
        int index = 0;
        for (BigDecimal special : getSpecialValues()) {
            if (isOrdinal(special)) {
                onLine.add(Violation.error(SPECIAL_ON_LINE, "/specialValues/" + index, Map.of(
                        "value", special.toPlainString(), "min", getMin().toPlainString(),
                        "max", getMax().toPlainString())));
            }
            index++;
        }
        if (!onLine.isEmpty()) {
            throw new InvalidValueException(onLine);
        }
    }

    /**
     * Builder for {@code Scale}; the methods are generated.
     *
     * @since 0.1.0
     */
    public static class Builder extends ImmutableScale.Builder {
        /** Creates an empty builder; use {@link Scale#builder()}. */
        Builder() {
        }
    }
}
