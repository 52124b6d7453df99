package io.github.polku.validation;

import io.github.polku.internal.validation.Identifiers;
import io.github.polku.internal.validation.JsonPointers;
import io.github.polku.internal.validation.Messages;
import jakarta.validation.ConstraintViolation;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.regex.Pattern;
import org.immutables.value.Value;

/**
 * One problem found in a value or document (fi: virhe tai huomautus, sv: fel eller anmärkning).
 * <p>
 * A violation has a stable {@link #getCode() code}, a {@link #getSeverity() severity}, a
 * {@link #getPath() JSON Pointer} (RFC 6901) to the offending element relative to the validated
 * root, and named {@link #getArguments() arguments}. Its text is rendered on demand in Finnish,
 * Swedish or English by {@link #getMessage(Locale)}.
 * <p>
 * A violation never holds the rejected value: arguments carry only non-personal facts such as
 * limits, dates of the rule or code names, so a report can be logged and passed between
 * organisations without leaking personal data.
 * <pre>{@code
 * Violation v = Violation.error("polku.value.missing", "/clientId", Map.of("attribute", "clientId"));
 * v.getMessage(Locale.forLanguageTag("fi"));   // "Pakollinen tieto clientId puuttuu"
 * }</pre>
 * <p>
 * This class is immutable and thread-safe.
 *
 * @since 0.1.0
 */
@Value.Immutable
public abstract class Violation {

    private static final Pattern CODE = Pattern.compile("[a-z][A-Za-z0-9]*(\\.[A-Za-z0-9]+)+");
    /** What an argument shaped like a personal identity code is replaced with. */
    private static final String MASK = "****";

    Violation() {
        // package-private: only the generated implementation extends this type
    }

    /**
     * Obtains a builder for a violation.
     *
     * @return a new builder, not null
     */
    public static Builder builder() {
        return new Builder();
    }

    /**
     * Obtains a violation.
     *
     * @param code  the stable code, for example {@code polku.path.dates.order}, not null
     * @param severity  the severity, not null
     * @param path  the JSON Pointer relative to the validated root, {@code ""} for the root, not null
     * @param arguments  the named message arguments, not null, may be empty
     * @return the violation, not null
     * @throws IllegalArgumentException if the code or the path is malformed
     */
    public static Violation of(String code, Severity severity, String path, Map<String, ?> arguments) {
        Builder builder = builder().code(code).severity(severity).path(path);
        arguments.forEach((name, value) -> builder.putArgument(name, String.valueOf(value)));
        return builder.build();
    }

    /**
     * Obtains the Polku violation for a Bean Validation constraint violation, as any Jakarta
     * Validator reports it for a Polku value. The path is the constraint violation's property path
     * as a JSON Pointer relative to the validated root; code, severity and arguments come from the
     * {@link ViolationPayload} of Polku's rule constraints, or else from the message key, the
     * {@link Severity.Warning}/{@link Severity.Info} payload and the attributes of the constraint.
     * <pre>{@code
     * for (ConstraintViolation<RehabilitationPath> cv : validator.validate(path)) {
     *     Violation v = Violation.from(cv);   // v.getCode(), v.getPath(), v.getMessage(locale)
     * }
     * }</pre>
     *
     * @param violation  the constraint violation, not null
     * @return the violation, not null
     * @throws IllegalArgumentException if the violation's message template is not a code and it
     *     carries no payload, as may happen for an application's own constraint
     */
    public static Violation from(ConstraintViolation<?> violation) {
        Objects.requireNonNull(violation, "violation");
        return ConstraintViolations.from(violation);
    }

    /**
     * Obtains an {@link Severity#ERROR error}.
     *
     * @param code  the stable code, not null
     * @param path  the JSON Pointer, not null
     * @param arguments  the named message arguments, not null
     * @return the violation, not null
     */
    public static Violation error(String code, String path, Map<String, ?> arguments) {
        return of(code, Severity.ERROR, path, arguments);
    }

