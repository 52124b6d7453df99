package io.github.polku.measurement;

import io.github.polku.internal.validation.Identifiers;
import io.github.polku.internal.validation.JsonPointers;
import io.github.polku.validation.InvalidValueException;
import io.github.polku.validation.Severity;
import io.github.polku.validation.Violation;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.StringJoiner;
import org.immutables.value.Value;

/**
 * The descriptor of an assessment instrument (fi: mittari, sv: mätinstrument): its dimensions,
 * their scales and where the instrument is described.
 * <p>
 * Instruments are data, not code: an application can describe any instrument it has the right to
 * use, and Polku ships descriptors only for openly described scales ({@link Instruments}). A
 * descriptor never holds the item texts of a licensed instrument; the
 * {@link #getLicenceNote() licence note} says what the user of the instrument needs.
 * <p>
 * {@link #check(Measurement)} checks a measurement against the descriptor and returns the
 * problems without throwing, so that a path validator can merge them into its report.
 * <p>
 * This class is immutable and thread-safe.
 *
 * @since 0.1.0
 */
@Value.Immutable
public abstract class Instrument {

    /** The code of an instrument without dimensions. */
    public static final String NO_DIMENSIONS = "polku.measurement.instrument.noDimensions";
    /** The code of a dimension code used twice in one instrument. */
    public static final String DUPLICATE_DIMENSION = "polku.measurement.instrument.duplicateDimension";
    /** The code of a measurement checked against another instrument than its own (error). */
    public static final String MISMATCH = "polku.measurement.instrument.mismatch";
    /** The code of a score for a dimension the instrument does not have (error). */
    public static final String UNKNOWN_DIMENSION = "polku.measurement.dimension.unknown";
    /** The code of a score that is neither on the ordinal line nor a special value (error). */
    public static final String OFF_SCALE = "polku.measurement.score.offScale";
    /** The code of a measurement without any score (warning). */
    public static final String NO_SCORES = "polku.measurement.scores.empty";

    Instrument() {
        // package-private: only the generated implementation extends this type
    }

    /**
     * Obtains a builder for an instrument descriptor.
     *
     * @return a new builder, not null
     */
    public static Builder builder() {
        return new Builder();
    }

    /**
     * Gets the identifier that measurements refer to.
     *
     * @return the identifier, not null
     */
    public abstract InstrumentId getId();

    /**
     * Gets the display names by ISO 639 language code ({@code fi}, {@code sv}, {@code en}).
     *
     * @return the names in insertion order, not null, may be empty
     */
    public abstract Map<String, String> getNames();

    /**
     * Gets the version of the descriptor or of the instrument it describes.
     *
     * @return the version, not null
     */
    public abstract String getVersion();

    /**
     * Gets the citation of the public source that describes the instrument.
     *
     * @return the source, not null
     */
    public abstract String getSource();

    /**
     * Gets the note on the licence of the instrument, for example that its item texts are not
     * included and a licence is needed to use them.
     *
     * @return the note, empty if none, not null
     */
    public abstract Optional<String> getLicenceNote();

    /**
     * Gets the dimensions, each with a unique code.
     *
     * @return the dimensions in order, not null, not empty
     */
    public abstract List<Dimension> getDimensions();

    /**
     * Gets the display name in a language, falling back to English and then to the identifier.
     *
     * @param locale  the language, not null
     * @return the name, not null
     */
    public String getName(Locale locale) {
        return name(getNames(), locale, getId().getValue());
    }

    /**
     * Gets the dimension with the given code.
     *
     * @param code  the dimension code, not null
     * @return the dimension, empty if the instrument has none with this code, not null
     */
    public Optional<Dimension> getDimension(String code) {
        for (Dimension dimension : getDimensions()) {
            if (dimension.getCode().equals(code)) {
                return Optional.of(dimension);
            }
        }
        return Optional.empty();
    }

