package io.github.polku.validation;

import jakarta.validation.Payload;

/**
 * The severity of a {@link Violation} (fi: vakavuus, sv: allvarlighetsgrad).
 * <p>
 * An {@link #ERROR} makes a document invalid. A {@link #WARNING} is a finding that a person
 * should look at, for example a statutory deadline that was missed in the past. An {@link #INFO}
 * is a neutral observation.
 * <p>
 * Bean Validation constraints declare their severity with a payload:
 * <pre>{@code
 * @Size(max = 2000, payload = Severity.Warning.class)
 * }</pre>
 * A constraint without such a payload is an {@link #ERROR}.
 *
 * @since 0.1.0
 */
public enum Severity {
    /** Error: the data is not acceptable; the document is invalid (fi: virhe, sv: fel). */
    ERROR,
    /** Warning: the data is acceptable but a person should look at it (fi: varoitus, sv: varning). */
    WARNING,
    /** Note: a neutral observation (fi: huomautus, sv: anmärkning). */
    INFO;

    /**
     * Payload that marks a Bean Validation constraint as {@link #WARNING}.
     *
     * @since 0.1.0
     */
    public interface Warning extends Payload {}

    /**
     * Payload that marks a Bean Validation constraint as {@link #INFO}.
     *
     * @since 0.1.0
     */
    public interface Info extends Payload {}
}
