package io.github.polku.path;

import static io.github.polku.testing.ViolationAssert.violation;
import io.github.polku.testing.CrossCheckedValidator;
import static org.assertj.core.api.Assertions.assertThat;

import io.github.polku.testing.Samples;
import io.github.polku.testing.ViolationAssert;
import io.github.polku.validation.PolkuValidator;
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
                ViolationAssert.assertThat(validate(a).getViolations())
                        .containsExactlyViolations(violation("polku.path.assessment.startLate").withSeverity(Severity.WARNING).at("/startedOn"));
                assertThat(validate(a).getViolations().get(0).getArguments())
                        .containsEntry("deadline", "2025-04-29").containsEntry("workingDays", "7");
            } else {
                assertThat(validate(a).getViolations()).isEmpty();
            }
        }

        // Pending Fri 12.12.2025: 15.(1) 16.(2) 17.(3) 18.(4) 19.(5) 22.(6) 23.12.(7), a Tuesday.
        // The seventh working day is a working day, so Act 150/1930 section 5 does not move it:
        // a start on the first working day after Christmas, Mon 29.12., is late.
        @ParameterizedTest(name = "started {0}: late={1}")
        @CsvSource(textBlock = """
                2025-12-23, false
                2025-12-29, true
                """)
        void doesNotExtendASeventhWorkingDayBeforeChristmas(LocalDate started, boolean late) {
            ServiceNeedAssessment a = ServiceNeedAssessment.builder().pendingOn(LocalDate.of(2025, 12, 12))
                    .startedOn(started).deadlineGroup(DeadlineGroup.OVER_75).build();
            assertThat(validate(a).getViolations()).extracting(Violation::getCode)
                    .containsExactlyElementsOf(late ? java.util.List.of("polku.path.assessment.startLate") : java.util.List.of());
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
                2025-11-30, 2026-03-02, false
                2025-11-30, 2026-03-03, true
                """)
        void allowsThreeCalendarMonthsForAChild(LocalDate pending, LocalDate completed, boolean late) {
            ServiceNeedAssessment a = ServiceNeedAssessment.builder().pendingOn(pending).startedOn(pending)
                    .completedOn(completed).deadlineGroup(DeadlineGroup.CHILD_NEEDING_SPECIAL_SUPPORT).build();
            if (late) {
                ViolationAssert.assertThat(validate(a).getViolations())
                        .containsExactlyViolations(violation("polku.path.assessment.completionLate").withSeverity(Severity.WARNING).at("/completedOn"));
            } else {
                assertThat(validate(a).getViolations()).isEmpty();
            }
        }

        // Act 150/1930 section 5: when pending + 3 months (section 3) is a day off, the
        // assessment may be completed on the next working day. Weekdays checked on a calendar:
        // 1.11.2025 is a Saturday (All Saints' Day), 11.10.2025 a Saturday, 20.4.2025 Easter
        // Sunday (Easter Monday 21.4.), 18.4.2025 Good Friday, 20.6.2025 Midsummer Eve (Friday),
        // 24.12.2025 a Wednesday (25.-26.12. holidays, 27.-28.12. weekend), 28.2.2026 a Saturday.
        @ParameterizedTest(name = "pending {0}, completed {1}: late={2} ({3})")
        @CsvSource(delimiter = '|', textBlock = """
                2025-08-01 | 2025-11-03 | false | All Saints' Day on Saturday 1.11. moves to Monday
                2025-08-01 | 2025-11-04 | true  | one day after the moved deadline
                2025-07-11 | 2025-10-13 | false | ordinary Saturday 11.10. moves to Monday
                2025-07-11 | 2025-10-14 | true  | one day after the moved deadline
                2025-01-20 | 2025-04-22 | false | Easter Sunday 20.4. moves over Easter Monday to Tuesday
                2025-01-20 | 2025-04-23 | true  | one day after the moved deadline
                2025-01-18 | 2025-04-22 | false | Good Friday 18.4. moves over Easter to Tuesday
                2025-03-20 | 2025-06-23 | false | Midsummer Eve 20.6. moves to Monday
                2025-03-20 | 2025-06-24 | true  | one day after the moved deadline
                2025-09-24 | 2025-12-29 | false | Christmas Eve 24.12. moves over Christmas and the weekend to Monday
                2025-09-24 | 2025-12-30 | true  | one day after the moved deadline
                2025-04-16 | 2025-07-16 | false | Wednesday 16.7. is a working day and stays
                2025-04-16 | 2025-07-17 | true  | the day after a working-day deadline is late
                """)
        void movesADeadlineOnADayOffToTheNextWorkingDay(LocalDate pending, LocalDate completed, boolean late, String why) {
            ServiceNeedAssessment a = ServiceNeedAssessment.builder().pendingOn(pending).startedOn(pending)
                    .completedOn(completed).deadlineGroup(DeadlineGroup.CHILD_NEEDING_SPECIAL_SUPPORT).build();
            // the start was on the day of receipt, so only the completion can be late
            if (late) {
                assertThat(validate(a).getViolations()).as(why).extracting(Violation::getCode)
                        .containsExactly("polku.path.assessment.completionLate");
            } else {
                assertThat(validate(a).getViolations()).as(why).isEmpty();
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
            ViolationAssert.assertThat(validate(a).getViolations())
                    .containsExactlyViolations(violation("polku.path.dates.order").withSeverity(Severity.ERROR).at("/startedOn"));
        }

        @Test
        void reportsCompletionBeforeStart() {
            ServiceNeedAssessment a = ServiceNeedAssessment.builder().pendingOn(LocalDate.of(2025, 4, 16))
                    .startedOn(LocalDate.of(2025, 4, 18)).completedOn(LocalDate.of(2025, 4, 17)).build();
            ViolationAssert.assertThat(validate(a).getViolations())
                    .containsExactlyViolations(violation("polku.path.dates.order").withSeverity(Severity.ERROR).at("/completedOn"));
        }

        @Test
        void reportsCompletionWithoutStart() {
            ServiceNeedAssessment a = ServiceNeedAssessment.builder().pendingOn(LocalDate.of(2025, 4, 16))
                    .completedOn(LocalDate.of(2025, 4, 17)).build();
            ViolationAssert.assertThat(validate(a).getViolations())
                    .containsExactlyViolations(violation("polku.path.assessment.startMissing").withSeverity(Severity.ERROR).at("/startedOn"));
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
