package io.github.polku.validation;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collections;
import java.util.List;
import java.util.Objects;

/**
 * Thrown when a value cannot be built because its data breaks a structural invariant (tier 1):
 * the object would be meaningless, for example a date range that ends before it starts or an
 * identity code with a wrong control character.
 * <p>
 * The exception carries {@link Violation}s with stable codes and JSON Pointers. Its message is an
 * English one-line summary of codes and pointers; like the violations, it never contains the
 * rejected value, so it is safe to log.
 * <p>
 * This class is immutable and thread-safe.
 *
 * @since 0.1.0
 */
public class InvalidValueException extends IllegalArgumentException {

    private static final long serialVersionUID = 1L;

    private final transient List<Violation> violations;

    /**
     * Creates an exception carrying the given violations.
     *
     * @param violations  the violations, not null, not empty
     * @throws IllegalArgumentException if {@code violations} is empty
     */
    public InvalidValueException(List<Violation> violations) {
        super(summarise(violations));
        this.violations = List.copyOf(violations);
    }

    /**
     * Obtains an exception for one or more violations.
     *
     * @param first  the first violation, not null
     * @param more  further violations, not null
     * @return the exception, not null
     */
    public static InvalidValueException of(Violation first, Violation... more) {
        List<Violation> all = new ArrayList<>(1 + more.length);
        all.add(Objects.requireNonNull(first, "first"));
        all.addAll(Arrays.asList(more));
        return new InvalidValueException(all);
    }

    /**
     * Gets the violations that made the value invalid.
     *
     * @return the violations, not null, not empty
     */
    public List<Violation> getViolations() {
        return violations == null ? Collections.emptyList() : violations;
    }

    /**
     * Returns an exception of the same kind whose violations are located below the given JSON
     * Pointer. Readers use this to place an error inside a nested value into the whole document.
     *
     * @param prefix  the JSON Pointer of the value inside the larger document, not null
     * @return the relocated exception, not null
     */
    public InvalidValueException atLocation(String prefix) {
        List<Violation> moved = new ArrayList<>(getViolations().size());
        for (Violation v : getViolations()) {
            moved.add(v.atLocation(prefix));
        }
        InvalidValueException relocated = new InvalidValueException(moved);
        relocated.setStackTrace(getStackTrace());
        return relocated;
    }

    static String summarise(List<Violation> violations) {
        if (violations.isEmpty()) {
            throw new IllegalArgumentException("An InvalidValueException needs at least one violation");
        }
        Violation first = violations.get(0);
        StringBuilder text = new StringBuilder("Invalid value: ")
                .append(first.getCode())
                .append(" at ")
                .append(first.getPath().isEmpty() ? "/" : first.getPath());
        if (violations.size() > 1) {
            text.append(" (and ").append(violations.size() - 1).append(" more)");
        }
        return text.toString();
    }
}
