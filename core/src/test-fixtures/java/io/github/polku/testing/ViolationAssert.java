package io.github.polku.testing;

import io.github.polku.validation.Severity;
import io.github.polku.validation.ValidationReport;
import io.github.polku.validation.Violation;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import org.assertj.core.api.AbstractAssert;

/**
 * AssertJ assertions on validation reports, modelled on Hibernate Validator's
 * {@code ConstraintViolationAssert}:
 * <pre>{@code
 * assertThat(report).containsOnlyViolations(violation("polku.x").at("/a").withSeverity(ERROR));
 * }</pre>
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

    /** An expected violation: code, and optionally pointer and severity. */
    public static final class ExpectedViolation {
        private final String code;
        private final String path;
        private final Severity severity;

        private ExpectedViolation(String code, String path, Severity severity) {
            this.code = code;
            this.path = path;
            this.severity = severity;
        }

        /**
         * Expects the given JSON Pointer.
         *
         * @param pointer the pointer
         * @return a new expectation
         */
        public ExpectedViolation at(String pointer) {
            return new ExpectedViolation(code, pointer, severity);
        }

        /**
         * Expects the given severity.
         *
         * @param expected the severity
         * @return a new expectation
         */
        public ExpectedViolation withSeverity(Severity expected) {
            return new ExpectedViolation(code, path, expected);
        }

        boolean matches(Violation v) {
            return v.getCode().equals(code) && (path == null || v.getPath().equals(path))
                    && (severity == null || v.getSeverity() == severity);
        }

        @Override
        public String toString() {
            return Objects.toString(severity, "*") + " " + Objects.toString(path, "*") + " " + code;
        }
    }
}