    /**
     * Checks a measurement against this descriptor and returns every problem, never throwing for
     * bad data. Pointers are relative to the measurement; a caller places them in a larger
     * document with {@link Violation#atLocation(String)}.
     * <ul>
     *   <li>{@value #MISMATCH} (error) at {@code /instrumentId} if the measurement refers to another
     *       instrument; nothing else is checked then;</li>
     *   <li>{@value #NO_SCORES} (warning) at {@code /scores} if there is no score at all;</li>
     *   <li>{@value #UNKNOWN_DIMENSION} (error) at {@code /scores/CODE} for a score of an unknown
     *       dimension;</li>
     *   <li>{@value #OFF_SCALE} (error) at {@code /scores/CODE} for a score that is neither an
     *       ordinal value nor a special value of the dimension's scale.</li>
     * </ul>
     * The arguments of the violations hold codes and scale bounds, never the score itself.
     *
     * @param measurement  the measurement, not null
     * @return the violations, not null, empty if the measurement fits
     */
    public List<Violation> check(Measurement measurement) {
        List<Violation> violations = new ArrayList<>();
        if (!measurement.getInstrumentId().equals(getId())) {
            violations.add(Violation.error(MISMATCH, "/instrumentId",
                    Map.of("expected", getId(), "actual", measurement.getInstrumentId())));
            return violations;
        }
        if (measurement.getScores().isEmpty()) {
            violations.add(Violation.of(NO_SCORES, Severity.WARNING, "/scores", Map.of("instrument", getId())));
        }
        for (Map.Entry<String, BigDecimal> score : measurement.getScores().entrySet()) {
            String pointer = "/scores/" + JsonPointers.escape(score.getKey());
            Optional<Dimension> dimension = getDimension(score.getKey());
            if (dimension.isEmpty()) {
                violations.add(Violation.error(UNKNOWN_DIMENSION, pointer,
                        Map.of("instrument", getId(), "dimension", score.getKey())));
            } else if (!dimension.get().getScale().isOnScale(score.getValue())) {
                Scale scale = dimension.get().getScale();
                violations.add(Violation.error(OFF_SCALE, pointer, Map.of(
                        "dimension", score.getKey(),
                        "min", scale.getMin().toPlainString(),
                        "max", scale.getMax().toPlainString(),
                        "step", scale.getStep().toPlainString(),
                        "special", specials(scale))));
            }
        }
        return violations;
    }

    /**
     * Checks the structural invariants of this value when it is built.
     *
     * @throws io.github.polku.validation.InvalidValueException if an invariant is broken
     */
    @Value.Check
    protected void check() {
        Identifiers.requireFree(getVersion(), "version");
        if (getDimensions().isEmpty()) {
            throw InvalidValueException.of(Violation.error(NO_DIMENSIONS, "/dimensions", Map.of()));
        }
        Set<String> seen = new HashSet<>();
        List<Violation> duplicates = new ArrayList<>();
        for (int i = 0; i < getDimensions().size(); i++) {
            String code = getDimensions().get(i).getCode();
            if (!seen.add(code)) {
                duplicates.add(Violation.error(DUPLICATE_DIMENSION, "/dimensions/" + i + "/code",
                        Map.of("dimension", code)));
            }
        }
        if (!duplicates.isEmpty()) {
            throw new InvalidValueException(duplicates);
        }
    }

    static String name(Map<String, String> names, Locale locale, String fallback) {
        String name = names.get(locale.getLanguage());
        if (name == null) {
            name = names.get("en");
        }
        return name != null ? name : fallback;
    }

    private static String specials(Scale scale) {
        StringJoiner joined = new StringJoiner(", ");
        for (BigDecimal special : scale.getSpecialValues()) {
            joined.add(special.toPlainString());
        }
        return joined.length() == 0 ? "-" : joined.toString();
    }

    /**
     * Builder for {@code Instrument}; the methods are generated.
     *
     * @since 0.1.0
     */
    public static class Builder extends ImmutableInstrument.Builder {
        /** Creates an empty builder; use {@link Instrument#builder()}. */
        Builder() {
        }
    }
}
