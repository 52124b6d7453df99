package io.github.polku.quality;

import io.github.polku.internal.validation.JsonPointers;
import java.util.Map;
import org.immutables.value.Value;

/**
 * One piece of evidence for a quality finding (fi: n\u00e4ytt\u00f6, sv: underlag): which
 * {@link Subject subject}, which record in it (a JSON Pointer into the subject, as in the exchange
 * format) and which values led to the finding.
 * <p>
 * Values are non-personal facts only: dates, counts, codes and limits, never names, identity
 * codes or free text. The pointer addresses the record, so a reader with access to the subject
 * can look it up.
 * <pre>{@code
 * Evidence e = Evidence.of(Subject.path("P-0001"), "/assessment/startedOn",
 *         Map.of("startedOn", "2025-04-22", "deadline", "2025-04-25"));
 * }</pre>
 * <p>
 * This class is immutable and thread-safe.
 *
 * @since 0.1.0
 */
@Value.Immutable
public abstract class Evidence {

    Evidence() {
        // package-private: only the generated implementation extends this type
    }

    /**
     * Obtains a piece of evidence.
     *
     * @param subject  the subject the record belongs to, not null
     * @param pointer  the JSON Pointer of the record in the subject, {@code ""} for the subject
     *     itself, not null
     * @param values  the non-personal values that led to the finding, by name; values are converted
     *     with {@link String#valueOf(Object)}; not null, may be empty
     * @return the evidence, not null
     * @throws IllegalArgumentException if the pointer is not a JSON Pointer
     */
    public static Evidence of(Subject subject, String pointer, Map<String, ?> values) {
        Builder builder = builder().subject(subject).pointer(pointer);
        values.forEach((name, value) -> builder.putValue(name, String.valueOf(value)));
        return builder.build();
    }

    /**
     * Obtains a builder.
     *
     * @return a new builder, not null
     */
    public static Builder builder() {
        return new Builder();
    }

    /**
     * Gets the subject the record belongs to.
     *
     * @return the subject, not null
     */
    public abstract Subject getSubject();

    /**
     * Gets the JSON Pointer of the record inside the subject.
     *
     * @return the pointer, {@code ""} for the subject itself, not null
     */
    public abstract String getPointer();

    /**
     * Gets the values that led to the finding, by name, in insertion order.
     *
     * @return the values, not null, may be empty
     */
    public abstract Map<String, String> getValues();

    /**
     * Checks that the pointer is a JSON Pointer.
     *
     * @throws IllegalArgumentException if it is not
     */
    @Value.Check
    protected void check() {
        if (!JsonPointers.isValid(getPointer())) {
            throw new IllegalArgumentException("Malformed JSON Pointer: " + getPointer());
        }
    }

    /**
     * Returns the subject, the pointer and the values.
     *
     * @return the description, not null
     */
    @Override
    public String toString() {
        return getSubject() + (getPointer().isEmpty() ? "" : getPointer()) + " " + getValues();
    }

    /**
     * Builder for {@code Evidence}; the methods are generated.
     *
     * @since 0.1.0
     */
    public static class Builder extends ImmutableEvidence.Builder {
        /** Creates an empty builder; use {@link Evidence#builder()}. */
        Builder() {
        }
    }
}