    /**
     * Obtains a {@link Severity#WARNING warning}.
     *
     * @param code  the stable code, not null
     * @param path  the JSON Pointer, not null
     * @param arguments  the named message arguments, not null
     * @return the violation, not null
     */
    public static Violation warning(String code, String path, Map<String, ?> arguments) {
        return of(code, Severity.WARNING, path, arguments);
    }

    /**
     * Obtains an {@link Severity#INFO information}.
     *
     * @param code  the stable code, not null
     * @param path  the JSON Pointer, not null
     * @param arguments  the named message arguments, not null
     * @return the violation, not null
     */
    public static Violation info(String code, String path, Map<String, ?> arguments) {
        return of(code, Severity.INFO, path, arguments);
    }

    /**
     * Gets the stable code. The code is also the message key; codes are API and never change
     * meaning.
     *
     * @return the code, not null
     */
    public abstract String getCode();

    /**
     * Gets the severity.
     *
     * @return the severity, not null
     */
    public abstract Severity getSeverity();

    /**
     * Gets the JSON Pointer (RFC 6901) to the offending element, relative to the validated root.
     *
     * @return the pointer, {@code ""} for the root itself, not null
     */
    public abstract String getPath();

    /**
     * Gets the named arguments of the message, in insertion order.
     *
     * @return the arguments, not null, may be empty
     */
    public abstract Map<String, String> getArguments();

    /**
     * Renders the message in the given language. Finnish ({@code fi}), Swedish ({@code sv}) and
     * English are supported; any other language falls back to English. The default locale of the
     * JVM is never consulted.
     *
     * @param locale  the language to render in, not null
     * @return the message, not null
     */
    public String getMessage(Locale locale) {
        return Messages.render(getCode(), getArguments(), locale);
    }

    /**
     * Returns a copy of this violation located below the given JSON Pointer. Used when a value
     * that was validated on its own is part of a larger document. Arguments that are JSON
     * Pointers into the document ({@code reference}, {@code first}) are relocated too.
     *
     * @param prefix  the JSON Pointer of the value inside the larger document, not null
     * @return a violation whose path is {@code prefix + getPath()}, not null
     * @throws IllegalArgumentException if the prefix is not a JSON Pointer
     */
    public Violation atLocation(String prefix) {
        Objects.requireNonNull(prefix, "prefix");
        if (prefix.isEmpty()) {
            return this;
        }
        return builder().code(getCode()).severity(getSeverity()).path(prefix + getPath())
                .putAllArguments(JsonPointers.relocateArguments(getArguments(), prefix)).build();
    }

    /**
     * Returns a one-line English description: severity, path and code. It never contains
     * personal data, because a violation holds none.
     *
     * @return the description, not null
     */
    @Override
    public String toString() {
        return getSeverity() + " " + (getPath().isEmpty() ? "/" : getPath()) + " " + getCode() + " " + getArguments();
    }

    /**
     * Checks the code and pointer syntax, and masks ({@code ****}) every argument that holds
     * something shaped like a personal identity code, so that no message, report or
     * {@code toString()} can repeat one, whoever built the violation (GH-21).
     *
     * @return this violation, or an equal one with masked arguments, not null
     * @throws IllegalArgumentException if the code or the pointer is malformed
     */
    @Value.Check
    protected Violation check() {
        if (!CODE.matcher(getCode()).matches()) {
            throw new IllegalArgumentException("Malformed violation code: " + getCode());
        }
        if (!JsonPointers.isValid(getPath())) {
            throw new IllegalArgumentException("Malformed JSON Pointer: " + getPath());
        }
        if (getArguments().values().stream().noneMatch(Identifiers::holdsIdentityCode)) {
            return this;
        }
        Builder masked = builder().code(getCode()).severity(getSeverity()).path(getPath());
        getArguments().forEach((name, value) -> masked.putArgument(name, Identifiers.holdsIdentityCode(value) ? MASK : value));
        return masked.build();
    }

    /**
     * Builder for {@code Violation}; the methods are generated.
     *
     * @since 0.1.0
     */
    public static class Builder extends ImmutableViolation.Builder {
        /** Creates an empty builder; use {@link Violation#builder()}. */
        Builder() {
        }
    }
}
