package io.github.polku.path;

import io.github.polku.testing.CrossCheckedValidator;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

import io.github.polku.testing.Samples;
import io.github.polku.validation.Severity;
import io.github.polku.validation.ValidationReport;
import io.github.polku.validation.Violation;
import java.time.LocalDate;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class ServiceNeedAssessmentRulesTest {

    private static final CrossCheckedValidator VALIDATOR = CrossCheckedValidator.shared();

    private static ValidationReport validate(ServiceNeedAssessment assessment) {
        return VALIDATOR.validate(assessment);
    }

    @Nested
    class StartDeadline {

        // Pending Wed 16.4.2025. Good Friday 18.4., Easter Monday 21.4. and the weekend are not
        // working days; counted by hand: 17.4.(1) 22.4.(2) 23.4.(3) 24.4.(4) 25.4.(5) 28.4.(6)
        // 29.4.(7) 30.4.(8).
        @ParameterizedTest(name = "{0} started {1}: late={2}")
        @CsvSource(textBlock = """
                OVER_75,                       2025-04-29, false
                OVER_75,                       2025-04-30, true
                HIGHEST_CARE_ALLOWANCE,        2025-04-29, false
                HIGHEST_CARE_ALLOWANCE,        2025-04-30, true
                CHILD_NEEDING_SPECIAL_SUPPORT, 2025-04-29, false
                CHILD_NEEDING_SPECIAL_SUPPORT, 2025-05-02, true
                NONE,                          2025-06-30, false
                """)
        void countsWorkingDaysAcrossEaster(DeadlineGroup group, LocalDate started, boolean late) {
            ServiceNeedAssessment a = ServiceNeedAssessment.builder().pendingOn(LocalDate.of(2025, 4, 16))
                    .startedOn(started).deadlineGroup(group).build();
            if (late) {
                assertThat(validate(a).getViolations())
                        .extracting(Violation::getCode, Violation::getSeverity, Violation::getPath)
                        .containsExactly(tuple("polku.path.assessment.startLate", Severity.WARNING, "/startedOn"));
                assertThat(validate(a).getViolations().get(0).getArguments())
                        .containsEntry("deadline", "2025-04-29").containsEntry("workingDays", "7");
            } else {
                assertThat(validate(a).getViolations()).isEmpty();
            }
        }

        @Test
        void ignoresAnAssessmentNotYetStarted() {
            ServiceNeedAssessment a = ServiceNeedAssessment.builder().pendingOn(LocalDate.of(2025, 4, 16))
                    .deadlineGroup(DeadlineGroup.OVER_75).build();
            assertThat(validate(a).isEmpty()).isTrue();
        }
    }

    @Nested
    class CompletionDeadline {

        @ParameterizedTest(name = "pending {0}, completed {1}: late={2}")
        @CsvSource(textBlock = """
                2025-04-16, 2025-07-16, false
                2025-04-16, 2025-07-17, true
                2025-11-30, 2026-02-28, false
                2025-11-30, 2026-03-01, true
                """)
        void allowsThreeCalendarMonthsForAChild(LocalDate pending, LocalDate completed, boolean late) {
            ServiceNeedAssessment a = ServiceNeedAssessment.builder().pendingOn(pending).startedOn(pending)
                    .completedOn(completed).deadlineGroup(DeadlineGroup.CHILD_NEEDING_SPECIAL_SUPPORT).build();
            if (late) {
                assertThat(validate(a).getViolations())
                        .extracting(Violation::getCode, Violation::getSeverity, Violation::getPath)
                        .containsExactly(tuple("polku.path.assessment.completionLate", Severity.WARNING, "/completedOn"));
            } else {
                assertThat(validate(a).getViolations()).isEmpty();
            }
        }

        @Test
        void appliesOnlyToChildren() {
            ServiceNeedAssessment a = ServiceNeedAssessment.builder().pendingOn(LocalDate.of(2025, 4, 16))
                    .startedOn(LocalDate.of(2025, 4, 17)).completedOn(LocalDate.of(2025, 12, 1))
                    .deadlineGroup(DeadlineGroup.OVER_75).build();
            assertThat(validate(a).getViolations()).isEmpty();
        }
    }

    @Nested
    class DatesInOrder {

        @Test
        void reportsStartBeforePending() {
            ServiceNeedAssessment a = ServiceNeedAssessment.builder().pendingOn(LocalDate.of(2025, 4, 16))
                    .startedOn(LocalDate.of(2025, 4, 15)).deadlineGroup(DeadlineGroup.OVER_75).build();
            assertThat(validate(a).getViolations())
                    .extracting(Violation::getCode, Violation::getSeverity, Violation::getPath)
                    .containsExactly(tuple("polku.path.dates.order", Severity.ERROR, "/startedOn"));
        }

        @Test
        void reportsCompletionBeforeStart() {
            ServiceNeedAssessment a = ServiceNeedAssessment.builder().pendingOn(LocalDate.of(2025, 4, 16))
                    .startedOn(LocalDate.of(2025, 4, 18)).completedOn(LocalDate.of(2025, 4, 17)).build();
            assertThat(validate(a).getViolations())
                    .extracting(Violation::getCode, Violation::getSeverity, Violation::getPath)
                    .containsExactly(tuple("polku.path.dates.order", Severity.ERROR, "/completedOn"));
        }

        @Test
        void reportsCompletionWithoutStart() {
            ServiceNeedAssessment a = ServiceNeedAssessment.builder().pendingOn(LocalDate.of(2025, 4, 16))
                    .completedOn(LocalDate.of(2025, 4, 17)).build();
            assertThat(validate(a).getViolations())
                    .extracting(Violation::getCode, Violation::getSeverity, Violation::getPath)
                    .containsExactly(tuple("polku.path.assessment.startMissing", Severity.ERROR, "/startedOn"));
        }

        @Test
        void acceptsTheSampleAssessment() {
            assertThat(validate(Samples.assessmentBuilder().build()).isEmpty()).isTrue();
        }
    }

    @Test
    void hidesViewsFromToString() {
        String text = Samples.assessmentBuilder().build().toString();
        assertThat(text).doesNotContain("FICTIONAL").contains("****");
    }
}
