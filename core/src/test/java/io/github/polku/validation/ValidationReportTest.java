package io.github.polku.validation;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatCode;
import static org.assertj.core.api.Assertions.assertThatExceptionOfType;

import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class ValidationReportTest {

    private static final Violation ERROR = Violation.error("polku.test.error", "/a", Map.of());
    private static final Violation WARNING = Violation.warning("polku.test.warning", "/b", Map.of());
    private static final Violation INFO = Violation.info("polku.test.info", "/c", Map.of());

    @Test
    void isValidWithWarningsAndInformationOnly() {
        ValidationReport report = ValidationReport.of(List.of(WARNING, INFO));
        assertThat(report.isValid()).isTrue();
        assertThat(report.hasWarnings()).isTrue();
        assertThat(report.isEmpty()).isFalse();
    }

    @Test
    void isInvalidWithAnError() {
        ValidationReport report = ValidationReport.of(List.of(WARNING, ERROR));
        assertThat(report.isValid()).isFalse();
        assertThat(report.getViolations(Severity.ERROR)).containsExactly(ERROR);
        assertThat(report.countBySeverity()).containsEntry(Severity.ERROR, 1).containsEntry(Severity.WARNING, 1)
                .containsEntry(Severity.INFO, 0);
    }

    @Test
    void emptyReportIsValidWithoutWarnings() {
        assertThat(ValidationReport.empty().isValid()).isTrue();
        assertThat(ValidationReport.empty().hasWarnings()).isFalse();
        assertThat(ValidationReport.of(List.of())).isSameAs(ValidationReport.empty());
    }

    @Test
    void combinesReportsInOrder() {
        ValidationReport combined = ValidationReport.of(List.of(ERROR)).and(ValidationReport.of(List.of(WARNING)));
        assertThat(combined.getViolations()).containsExactly(ERROR, WARNING);
        assertThat(combined.and(ValidationReport.empty())).isSameAs(combined);
        assertThat(ValidationReport.empty().and(combined)).isSameAs(combined);
    }

    @Test
    void relocatesEveryViolation() {
        ValidationReport moved = ValidationReport.of(List.of(ERROR, WARNING)).atLocation("/paths/2");
        assertThat(moved.getViolations()).extracting(Violation::getPath).containsExactly("/paths/2/a", "/paths/2/b");
    }

    @Test
    void throwsOnlyWhenInvalid() {
        assertThatCode(() -> ValidationReport.of(List.of(WARNING)).throwIfInvalid()).doesNotThrowAnyException();
        assertThatExceptionOfType(InvalidValueException.class)
                .isThrownBy(() -> ValidationReport.of(List.of(WARNING, ERROR)).throwIfInvalid())
                .satisfies(e -> assertThat(e.getViolations()).containsExactly(ERROR));
    }

    @Test
    void copiesTheGivenList() {
        java.util.ArrayList<Violation> list = new java.util.ArrayList<>(List.of(ERROR));
        ValidationReport report = ValidationReport.of(list);
        list.add(WARNING);
        assertThat(report.getViolations()).containsExactly(ERROR);
    }

    @Test
    void equalsByViolations() {
        assertThat(ValidationReport.of(List.of(ERROR))).isEqualTo(ValidationReport.of(List.of(ERROR)))
                .hasSameHashCodeAs(ValidationReport.of(List.of(ERROR)))
                .isNotEqualTo(ValidationReport.of(List.of(WARNING)));
    }
}
