package io.github.polku.serialization.jackson;

import java.util.Objects;

/**
 * How documents are read (fi: lukuasetukset, sv: läsinställningar): strict or lenient, and the
 * parser limits.
 * <p>
 * Strict reading (the default) reports an unknown property as an error. Lenient reading reports
 * it as a warning and ignores it, so that a newer sender can talk to an older receiver.
 * <pre>{@code
 * ReadOptions options = ReadOptions.lenient().withLimits(ReadLimits.defaults().withMaxDepth(32));
 * }</pre>
 * <p>
 * This class is immutable and thread-safe.
 *
 * @since 0.1.0
 */
public final class ReadOptions {

    private static final ReadOptions STRICT = new ReadOptions(true, ReadLimits.defaults());
    private static final ReadOptions LENIENT = new ReadOptions(false, ReadLimits.defaults());

    private final boolean strict;
    private final ReadLimits limits;

    private ReadOptions(boolean strict, ReadLimits limits) {
        this.strict = strict;
        this.limits = Objects.requireNonNull(limits, "limits");
    }

    /**
     * Obtains strict reading with the default limits.
     *
     * @return the options, not null
     */
    public static ReadOptions strict() {
        return STRICT;
    }

    /**
     * Obtains lenient reading with the default limits.
     *
     * @return the options, not null
     */
    public static ReadOptions lenient() {
        return LENIENT;
    }

    /**
     * Checks if unknown properties are errors.
     *
     * @return true if strict
     */
    public boolean isStrict() {
        return strict;
    }

    /**
     * Gets the parser limits.
     *
     * @return the limits, not null
     */
    public ReadLimits getLimits() {
        return limits;
    }

    /**
     * Returns a copy with other limits.
     *
     * @param newLimits  the limits, not null
     * @return the options, not null
     */
    public ReadOptions withLimits(ReadLimits newLimits) {
        return new ReadOptions(strict, newLimits);
    }

    /**
     * Checks if these options equal others.
     *
     * @param obj  the other object, may be null
     * @return true if equal
     */
    @Override
    public boolean equals(Object obj) {
        return obj instanceof ReadOptions && ((ReadOptions) obj).strict == strict && ((ReadOptions) obj).limits.equals(limits);
    }

    /**
     * Gets a hash code consistent with {@link #equals(Object)}.
     *
     * @return the hash code
     */
    @Override
    public int hashCode() {
        return limits.hashCode() * 31 + (strict ? 1 : 0);
    }

    /**
     * Gets the options as text.
     *
     * @return the text, not null
     */
    @Override
    public String toString() {
        return "ReadOptions[" + (strict ? "strict" : "lenient") + ", " + limits + "]";
    }
}
