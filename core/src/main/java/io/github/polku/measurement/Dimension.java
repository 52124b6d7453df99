package io.github.polku.measurement;

import io.github.polku.validation.InvalidValueException;
import io.github.polku.validation.Violation;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Pattern;
import org.immutables.value.Value;

/**
 * One scored dimension of an instrument (fi: ulottuvuus, sv: dimension), such as perceived work
 * ability or an ICF chapter.
 * <p>
 * A dimension has a stable {@link #getCode() code}, used as the key of a score in a
 * {@link Measurement}, optional display names by language, and the {@link Scale} its scores are
 * given on. Polku never stores the item text of a licensed instrument: a dimension carries a name,
 * not a question.
 * <pre>{@code
 * Dimension workAbility = Dimension.builder().code("WORK_ABILITY")
 *         .putName("fi", "Koettu ty\u00f6kyky").putName("sv", "Upplevd arbetsf\u00f6rm\u00e5ga")
 *         .putName("en", "Perceived work ability")
 *         .scale(Scale.ofIntegers(0, 10, Direction.HIGHER_IS_BETTER)).build();
 * }</pre>
 * <p>
 * This class is immutable and thread-safe.
 *
 * @since 0.1.0
 */
@Value.Immutable
public abstract class Dimension {

    /** The code of a malformed dimension code. */
    public static final String CODE_FORMAT = "polku.measurement.dimension.code";

    /** 1-64 characters: letters, digits and '_', starting with a letter (UPPER_SNAKE or lowerCamel). */
    private static final Pattern CODE = Pattern.compile("[A-Za-z][A-Za-z0-9_]{0,63}");

    Dimension() {
        // package-private: only the generated implementation extends this type
    }

    /**
     * Obtains a builder for a dimension.
     *
     * @return a new builder, not null
     */
    public static Builder builder() {
        return new Builder();
    }

    /**
     * Gets the stable code of the dimension: 1-64 letters, digits or underscores, starting with a
     * letter, for example {@code WORK_ABILITY} or {@code d7}.
     *
     * @return the code, not null
     */
    public abstract String getCode();

    /**
     * Gets the display names by ISO 639 language code ({@code fi}, {@code sv}, {@code en}).
     *
     * @return the names in insertion order, not null, may be empty
     */
    public abstract Map<String, String> getNames();

    /**
     * Gets the scale the dimension is scored on.
     *
     * @return the scale, not null
     */
    public abstract Scale getScale();

    /**
     * Gets the display name in a language, falling back to English and then to the code.
     *
     * @param locale  the language, not null
     * @return the name, not null
     */
    public String getName(Locale locale) {
        return Instrument.name(getNames(), locale, getCode());
    }

    /**
     * Checks the structural invariants of this value when it is built.
     *
     * @throws io.github.polku.validation.InvalidValueException if an invariant is broken
     */
    @Value.Check
    protected void check() {
        if (!CODE.matcher(getCode()).matches()) {
            throw InvalidValueException.of(Violation.error(CODE_FORMAT, "/code", Map.of("max", 64)));
        }
    }

    /**
     * Builder for {@code Dimension}; the methods are generated.
     *
     * @since 0.1.0
     */
    public static class Builder extends ImmutableDimension.Builder {
        /** Creates an empty builder; use {@link Dimension#builder()}. */
        Builder() {
        }
    }
}
