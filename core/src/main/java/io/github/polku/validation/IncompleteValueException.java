package io.github.polku.validation;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * Thrown when a value is built without one of its mandatory attributes. Each missing attribute
 * becomes one {@link Violation} with code {@value #CODE} located at {@code /attributeName}.
 * <p>
 * The builders of every Polku value type throw this exception from {@code build()}.
 * <p>
 * This class is immutable and thread-safe.
 *
 * @since 0.1.0
 */
public class IncompleteValueException extends InvalidValueException {

    private static final long serialVersionUID = 1L;

    /** The code of the violation for a missing mandatory attribute. */
    public static final String CODE = "polku.value.missing";

    /**
     * Creates an exception for the named missing attributes.
     *
     * @param missingAttributeNames  the names of the missing attributes, not null, not empty
     */
    public IncompleteValueException(String... missingAttributeNames) {
        super(toViolations(missingAttributeNames));
    }

    /**
     * Creates an exception from a generated message of the form
     * {@code "Cannot build X, some of the required attributes are not set [a, b]"}.
     *
     * @param message  the generated message, not null
     */
    public IncompleteValueException(String message) {
        this(parseNames(message));
    }

    private static List<Violation> toViolations(String... names) {
        List<Violation> violations = new ArrayList<>(names.length);
        for (String name : names) {
            violations.add(Violation.error(CODE, "/" + name, Map.of("attribute", name)));
        }
        if (violations.isEmpty()) {
            violations.add(Violation.error(CODE, "", Map.of("attribute", "?")));
        }
        return violations;
    }

    private static String[] parseNames(String message) {
        int open = message.lastIndexOf('[');
        int close = message.lastIndexOf(']');
        if (open < 0 || close < open) {
            return new String[0];
        }
        String inner = message.substring(open + 1, close).trim();
        return inner.isEmpty() ? new String[0] : inner.split("\\s*,\\s*");
    }
}
