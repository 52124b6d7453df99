package io.github.polku.measurement;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.Map;
import java.util.Optional;
import org.immutables.value.Value;

/**
 * The scores one respondent gave on one instrument at one timepoint (fi: mittaus, sv: mätning).
 * <p>
 * A measurement refers to its {@link Instrument} by identifier and holds one score per
 * dimension code. A measurement may score only some of the dimensions. Whether the scores fit the
 * instrument is not checked when the measurement is built, because the measurement does not know
 * its descriptor; {@link Instrument#check(Measurement)} reports every problem without throwing.
 * <pre>{@code
 * Measurement m = Measurement.builder()
 *         .instrumentId(Instruments.PERCEIVED_WORK_ABILITY_ID)
 *         .date(LocalDate.of(2021, 2, 1))
 *         .respondent(Respondent.CLIENT)
 *         .occasion(Occasion.PLAN_CREATED)
 *         .putScore(Instruments.WORK_ABILITY, BigDecimal.valueOf(4))
 *         .build();
 * }</pre>
 * <p>
 * Copies with one value changed come from the {@code with...} methods (for example
 * {@code withX(value)}), and a builder filled from an existing value from
 * {@code builder().from(value)}; both run the same construction checks.
 * <p>
 * This class is immutable and thread-safe.
 *
 * @since 0.1.0
 */
@Value.Immutable
public abstract class Measurement implements WithMeasurement {

    Measurement() {
        // package-private: only the generated implementation extends this type
    }

    /**
     * Obtains a builder for a measurement.
     *
     * @return a new builder, not null
     */
    public static Builder builder() {
        return new Builder();
    }

    /**
     * Gets the identifier of the instrument the scores were given on.
     *
     * @return the instrument identifier, not null
     */
    public abstract InstrumentId getInstrumentId();

    /**
     * Gets the date of the measurement: its timepoint.
     *
     * @return the date, not null
     */
    public abstract LocalDate getDate();

    /**
     * Gets who gave the scores.
     *
     * @return the respondent, not null
     */
    public abstract Respondent getRespondent();

    /**
     * Gets the occasion of the measurement within the path, if labelled.
     *
     * @return the occasion, empty if not labelled, not null
     */
    public abstract Optional<Occasion> getOccasion();

    /**
     * Gets the scores by dimension code.
     *
     * @return the scores in insertion order, not null, may be empty
     */
    public abstract Map<String, BigDecimal> getScores();

    /**
     * Gets the score of one dimension.
     *
     * @param dimensionCode  the dimension code, not null
     * @return the score, empty if the dimension was not scored, not null
     */
    public Optional<BigDecimal> getScore(String dimensionCode) {
        return Optional.ofNullable(getScores().get(dimensionCode));
    }

    /**
     * Builder for {@code Measurement}; the methods are generated.
     *
     * @since 0.1.0
     */
    public static class Builder extends ImmutableMeasurement.Builder {
        /** Creates an empty builder; use {@link Measurement#builder()}. */
        Builder() {
        }
    }
}
