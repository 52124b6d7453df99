package io.github.polku.measurement;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.Objects;
import java.util.Optional;

/**
 * The change in one dimension between two comparable measurements (fi: muutospistemäärä, sv:
 * förändringspoäng): the later value minus the earlier value.
 * <p>
 * A change score exists only between comparable measurements (DOMAIN rule 38): both refer to the
 * given instrument, both were given by the same respondent, the later one is dated strictly after
 * the earlier one, and both hold an ordinal value of the dimension's scale. Special values such as
 * ICF 8 (not specified) and 9 (not applicable), off-scale values and missing scores make the pair
 * not comparable. {@link #of(Instrument, String, Measurement, Measurement)} then returns
 * {@link Optional#empty()}; it never throws for data, and no other way of creating a change score
 * exists.
 * <p>
 * The {@link #getDifference() difference} is raw; the {@link #getImprovement() improvement} applies
 * the direction of the scale, so a fall of an ICF qualifier from 3 to 1 is an improvement of 2.
 * <pre>{@code
 * Optional<ChangeScore> change = ChangeScore.of(Instruments.perceivedWorkAbility(),
 *         Instruments.WORK_ABILITY, before, after);
 * }</pre>
 * <p>
 * This class is immutable and thread-safe.
 *
 * @since 0.1.0
 */
public final class ChangeScore {

    private final InstrumentId instrumentId;
    private final String dimension;
    private final Respondent respondent;
    private final Direction direction;
    private final LocalDate earlierDate;
    private final LocalDate laterDate;
    private final BigDecimal earlierValue;
    private final BigDecimal laterValue;

    private ChangeScore(InstrumentId instrumentId, String dimension, Respondent respondent, Direction direction,
            LocalDate earlierDate, BigDecimal earlierValue, LocalDate laterDate, BigDecimal laterValue) {
        this.instrumentId = instrumentId;
        this.dimension = dimension;
        this.respondent = respondent;
        this.direction = direction;
        this.earlierDate = earlierDate;
        this.laterDate = laterDate;
        this.earlierValue = earlierValue;
        this.laterValue = laterValue;
    }

    /**
     * Obtains a change score from its recorded figures, as read back from an exchanged cohort
     * summary. Use {@link #of(Instrument, String, Measurement, Measurement)} to compute one from
     * measurements.
     *
     * @param instrumentId  the instrument, not null
     * @param dimension  the code of the dimension, not null, not blank
     * @param respondent  who answered both measurements, not null
     * @param direction  the direction of the dimension's scale, not null
     * @param earlierDate  the date of the earlier measurement, not null
     * @param earlierValue  the earlier value, not null
     * @param laterDate  the date of the later measurement, after {@code earlierDate}, not null
     * @param laterValue  the later value, not null
     * @return the change score, not null
     * @throws IllegalArgumentException if the dimension is blank or the later date is not after the earlier one
     * @since 0.1.0
     */
    public static ChangeScore of(InstrumentId instrumentId, String dimension, Respondent respondent, Direction direction,
            LocalDate earlierDate, BigDecimal earlierValue, LocalDate laterDate, BigDecimal laterValue) {
        Objects.requireNonNull(instrumentId, "instrumentId");
        Objects.requireNonNull(dimension, "dimension");
        Objects.requireNonNull(respondent, "respondent");
        Objects.requireNonNull(direction, "direction");
        Objects.requireNonNull(earlierValue, "earlierValue");
        Objects.requireNonNull(laterValue, "laterValue");
        if (dimension.isBlank()) {
            throw new IllegalArgumentException("The dimension code must not be blank");
        }
        if (!laterDate.isAfter(earlierDate)) {
            throw new IllegalArgumentException("The later measurement must be dated after the earlier one");
        }
        return new ChangeScore(instrumentId, dimension, respondent, direction, earlierDate, earlierValue, laterDate, laterValue);
    }

