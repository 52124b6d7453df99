package io.github.polku.testing;

import io.github.polku.validation.Severity;
import io.github.polku.validation.ValidationReport;
import io.github.polku.validation.Violation;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import org.assertj.core.api.AbstractAssert;

/**
 * AssertJ assertions on validation reports, modelled on Hibernate Validator's
 * {@code ConstraintViolationAssert}:
 * <pre>{@code
 * assertThat(report).containsOnlyViolations(violation("polku.x").at("/a").withSeverity(ERROR));
 * assertThat(exception.getViolations()).containsExactlyViolations(
 *         violation("polku.x").withSeverity(ERROR).at("").withArguments(Map.of("min", "002")));
 * }</pre>
 * Shared by the tests of core and serialization (the test fixtures); use it instead of extracting
 * code, severity and pointer by hand.
 */
public final class ViolationAssert extends AbstractAssert<ViolationAssert, ValidationReport> {

    private ViolationAssert(ValidationReport actual) {
        super(actual, ViolationAssert.class);
    }

    /**
     * Starts an assertion on a report.
     *
     * @param report the report
     * @return the assertion
     */
    public static ViolationAssert assertThat(ValidationReport report) {
        return new ViolationAssert(report);
    }

    /**
     * Starts an assertion on a list of violations.
     *
     * @param violations the violations
     * @return the assertion
     */
    public static ViolationAssert assertThat(List<Violation> violations) {
        return new ViolationAssert(ValidationReport.of(violations));
    }

    /**
     * Describes an expected violation by code.
     *
     * @param code the expected code
     * @return the expectation; add {@code at} and {@code withSeverity}
     */
    public static ExpectedViolation violation(String code) {
        return new ExpectedViolation(code, null, null);
    }

    /**
     * Asserts that the report holds exactly the expected violations, in any order, each once.
     *
     * @param expected the expected violations
     * @return this
     */
    public ViolationAssert containsOnlyViolations(ExpectedViolation... expected) {
        isNotNull();
        List<Violation> remaining = new ArrayList<>(actual.getViolations());
        List<ExpectedViolation> missing = new ArrayList<>();
        for (ExpectedViolation e : expected) {
            Violation match = remaining.stream().filter(e::matches).findFirst().orElse(null);
            if (match == null) {
                missing.add(e);
            } else {
                remaining.remove(match);
            }
        }
        if (!missing.isEmpty() || !remaining.isEmpty()) {
            failWithMessage("Expected exactly %s%nbut missing %s%nand unexpected %s", List.of(expected), missing, remaining);
        }
        return this;
    }

    /**
     * Asserts that the report holds exactly the expected violations in the given order: as strict as
     * AssertJ's {@code extracting(code, severity, path).containsExactly(tuple(...))}.
     *
     * @param expected the expected violations, in report order
     * @return this
     */
    public ViolationAssert containsExactlyViolations(ExpectedViolation... expected) {
        isNotNull();
        List<Violation> violations = actual.getViolations();
        boolean same = violations.size() == expected.length;
        for (int i = 0; same && i < expected.length; i++) {
            same = expected[i].matches(violations.get(i));
        }
        if (!same) {
            failWithMessage("Expected exactly, in this order,%n  %s%nbut found%n  %s", List.of(expected), violations);
        }
        return this;
    }

    /**
     * Asserts that the report holds the expected violations, and possibly others.
     *
     * @param expected the expected violations
     * @return this
     */
    public ViolationAssert containsViolations(ExpectedViolation... expected) {
        isNotNull();
        for (ExpectedViolation e : expected) {
            if (actual.getViolations().stream().noneMatch(e::matches)) {
                failWithMessage("Expected %s in %s", e, actual.getViolations());
            }
        }
        return this;
    }

    /**
     * Asserts that no violation has the given code.
     *
     * @param code the code
     * @return this
     */
    public ViolationAssert hasNoViolationWithCode(String code) {
        isNotNull();
        if (actual.getViolations().stream().anyMatch(v -> v.getCode().equals(code))) {
            failWithMessage("Expected no %s in %s", code, actual.getViolations());
        }
        return this;
    }

    /**
     * Asserts that the report holds no violation at all.
     *
     * @return this
     */
    public ViolationAssert isEmpty() {
        isNotNull();
        if (!actual.isEmpty()) {
            failWithMessage("Expected no violations but found %s", actual.getViolations());
        }
        return this;
    }

    /**
     * Asserts that the report holds no error (warnings allowed).
     *
     * @return this
     */
    public ViolationAssert isValid() {
        isNotNull();
        if (!actual.isValid()) {
            failWithMessage("Expected no errors but found %s", actual.getViolations(Severity.ERROR));
        }
        return this;
    }

    /** An expected violation: code, and optionally pointer, severity and arguments. */
    public static final class ExpectedViolation {
        private final String code;
        private final String path;
        private final Severity severity;
        private final Map<String, String> arguments;

        private ExpectedViolation(String code, String path, Severity severity) {
            this(code, path, severity, null);
        }

        private final Map<String, String> someArguments;

        private ExpectedViolation(String code, String path, Severity severity, Map<String, String> arguments) {
            this(code, path, severity, arguments, Map.of());
        }

        private ExpectedViolation(String code, String path, Severity severity, Map<String, String> arguments,
                Map<String, String> someArguments) {
            this.code = code;
            this.path = path;
            this.severity = severity;
            this.arguments = arguments;
            this.someArguments = someArguments;
        }

        /**
         * Expects the given message argument, among possibly others.
         *
         * @param name the argument name
         * @param value the argument value
         * @return a new expectation
         */
        public ExpectedViolation withArgument(String name, String value) {
            Map<String, String> some = new java.util.LinkedHashMap<>(someArguments);
            some.put(name, value);
            return new ExpectedViolation(code, path, severity, arguments, Map.copyOf(some));
        }

        /**
         * Expects exactly the given message arguments.
         *
         * @param expected the arguments
         * @return a new expectation
         */
        public ExpectedViolation withArguments(Map<String, String> expected) {
            return new ExpectedViolation(code, path, severity, Map.copyOf(expected), someArguments);
        }

        /**
         * Expects the given JSON Pointer.
         *
         * @param pointer the pointer
         * @return a new expectation
         */
        public ExpectedViolation at(String pointer) {
            return new ExpectedViolation(code, pointer, severity, arguments, someArguments);
        }

        /**
         * Expects the given severity.
         *
         * @param expected the severity
         * @return a new expectation
         */
        public ExpectedViolation withSeverity(Severity expected) {
            return new ExpectedViolation(code, path, expected, arguments, someArguments);
        }

        boolean matches(Violation v) {
            return v.getCode().equals(code) && (path == null || v.getPath().equals(path))
                    && (severity == null || v.getSeverity() == severity)
                    && (arguments == null || v.getArguments().equals(arguments))
                    && v.getArguments().entrySet().containsAll(someArguments.entrySet());
        }

        @Override
        public String toString() {
            return Objects.toString(severity, "*") + " " + Objects.toString(path, "*") + " " + code
                    + (arguments == null ? "" : " " + arguments) + (someArguments.isEmpty() ? "" : " with " + someArguments);
        }
    }
}
