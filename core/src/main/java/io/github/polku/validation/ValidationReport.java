package io.github.polku.validation;

import java.util.ArrayList;
import java.util.Collection;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;

/**
 * Every problem found in one validated value or document (fi: tarkistusraportti, sv:
 * valideringsrapport).
 * <p>
 * A report is {@link #isValid() valid} when it holds no {@link Severity#ERROR error}; warnings and
 * information do not make a value invalid. Violations keep the order in which they were found.
 * <pre>{@code
 * ValidationReport report = validator.validate(path);
 * if (!report.isValid()) {
 *     report.getViolations(Severity.ERROR).forEach(v -> log(v.getMessage(locale)));
 * }
 * }</pre>
 * <p>
 * This class is immutable and thread-safe.
 *
 * @since 0.1.0
 */
public final class ValidationReport {

    private static final ValidationReport EMPTY = new ValidationReport(List.of());

    private final List<Violation> violations;

    private ValidationReport(List<Violation> violations) {
        this.violations = violations;
    }

    /**
     * Obtains a report with no violations.
     *
     * @return the empty report, not null
     */
    public static ValidationReport empty() {
        return EMPTY;
    }

    /**
     * Obtains a report holding the given violations in the given order.
     *
     * @param violations  the violations, not null, may be empty
     * @return the report, not null
     */
    public static ValidationReport of(Collection<Violation> violations) {
        return violations.isEmpty() ? EMPTY : new ValidationReport(List.copyOf(violations));
    }

    /**
     * Gets every violation in the order found.
     *
     * @return the violations, not null, may be empty
     */
    public List<Violation> getViolations() {
        return violations;
    }

    /**
     * Gets the violations of one severity, in the order found.
     *
     * @param severity  the severity, not null
     * @return the matching violations, not null, may be empty
     */
    public List<Violation> getViolations(Severity severity) {
        Objects.requireNonNull(severity, "severity");
        List<Violation> matching = new ArrayList<>();
        for (Violation v : violations) {
            if (v.getSeverity() == severity) {
                matching.add(v);
            }
        }
        return List.copyOf(matching);
    }

    /**
     * Counts the violations of each severity.
     *
     * @return the count per severity, every severity present, not null
     */
    public Map<Severity, Integer> countBySeverity() {
        Map<Severity, Integer> counts = new EnumMap<>(Severity.class);
        for (Severity s : Severity.values()) {
            counts.put(s, 0);
        }
        for (Violation v : violations) {
            counts.merge(v.getSeverity(), 1, Integer::sum);
        }
        return counts;
    }

    /**
     * Checks if the report holds no error. Warnings and information are allowed.
     *
     * @return true if no violation has severity {@link Severity#ERROR}
     */
    public boolean isValid() {
        for (Violation v : violations) {
            if (v.getSeverity() == Severity.ERROR) {
                return false;
            }
        }
        return true;
    }

    /**
     * Checks if the report holds at least one warning.
     *
     * @return true if any violation has severity {@link Severity#WARNING}
     */
    public boolean hasWarnings() {
        for (Violation v : violations) {
            if (v.getSeverity() == Severity.WARNING) {
                return true;
            }
        }
        return false;
    }

    /**
     * Checks if the report holds no violation of any severity.
     *
     * @return true if there are no violations at all
     */
    public boolean isEmpty() {
        return violations.isEmpty();
    }

    /**
     * Returns a report holding the violations of this report followed by those of another.
     *
     * @param other  the report to append, not null
     * @return the combined report, not null
     */
    public ValidationReport and(ValidationReport other) {
        if (other.violations.isEmpty()) {
            return this;
        }
        if (violations.isEmpty()) {
            return other;
        }
        List<Violation> all = new ArrayList<>(violations.size() + other.violations.size());
        all.addAll(violations);
        all.addAll(other.violations);
        return new ValidationReport(List.copyOf(all));
    }

    /**
     * Returns a copy of this report with every violation located below the given JSON Pointer.
     *
     * @param prefix  the JSON Pointer of the validated value inside a larger document, not null
     * @return the relocated report, not null
     */
    public ValidationReport atLocation(String prefix) {
        if (prefix.isEmpty() || violations.isEmpty()) {
            return this;
        }
        List<Violation> moved = new ArrayList<>(violations.size());
        for (Violation v : violations) {
            moved.add(v.atLocation(prefix));
        }
        return new ValidationReport(List.copyOf(moved));
    }

    /**
     * Throws if the report holds an error.
     *
     * @throws InvalidValueException carrying the errors, if {@link #isValid()} is false
     */
    public void throwIfInvalid() {
        if (!isValid()) {
            throw new InvalidValueException(getViolations(Severity.ERROR));
        }
    }

    @Override
    public boolean equals(Object obj) {
        return this == obj || (obj instanceof ValidationReport && violations.equals(((ValidationReport) obj).violations));
    }

    @Override
    public int hashCode() {
        return violations.hashCode();
    }

    /**
     * Returns the counts per severity and the violations' codes and pointers. It never contains
     * personal data.
     *
     * @return the description, not null
     */
    @Override
    public String toString() {
        return "ValidationReport" + countBySeverity() + violations;
    }
}
