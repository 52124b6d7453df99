package io.github.polku.service;

import static io.github.polku.testing.ViolationAssert.violation;
import io.github.polku.testing.CrossCheckedValidator;
import static io.github.polku.service.ServiceSamples.HALF_YEAR_2024;
import static io.github.polku.service.ServiceSamples.workActivity;
import static io.github.polku.service.ServiceSamples.workActivityService;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatExceptionOfType;
import static org.assertj.core.api.Assertions.tuple;

import io.github.polku.calendar.DateRange;
import io.github.polku.testing.ViolationAssert;
import io.github.polku.validation.InvalidValueException;
import io.github.polku.validation.Severity;
import io.github.polku.validation.ValidationReport;
import io.github.polku.validation.Violation;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class RehabilitativeWorkActivityTest {

    private static final CrossCheckedValidator VALIDATOR = CrossCheckedValidator.shared();

    private static List<Violation> violationsOf(RehabilitativeWorkActivity rwa) {
        return VALIDATOR.validate(workActivityService(rwa)).getViolations();
    }

    private static DateRange range(String start, String end) {
        return DateRange.of(LocalDate.parse(start), LocalDate.parse(end));
    }

    @Nested
    class Construction {

        @Test
        void createsActivityWithGivenValues() {
            RehabilitativeWorkActivity rwa = workActivity();
            assertThat(rwa.getBasis()).contains(ActivityBasis.ACTIVATION_PLAN);
            assertThat(rwa.getDaysPerWeek()).isEqualTo(3);
            assertThat(rwa.hoursPerWeek()).isEqualByComparingTo("18");
            assertThat(rwa.getPeriods()).containsExactly(HALF_YEAR_2024);
            assertThat(rwa.latestPeriod()).isEqualTo(HALF_YEAR_2024);
        }

        @Test
        void rejectsActivityWithoutPeriod() {
            assertThatExceptionOfType(InvalidValueException.class)
                    .isThrownBy(() -> workActivity(new DateRange[0]))
                    .satisfies(e -> assertThat(e.getViolations())
                            .extracting(Violation::getCode, Violation::getPath)
                            .containsExactly(tuple(RehabilitativeWorkActivity.PERIODS_EMPTY, "/periods")));
        }

        @ParameterizedTest(name = "{0} then {1}")
        @CsvSource(delimiter = '|', textBlock = """
                2024-01-01/2024-06-30 | 2024-06-30/2024-12-31
                2024-01-01/2024-06-30 | 2023-01-01/2023-06-30
                2024-01-01/..         | 2024-07-01/2024-12-31
                """)
        void rejectsPeriodsOutOfOrderOrOverlappingOrOpenBeforeLast(String first, String second) {
            assertThatExceptionOfType(InvalidValueException.class)
                    .isThrownBy(() -> workActivity(parse(first), parse(second)))
                    .satisfies(e -> assertThat(e.getViolations())
                            .extracting(Violation::getCode, Violation::getPath)
                            .containsExactly(tuple(RehabilitativeWorkActivity.PERIODS_ORDER, "/periods/1")));
        }

        @Test
        void acceptsOpenLastPeriod() {
            RehabilitativeWorkActivity rwa = workActivity(HALF_YEAR_2024, DateRange.startingOn(LocalDate.of(2024, 7, 1)));
            assertThat(rwa.latestPeriod().isOpen()).isTrue();
        }

        @ParameterizedTest
        @CsvSource({"-1", "8"})
        void rejectsImpossibleDaysPerWeek(int days) {
            assertThatExceptionOfType(InvalidValueException.class)
                    .isThrownBy(() -> workActivity().withDaysPerWeek(days))
                    .satisfies(e -> assertThat(e.getViolations())
                            .extracting(Violation::getCode, Violation::getPath)
                            .containsExactly(tuple(RehabilitativeWorkActivity.DAYS_IMPOSSIBLE, "/daysPerWeek")));
        }

        @ParameterizedTest
        @CsvSource({"0.01", "24"})
        void acceptsPossibleHoursPerDayAtTheEdges(String hours) {
            // GH-16: the edges of a day are possible (the law's 4 to 8 hours are a rule of the path, not of the value)
            assertThat(workActivity().withHoursPerDay(new BigDecimal(hours)).getHoursPerDay()).isEqualByComparingTo(hours);
        }

        @ParameterizedTest
        @CsvSource({"010190-900P", "010190-900p"})
        void refusesAPlanReferenceShapedLikeAnIdentityCode(String reference) {
            assertThatExceptionOfType(InvalidValueException.class)
                    .isThrownBy(() -> workActivity().withPlanReference(reference))
                    .satisfies(e -> assertThat(e.getViolations())
                            .extracting(Violation::getCode, Violation::getPath)
                            .containsExactly(tuple("polku.id.identityCode", "/planReference")));
        }

        @ParameterizedTest
        @CsvSource({"0", "-1", "24.5"})
        void rejectsImpossibleHoursPerDay(String hours) {
            assertThatExceptionOfType(InvalidValueException.class)
                    .isThrownBy(() -> workActivity().withHoursPerDay(new BigDecimal(hours)))
                    .satisfies(e -> assertThat(e.getViolations())
                            .extracting(Violation::getCode, Violation::getPath)
                            .containsExactly(tuple(RehabilitativeWorkActivity.HOURS_IMPOSSIBLE, "/hoursPerDay")));
        }

        @Test
        void masksFreeTextInToString() {
            String text = workActivity().toString();
            assertThat(text).doesNotContain(ServiceSamples.GOAL_TEXT, ServiceSamples.SUPPORT_TEXT, "Testinen", "instructor")
                    .contains("planGoal=****", "planSupport=****");
        }

        @Test
        void copiesWithOneValueChanged() {
            RehabilitativeWorkActivity rwa = workActivity();
            RehabilitativeWorkActivity copy = rwa.withDaysPerWeek(4);
            assertThat(copy.getDaysPerWeek()).isEqualTo(4);
            assertThat(copy).isNotEqualTo(rwa).isEqualTo(rwa.withDaysPerWeek(4));
            assertThat(copy.hashCode()).isEqualTo(rwa.withDaysPerWeek(4).hashCode());
        }

        private DateRange parse(String text) {
            String[] parts = text.split("/");
            return parts[1].equals("..") ? DateRange.startingOn(LocalDate.parse(parts[0])) : range(parts[0], parts[1]);
        }
    }

    @Nested
    class DaysAndHours {

        @ParameterizedTest(name = "{0} days x {1} h")
        @CsvSource(delimiter = '|', textBlock = """
                1 | 4
                3 | 6
                4 | 8
                2 | 4.5
                """)
        void acceptsDaysAndHoursWithinLimits(int days, String hours) {
            assertThat(violationsOf(workActivity().withDaysPerWeek(days).withHoursPerDay(new BigDecimal(hours)))).isEmpty();
        }

        @ParameterizedTest(name = "{0} days x {1} h")
        @CsvSource(delimiter = '|', textBlock = """
                0 | 6   | polku.service.workActivity.daysPerWeek.range | /workActivity/daysPerWeek | 1 | 4
                5 | 6   | polku.service.workActivity.daysPerWeek.range | /workActivity/daysPerWeek | 1 | 4
                7 | 4   | polku.service.workActivity.daysPerWeek.range | /workActivity/daysPerWeek | 1 | 4
                3 | 3.5 | polku.service.workActivity.hoursPerDay.range  | /workActivity/hoursPerDay | 4 | 8
                3 | 8.5 | polku.service.workActivity.hoursPerDay.range  | /workActivity/hoursPerDay | 4 | 8
                """)
        void reportsDaysOrHoursOutsideLimits(int days, String hours, String code, String pointer, String min, String max) {
            ViolationAssert.assertThat(violationsOf(workActivity().withDaysPerWeek(days).withHoursPerDay(new BigDecimal(hours))))
                    .containsExactlyViolations(violation(code).withSeverity(Severity.ERROR).at(pointer).withArguments(Map.of("min", min, "max", max)));
        }

        @Test
        void reportsMoreThan32HoursAWeekOnItsOwn() {
            // Before 1.7.2015 five days were allowed, so 5 x 6.6 h = 33 h breaks only the weekly limit.
            RehabilitativeWorkActivity rwa = workActivity(range("2015-05-01", "2015-10-31"))
                    .withDaysPerWeek(5).withHoursPerDay(new BigDecimal("6.6"));
            ViolationAssert.assertThat(violationsOf(rwa))
                    .containsExactlyViolations(violation("polku.service.workActivity.hoursPerWeek.max").withSeverity(Severity.ERROR).at("/workActivity").withArguments(Map.of("max", "32", "hours", "33")));
        }

        @Test
        void acceptsExactly32HoursAWeek() {
            RehabilitativeWorkActivity rwa = workActivity(range("2015-05-01", "2015-10-31"))
                    .withDaysPerWeek(5).withHoursPerDay(new BigDecimal("6.4"));
            assertThat(violationsOf(rwa)).isEmpty();
        }

        @Test
        void takesTheDayLimitFromTheRuleBookInForceAtThePeriodStart() {
            // The data, not the code, says 5 days until 30.6.2015 and 4 days from 1.7.2015.
            RehabilitativeWorkActivity before = workActivity(range("2015-06-30", "2015-12-31")).withDaysPerWeek(5);
            RehabilitativeWorkActivity after = workActivity(range("2015-07-01", "2015-12-31")).withDaysPerWeek(5);
            assertThat(violationsOf(before)).isEmpty();
            assertThat(violationsOf(after))
                    .extracting(Violation::getCode, Violation::getArguments)
                    .containsExactly(tuple("polku.service.workActivity.daysPerWeek.range", Map.of("min", "1", "max", "4")));
        }

        @Test
        void usesTheLatestPeriodForTheDayLimit() {
            RehabilitativeWorkActivity rwa = workActivity(range("2015-01-01", "2015-06-30"), range("2015-07-01", "2015-12-31"))
                    .withDaysPerWeek(5);
            assertThat(violationsOf(rwa)).extracting(Violation::getCode)
                    .containsExactly("polku.service.workActivity.daysPerWeek.range");
        }

        @Test
        void reportsWithPointerRelativeToTheActivityWhenValidatedAlone() {
            assertThat(VALIDATOR.validate(workActivity().withDaysPerWeek(5)).getViolations())
                    .extracting(Violation::getCode, Violation::getPath)
                    .containsExactly(tuple("polku.service.workActivity.daysPerWeek.range", "/daysPerWeek"));
        }
    }

    @Nested
    class Periods {

        @ParameterizedTest(name = "{0} to {1}")
        @CsvSource(delimiter = '|', textBlock = """
                2024-01-01 | 2024-03-31
                2024-01-31 | 2024-04-29
                2024-02-15 | 2024-12-31
                2024-01-01 | 2025-12-31
                """)
        void acceptsPeriodsOfThreeToTwentyFourMonths(String start, String end) {
            DateRange period = range(start, end);
            RehabilitativeWorkActivity rwa = workActivity(period).withReviewDates(period.getStart());
            assertThat(violationsOf(rwa)).isEmpty();
        }

        @ParameterizedTest(name = "{0} to {1}")
        @CsvSource(delimiter = '|', textBlock = """
                2024-01-01 | 2024-03-30 | polku.service.workActivity.period.tooShort | min | 3
                2024-01-01 | 2024-02-29 | polku.service.workActivity.period.tooShort | min | 3
                2024-01-01 | 2024-01-01 | polku.service.workActivity.period.tooShort | min | 3
                2024-01-01 | 2026-01-01 | polku.service.workActivity.period.tooLong  | max | 24
                2024-01-01 | 2026-01-31 | polku.service.workActivity.period.tooLong  | max | 24
                """)
        void reportsPeriodsShorterThanThreeOrLongerThanTwentyFourMonths(String start, String end, String code,
                String argument, String limit) {
            DateRange period = range(start, end);
            RehabilitativeWorkActivity rwa = workActivity(period).withReviewDates(period.getStart());
            ViolationAssert.assertThat(violationsOf(rwa))
                    .containsExactlyViolations(violation(code).withSeverity(Severity.ERROR).at("/workActivity/periods/0").withArguments(Map.of(argument, limit)));
        }

        @Test
        void reportsEachShortRenewalAtItsIndex() {
            RehabilitativeWorkActivity rwa = workActivity(range("2024-01-01", "2024-06-30"), range("2024-07-01", "2024-08-31"));
            assertThat(violationsOf(rwa))
                    .extracting(Violation::getCode, Violation::getPath)
                    .containsExactly(tuple("polku.service.workActivity.period.tooShort", "/workActivity/periods/1"));
        }

        @Test
        void doesNotJudgeTheLengthOfAnOpenPeriod() {
            RehabilitativeWorkActivity rwa = workActivity(DateRange.startingOn(LocalDate.of(2024, 1, 1)));
            assertThat(violationsOf(rwa)).isEmpty();
        }

        @Test
        void reportsPeriodOutsideTheServicePeriod() {
            RehabilitativeWorkActivity rwa = workActivity();
            Service service = workActivityService(rwa).withPeriod(range("2024-02-01", "2024-12-31"));
            ViolationAssert.assertThat(VALIDATOR.validate(service).getViolations())
                    .containsExactlyViolations(violation("polku.service.workActivity.period.outsideService").withSeverity(Severity.ERROR).at("/workActivity/periods/0"));
        }
    }

    @Nested
    class Review {

        private final DateRange year2022 = range("2022-01-01", "2022-12-31");
        private final DateRange year2023 = range("2023-01-01", "2023-12-31");

        @Test
        void warnsWhenTwentyFourMonthsAreReachedWithoutReview() {
            ViolationAssert.assertThat(violationsOf(workActivity(year2022, year2023)))
                    .containsExactlyViolations(violation("polku.service.workActivity.review.missing").withSeverity(Severity.WARNING).at("/workActivity/reviewDates").withArguments(Map.of("months", "24", "cumulativeMonths", "24")));
        }

        @Test
        void acceptsTwentyThreeMonthsWithoutReview() {
            assertThat(violationsOf(workActivity(year2022, range("2023-01-01", "2023-11-30")))).isEmpty();
        }

        @Test
        void acceptsReviewInThePeriodThatReachesTwentyFourMonths() {
            RehabilitativeWorkActivity rwa = workActivity(year2022, year2023).withReviewDates(LocalDate.of(2023, 1, 10));
            assertThat(violationsOf(rwa)).isEmpty();
        }

        @Test
        void warnsWhenTheOnlyReviewIsFromAnEarlierPeriod() {
            RehabilitativeWorkActivity rwa = workActivity(year2022, year2023).withReviewDates(LocalDate.of(2022, 6, 1));
            assertThat(violationsOf(rwa)).extracting(Violation::getCode)
                    .containsExactly("polku.service.workActivity.review.missing");
        }

        @Test
        void countsWholeMonthsAcrossThreePeriods() {
            RehabilitativeWorkActivity rwa = workActivity(range("2021-01-01", "2021-09-30"), range("2021-10-01", "2022-06-30"),
                    range("2022-07-01", "2023-03-31"));
            assertThat(violationsOf(rwa)).extracting(Violation::getCode, Violation::getArguments)
                    .containsExactly(tuple("polku.service.workActivity.review.missing",
                            Map.of("months", "24", "cumulativeMonths", "27")));
        }
    }

    @Nested
    class PlanAndAllowance {

        @Test
        void reportsMissingBasis() {
            ViolationAssert.assertThat(violationsOf(workActivity().withBasis(java.util.Optional.empty())))
                    .containsExactlyViolations(violation("polku.service.workActivity.basis.missing").withSeverity(Severity.ERROR).at("/workActivity/basis"));
        }

        @Test
        void acceptsMultidisciplinaryEmploymentPlanAsBasis() {
            assertThat(violationsOf(workActivity().withBasis(ActivityBasis.MULTIDISCIPLINARY_EMPLOYMENT_PLAN))).isEmpty();
        }

        @Test
        void reportsTwoAllowanceTypes() {
            RehabilitativeWorkActivity rwa = workActivity()
                    .withAllowanceTypes(AllowanceType.EXPENSE_ALLOWANCE, AllowanceType.ACTIVITY_ALLOWANCE);
            ViolationAssert.assertThat(violationsOf(rwa))
                    .containsExactlyViolations(violation("polku.service.workActivity.allowance.notOne").withSeverity(Severity.ERROR).at("/workActivity/allowanceTypes").withArguments(Map.of("count", "2")));
        }

        @Test
        void reportsNoAllowanceType() {
            assertThat(violationsOf(workActivity().withAllowanceTypes()))
                    .extracting(Violation::getCode, Violation::getArguments)
                    .containsExactly(tuple("polku.service.workActivity.allowance.notOne", Map.of("count", "0")));
        }

        @Test
        void acceptsActivityAllowanceAlone() {
            assertThat(violationsOf(workActivity().withAllowanceTypes(AllowanceType.ACTIVITY_ALLOWANCE))).isEmpty();
        }

        @ParameterizedTest(name = "goal ''{0}'', support ''{1}''")
        @CsvSource(delimiter = '|', textBlock = """
                ''     | Weekly talk | polku.service.workActivity.plan.goalMissing    | /workActivity/planGoal
                '   '  | Weekly talk | polku.service.workActivity.plan.goalMissing    | /workActivity/planGoal
                Rhythm | ''          | polku.service.workActivity.plan.supportMissing | /workActivity/planSupport
                """)
        void reportsPlanWithoutGoalOrSupportSince2021(String goal, String support, String code, String pointer) {
            RehabilitativeWorkActivity rwa = workActivity(range("2021-01-01", "2021-06-30"))
                    .withPlanGoal(goal).withPlanSupport(support);
            ViolationAssert.assertThat(violationsOf(rwa))
                    .containsExactlyViolations(violation(code).withSeverity(Severity.ERROR).at(pointer));
        }

        @Test
        void reportsBothGoalAndSupportWhenNeitherIsRecorded() {
            RehabilitativeWorkActivity rwa = workActivity().withPlanGoal(java.util.Optional.empty())
                    .withPlanSupport(java.util.Optional.empty());
            assertThat(violationsOf(rwa)).extracting(Violation::getPath)
                    .containsExactly("/workActivity/planGoal", "/workActivity/planSupport");
        }

        @Test
        void doesNotRequireGoalAndSupportBefore2021() {
            RehabilitativeWorkActivity rwa = workActivity(range("2020-07-01", "2020-12-31"))
                    .withPlanGoal(java.util.Optional.empty()).withPlanSupport(java.util.Optional.empty());
            assertThat(violationsOf(rwa)).isEmpty();
        }

        @Test
        void warnsWhenTheOrganiserIsNotObliged() {
            RehabilitativeWorkActivity rwa = workActivity().withObligationExemptions(ObligationExemption.FULL_TIME_STUDENT);
            ViolationAssert.assertThat(violationsOf(rwa))
                    .containsExactlyViolations(violation("polku.service.workActivity.organiserNotObliged").withSeverity(Severity.WARNING).at("/workActivity/obligationExemptions").withArguments(Map.of("count", "1")));
        }
    }

    @Nested
    class Reporting {

        @Test
        void reportsEveryBrokenRuleExactlyOnce() {
            RehabilitativeWorkActivity rwa = workActivity(range("2024-01-01", "2024-02-29"))
                    .withBasis(java.util.Optional.empty())
                    .withDaysPerWeek(5)
                    .withHoursPerDay(new BigDecimal("9"))
                    .withAllowanceTypes()
                    .withPlanGoal(java.util.Optional.empty());
            ValidationReport report = VALIDATOR.validate(workActivityService(rwa));
            assertThat(report.getViolations())
                    .extracting(Violation::getCode)
                    .containsExactlyInAnyOrder(
                            "polku.service.workActivity.basis.missing",
                            "polku.service.workActivity.daysPerWeek.range",
                            "polku.service.workActivity.hoursPerDay.range",
                            "polku.service.workActivity.hoursPerWeek.max",
                            "polku.service.workActivity.period.tooShort",
                            "polku.service.workActivity.allowance.notOne",
                            "polku.service.workActivity.plan.goalMissing");
            assertThat(report.isValid()).isFalse();
        }

        @Test
        void keepsFreeTextOutOfViolations() {
            RehabilitativeWorkActivity rwa = workActivity().withDaysPerWeek(5).withAllowanceTypes();
            assertThat(violationsOf(rwa)).isNotEmpty().allSatisfy(v -> {
                assertThat(v.toString()).doesNotContain("Testinen", "instructor");
                assertThat(v.getArguments().values()).noneMatch(a -> a.contains("Fictional"));
            });
        }
    }
}