    /**
     * Obtains the change in one dimension between two measurements, if they are comparable.
     *
     * @param instrument  the descriptor both measurements must refer to, not null
     * @param dimensionCode  the code of a dimension of the instrument, not null
     * @param earlier  the earlier measurement, not null
     * @param later  the later measurement, not null
     * @return the change score, or empty if the instrument has no such dimension, either
     *     measurement refers to another instrument, the respondents differ, {@code later} is not
     *     dated after {@code earlier}, or either score is missing or not an ordinal value; not null
     */
    public static Optional<ChangeScore> of(Instrument instrument, String dimensionCode, Measurement earlier,
            Measurement later) {
        Objects.requireNonNull(dimensionCode, "dimensionCode");
        if (!earlier.getInstrumentId().equals(instrument.getId()) || !later.getInstrumentId().equals(instrument.getId())
                || earlier.getRespondent() != later.getRespondent() || !later.getDate().isAfter(earlier.getDate())) {
            return Optional.empty();
        }
        Optional<Dimension> dimension = instrument.getDimension(dimensionCode);
        Optional<BigDecimal> from = earlier.getScore(dimensionCode);
        Optional<BigDecimal> to = later.getScore(dimensionCode);
        if (dimension.isEmpty() || from.isEmpty() || to.isEmpty()) {
            return Optional.empty();
        }
        Scale scale = dimension.get().getScale();
        if (!scale.isOrdinal(from.get()) || !scale.isOrdinal(to.get())) {
            return Optional.empty();
        }
        return Optional.of(new ChangeScore(instrument.getId(), dimension.get().getCode(), earlier.getRespondent(),
                scale.getDirection(), earlier.getDate(), from.get(), later.getDate(), to.get()));
    }

    /**
     * Gets the identifier of the instrument.
     *
     * @return the instrument identifier, not null
     */
    public InstrumentId getInstrumentId() {
        return instrumentId;
    }

    /**
     * Gets the code of the dimension.
     *
     * @return the dimension code, not null
     */
    public String getDimension() {
        return dimension;
    }

    /**
     * Gets the respondent of both measurements.
     *
     * @return the respondent, not null
     */
    public Respondent getRespondent() {
        return respondent;
    }

    /**
     * Gets the direction of the dimension's scale.
     *
     * @return the direction, not null
     */
    public Direction getDirection() {
        return direction;
    }

    /**
     * Gets the date of the earlier measurement.
     *
     * @return the date, not null
     */
    public LocalDate getEarlierDate() {
        return earlierDate;
    }

    /**
     * Gets the date of the later measurement, always after the earlier date.
     *
     * @return the date, not null
     */
    public LocalDate getLaterDate() {
        return laterDate;
    }

    /**
     * Gets the earlier value, an ordinal value of the scale.
     *
     * @return the value, not null
     */
    public BigDecimal getEarlierValue() {
        return earlierValue;
    }

    /**
     * Gets the later value, an ordinal value of the scale.
     *
     * @return the value, not null
     */
    public BigDecimal getLaterValue() {
        return laterValue;
    }

    /**
     * Gets the raw difference: the later value minus the earlier value.
     *
     * @return the difference, not null
     */
    public BigDecimal getDifference() {
        return laterValue.subtract(earlierValue);
    }

    /**
     * Gets the improvement: the difference with the direction of the scale applied, positive when
     * the later value is better.
     *
     * @return the improvement, not null
     */
    public BigDecimal getImprovement() {
        return direction.improvement(getDifference());
    }

    /**
     * Gets whether the later value is better, equal or worse.
     *
     * @return the outcome, not null
     */
    public ChangeOutcome getOutcome() {
        int sign = getImprovement().signum();
        return sign > 0 ? ChangeOutcome.IMPROVED : sign < 0 ? ChangeOutcome.WORSENED : ChangeOutcome.UNCHANGED;
    }

    @Override
    public boolean equals(Object obj) {
        if (this == obj) {
            return true;
        }
        if (!(obj instanceof ChangeScore)) {
            return false;
        }
        ChangeScore other = (ChangeScore) obj;
        return instrumentId.equals(other.instrumentId) && dimension.equals(other.dimension)
                && respondent == other.respondent && direction == other.direction
                && earlierDate.equals(other.earlierDate) && laterDate.equals(other.laterDate)
                && earlierValue.compareTo(other.earlierValue) == 0 && laterValue.compareTo(other.laterValue) == 0;
    }

    @Override
    public int hashCode() {
        return Objects.hash(instrumentId, dimension, respondent, earlierDate, laterDate,
                earlierValue.stripTrailingZeros(), laterValue.stripTrailingZeros());
    }

    /**
     * Returns the change as text, for example
     * {@code ChangeScore{polku.icfQualifiers/d7 CLIENT 2021-02-01..2021-08-01: 3 -> 1, IMPROVED}}.
     *
     * @return the change as text, not null
     */
    @Override
    public String toString() {
        return "ChangeScore{" + instrumentId + "/" + dimension + " " + respondent + " " + earlierDate + ".." + laterDate
                + ": " + earlierValue.toPlainString() + " -> " + laterValue.toPlainString() + ", " + getOutcome() + "}";
    }
}
