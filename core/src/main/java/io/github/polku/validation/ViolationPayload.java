package io.github.polku.validation;

import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Objects;

/**
 * The Polku facts of a Bean Validation constraint violation raised by one of Polku's rule
 * constraints (fi: virheen tiedot, sv: felets uppgifter): its stable code, its severity and its
 * named, non-personal message arguments.
 * <p>
 * Polku's rule validators attach this object to every {@link jakarta.validation.ConstraintViolation}
 * they raise, as Hibernate Validator's <em>dynamic payload</em>. An application that validates
 * Polku values with its own {@link jakarta.validation.Validator} (Spring's
 * {@code LocalValidatorFactoryBean}, a Jakarta EE container) reads it like this:
 * <pre>{@code
 * ViolationPayload payload = violation.unwrap(HibernateConstraintViolation.class)
 *         .getDynamicPayload(ViolationPayload.class);   // null for a built-in constraint
 * }</pre>
 * Built-in constraints ({@code @NotNull}, {@code @Size}, ...) on Polku's types carry no dynamic
 * payload: their code is their message key, and their severity is the
 * {@link Severity.Warning} or {@link Severity.Info} payload class of the constraint (none for an
 * error). {@link Violation#from(jakarta.validation.ConstraintViolation)} reads both kinds and is
 * the simplest way to get a Polku {@link Violation} from any constraint violation.
 * <p>
 * The location is the property path of the constraint violation; the payload also keeps it as a
 * JSON Pointer relative to the value the constraint is declared on ({@link #getPointer()}), so that
 * pointer arguments such as {@code reference} can be made absolute. A plain Jakarta Validator does not
 * know where the constrained value lies in the validated graph, so the messages it interpolates show
 * such pointer arguments relative to the constrained value; {@link Violation#from(jakarta.validation.ConstraintViolation)}
 * and {@link PolkuValidator} make them absolute.
 * <p>
 * This class is immutable and thread-safe.
 *
 * @since 0.1.0
 */
public final class ViolationPayload {

    private final String code;
    private final Severity severity;
    private final Map<String, String> arguments;
    private final String pointer;

    private ViolationPayload(String code, Severity severity, Map<String, String> arguments, String pointer) {
        this.code = code;
        this.severity = severity;
        this.arguments = arguments;
        this.pointer = pointer;
    }

    /**
     * Obtains a payload.
     *
     * @param code  the stable violation code, also the message key, not null
     * @param severity  the severity, not null
     * @param arguments  the named message arguments, not null; no personal data
     * @return the payload, not null
     */
    public static ViolationPayload of(String code, Severity severity, Map<String, String> arguments) {
        Objects.requireNonNull(code, "code");
        Objects.requireNonNull(severity, "severity");
        return of(code, severity, arguments, "");
    }

    /**
     * Obtains a payload that also records where the violation lies below the constrained value.
     *
     * @param code  the stable violation code, also the message key, not null
     * @param severity  the severity, not null
     * @param arguments  the named message arguments, not null; no personal data
     * @param pointer  the JSON Pointer of the offending element relative to the value the
     *     constraint is declared on, {@code ""} for the value itself, not null
     * @return the payload, not null
     */
    public static ViolationPayload of(String code, Severity severity, Map<String, String> arguments, String pointer) {
        Objects.requireNonNull(code, "code");
        Objects.requireNonNull(severity, "severity");
        Objects.requireNonNull(pointer, "pointer");
        return new ViolationPayload(code, severity, Collections.unmodifiableMap(new LinkedHashMap<>(arguments)), pointer);
    }

    /**
     * Gets the JSON Pointer of the offending element relative to the value the constraint is
     * declared on. Pointer arguments of the message ({@code reference}, {@code first}) are relative
     * to the same value.
     *
     * @return the pointer, {@code ""} for the constrained value itself, not null
     */
    public String getPointer() {
        return pointer;
    }

    /**
     * Gets the stable code of the violation, also its message key.
     *
     * @return the code, not null
     */
    public String getCode() {
        return code;
    }

    /**
     * Gets the severity.
     *
     * @return the severity, not null
     */
    public Severity getSeverity() {
        return severity;
    }

    /**
     * Gets the named message arguments, in the order the rule gave them.
     *
     * @return the arguments, not null, may be empty
     */
    public Map<String, String> getArguments() {
        return arguments;
    }

    /**
     * Checks whether this payload equals another: same code, severity and arguments.
     *
     * @param other  the other object, null returns false
     * @return true if equal
     */
    @Override
    public boolean equals(Object other) {
        if (this == other) {
            return true;
        }
        if (!(other instanceof ViolationPayload)) {
            return false;
        }
        ViolationPayload that = (ViolationPayload) other;
        return code.equals(that.code) && severity == that.severity && arguments.equals(that.arguments)
                && pointer.equals(that.pointer);
    }

    /**
     * Gets a hash code consistent with {@link #equals(Object)}.
     *
     * @return the hash code
     */
    @Override
    public int hashCode() {
        return Objects.hash(code, severity, arguments, pointer);
    }

    /**
     * Returns severity, code and arguments; never personal data, because a payload holds none.
     *
     * @return the description, not null
     */
    @Override
    public String toString() {
        return severity + " " + code + " " + arguments;
    }
}
