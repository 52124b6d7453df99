package io.github.polku.service;

import static io.github.polku.testing.ViolationAssert.violation;
import io.github.polku.testing.CrossCheckedValidator;
import static io.github.polku.service.ServiceSamples.socialRehabilitation;
import static io.github.polku.service.ServiceSamples.voucher;
import static io.github.polku.service.ServiceSamples.voucherService;
import static io.github.polku.service.ServiceSamples.workActivity;
import static io.github.polku.service.ServiceSamples.workActivityService;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatExceptionOfType;
import static org.assertj.core.api.Assertions.tuple;

import io.github.polku.calendar.DateRange;
import io.github.polku.testing.ViolationAssert;
import io.github.polku.validation.IncompleteValueException;
import io.github.polku.validation.InvalidValueException;
import io.github.polku.validation.Severity;
import io.github.polku.validation.Violation;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.EnumSource;

class ServiceTest {

    private static final CrossCheckedValidator VALIDATOR = CrossCheckedValidator.shared();

    @Nested
    class Construction {

        @Test
        void createsSocialRehabilitationWithoutViolations() {
            Service service = socialRehabilitation();
            assertThat(service.getId()).isEqualTo(ServiceId.of("S-1"));
            assertThat(service.getComponents()).containsExactly(SocialRehabilitationComponent.GROUP_ACTIVITY_AND_SOCIAL_SUPPORT);
            assertThat(service.getWorkActivity()).isEmpty();
            assertThat(VALIDATOR.validate(service).isEmpty()).isTrue();
        }

        @Test
        void rejectsWorkActivityKindWithoutDetails() {
            assertThatExceptionOfType(InvalidValueException.class)
                    .isThrownBy(() -> socialRehabilitation().withKind(ServiceKind.REHABILITATIVE_WORK_ACTIVITY))
                    .satisfies(e -> assertThat(e.getViolations())
                            .extracting(Violation::getCode, Violation::getPath)
                            .containsExactly(tuple(Service.KIND_MISMATCH, "/workActivity")));
        }

        @Test
        void rejectsWorkActivityDetailsOnSocialRehabilitation() {
            assertThatExceptionOfType(InvalidValueException.class)
                    .isThrownBy(() -> socialRehabilitation().withWorkActivity(workActivity()))
                    .satisfies(e -> assertThat(e.getViolations())
                            .extracting(Violation::getCode, Violation::getPath, v -> v.getArguments().get("kind"))
                            .containsExactly(tuple(Service.KIND_MISMATCH, "/workActivity", "SOCIAL_REHABILITATION")));
        }

        @Test
        void rejectsMissingMandatoryValues() {
            assertThatExceptionOfType(IncompleteValueException.class)
                    .isThrownBy(() -> Service.builder().id(ServiceId.of("S-9")).build())
                    .satisfies(e -> assertThat(e.getViolations()).extracting(Violation::getPath)
                            .contains("/kind", "/form", "/deliveryMode", "/provider", "/funding", "/period"));
        }

        @Test
        void comparesByValue() {
            assertThat(socialRehabilitation()).isEqualTo(socialRehabilitation())
                    .hasSameHashCodeAs(socialRehabilitation())
                    .isNotEqualTo(socialRehabilitation().withForm(ServiceForm.INDIVIDUAL));
        }
    }

    @Nested
    class Components {

        @Test
        void reportsSocialRehabilitationWithoutComponent() {
            ViolationAssert.assertThat(VALIDATOR.validate(socialRehabilitation().withComponents()).getViolations())
                    .containsExactlyViolations(violation("polku.service.component.missing").withSeverity(Severity.ERROR).at("/components"));
        }

        @Test
        void acceptsWorkActivityWithoutComponent() {
            Service service = workActivityService(workActivity());
            assertThat(service.getComponents()).isEmpty();
            assertThat(VALIDATOR.validate(service).isEmpty()).isTrue();
        }
    }

    @Nested
    class Attendances {

        @Test
        void reportsAttendanceOutsideThePeriodAtItsIndex() {
            Service service = socialRehabilitation().withAttendances(
                    Attendance.of(LocalDate.of(2024, 3, 1), AttendanceStatus.ATTENDED),
                    Attendance.of(LocalDate.of(2025, 1, 1), AttendanceStatus.ATTENDED),
                    Attendance.of(LocalDate.of(2024, 12, 31), AttendanceStatus.ABSENT));
            ViolationAssert.assertThat(VALIDATOR.validate(service).getViolations())
                    .containsExactlyViolations(violation("polku.service.attendance.outsidePeriod").withSeverity(Severity.ERROR).at("/attendances/1/date"));
        }

        @Test
        void acceptsAttendanceOnFirstAndLastDay() {
            Service service = socialRehabilitation().withAttendances(
                    Attendance.of(LocalDate.of(2024, 1, 1), AttendanceStatus.ATTENDED),
                    Attendance.of(LocalDate.of(2024, 12, 31), AttendanceStatus.ATTENDED));
            assertThat(VALIDATOR.validate(service).isEmpty()).isTrue();
        }

        @ParameterizedTest
        @CsvSource({"-0.5", "24.25"})
        void rejectsImpossibleHours(String hours) {
            assertThatExceptionOfType(InvalidValueException.class)
                    .isThrownBy(() -> Attendance.builder().date(LocalDate.of(2024, 2, 1)).status(AttendanceStatus.ATTENDED)
                            .hours(new BigDecimal(hours)).build())
                    .satisfies(e -> assertThat(e.getViolations()).extracting(Violation::getCode, Violation::getPath)
                            .containsExactly(tuple(Attendance.HOURS_IMPOSSIBLE, "/hours")));
        }

        @Test
        void keepsSessionDeliveryMode() {
            Attendance remote = Attendance.builder().date(LocalDate.of(2024, 2, 1)).status(AttendanceStatus.ATTENDED)
                    .hours(new BigDecimal("1.5")).deliveryMode(DeliveryMode.VIDEO).build();
            assertThat(remote.getDeliveryMode()).contains(DeliveryMode.VIDEO);
            assertThat(remote.getHours()).contains(new BigDecimal("1.5"));
        }
    }

    @Nested
    class AttendanceRate {

        // Expected values computed by hand: attended / (all - cancelled by provider), 4 decimals.
        @ParameterizedTest(name = "{0} -> {1}")
        @CsvSource(delimiter = '|', textBlock = """
                ATTENDED                                         | 1.0000
                ATTENDED ATTENDED ABSENT                         | 0.6667
                ATTENDED CANCELLED_BY_PROVIDER ABSENT_NOTIFIED   | 0.5000
                ABSENT ABSENT_NOTIFIED                           | 0.0000
                ATTENDED ATTENDED ATTENDED ABSENT ABSENT ABSENT ABSENT CANCELLED_BY_PROVIDER | 0.4286
                """)
        void dividesAttendedByOfferedSessions(String statuses, String expected) {
            assertThat(withStatuses(statuses).attendanceRate()).contains(new BigDecimal(expected));
        }

        @ParameterizedTest
        @CsvSource({"''", "CANCELLED_BY_PROVIDER", "CANCELLED_BY_PROVIDER CANCELLED_BY_PROVIDER"})
        void isEmptyWhenNoSessionWasOffered(String statuses) {
            assertThat(withStatuses(statuses).attendanceRate()).isEmpty();
        }

        private Service withStatuses(String statuses) {
            List<Attendance> records = new ArrayList<>();
            LocalDate date = LocalDate.of(2024, 2, 1);
            for (String status : statuses.trim().isEmpty() ? new String[0] : statuses.trim().split("\\s+")) {
                records.add(Attendance.of(date, AttendanceStatus.valueOf(status)));
                date = date.plusWeeks(1);
            }
            return socialRehabilitation().withAttendances(records);
        }
    }

    @Nested
    class Delivery {

        @ParameterizedTest
        @CsvSource(delimiter = '|', textBlock = """
                ON_SITE         | false | false
                HOME_VISIT      | false | false
                OUTREACH        | false | false
                PHONE           | true  | true
                VIDEO           | true  | true
                CHAT_OR_MESSAGE | true  | true
                ONLINE_GROUP    | true  | true
                HYBRID          | false | true
                """)
        void classifiesRemoteModes(DeliveryMode mode, boolean remote, boolean partlyRemote) {
            assertThat(mode.isRemote()).isEqualTo(remote);
            assertThat(mode.isAtLeastPartlyRemote()).isEqualTo(partlyRemote);
        }

        @Test
        void coversEveryModeInTheTable() {
            assertThat(DeliveryMode.values()).hasSize(8);
        }

        @ParameterizedTest
        @EnumSource(AttendanceStatus.class)
        void countsEveryStatusButProviderCancellationAsOffered(AttendanceStatus status) {
            assertThat(status.isOffered()).isEqualTo(status != AttendanceStatus.CANCELLED_BY_PROVIDER);
        }
    }

    @Nested
    class Schedules {

        @Test
        void computesHoursPerWeek() {
            assertThat(Schedule.of(2, new BigDecimal("2.5")).hoursPerWeek()).isEqualByComparingTo("5");
        }

        @ParameterizedTest
        @CsvSource(delimiter = '|', textBlock = """
                0 | 2    | /sessionsPerWeek
                1 | 0    | /hoursPerSession
                1 | 24.5 | /hoursPerSession
                """)
        void rejectsImpossibleSchedule(int sessions, String hours, String pointer) {
            assertThatExceptionOfType(InvalidValueException.class)
                    .isThrownBy(() -> Schedule.of(sessions, new BigDecimal(hours)))
                    .satisfies(e -> assertThat(e.getViolations()).extracting(Violation::getCode, Violation::getPath)
                            .containsExactly(tuple(Schedule.IMPOSSIBLE, pointer)));
        }
    }

    @Nested
    class Fundings {

        @Test
        void rejectsVoucherTypeWithoutVoucher() {
            assertThatExceptionOfType(InvalidValueException.class)
                    .isThrownBy(() -> Funding.of(FundingType.SERVICE_VOUCHER))
                    .satisfies(e -> assertThat(e.getViolations()).extracting(Violation::getCode, Violation::getPath)
                            .containsExactly(tuple(Funding.DETAILS_MISMATCH, "/voucher")));
        }

        @Test
        void rejectsVoucherWithOtherType() {
            assertThatExceptionOfType(InvalidValueException.class)
                    .isThrownBy(() -> Funding.builder().type(FundingType.PURCHASED_SERVICE).voucher(voucher()).build())
                    .satisfies(e -> assertThat(e.getViolations()).extracting(Violation::getCode, Violation::getPath)
                            .containsExactly(tuple(Funding.DETAILS_MISMATCH, "/voucher")));
        }

        @Test
        void rejectsProjectDetailsWithOtherType() {
            assertThatExceptionOfType(InvalidValueException.class)
                    .isThrownBy(() -> Funding.builder().type(FundingType.OWN_PRODUCTION).project(ProjectFunding.of("ESF")).build())
                    .satisfies(e -> assertThat(e.getViolations()).extracting(Violation::getCode, Violation::getPath)
                            .containsExactly(tuple(Funding.DETAILS_MISMATCH, "/project")));
        }

        @Test
        void acceptsProjectFundingWithAndWithoutDetails() {
            ProjectFunding esf = ProjectFunding.builder().funderCode("ESF").projectCode("S12345").build();
            assertThat(Funding.ofProject(esf).getProject()).contains(esf);
            assertThat(Funding.of(FundingType.PROJECT_FUNDING).getProject()).isEmpty();
        }

        @Test
        void rejectsBlankFunderCode() {
            assertThatExceptionOfType(InvalidValueException.class)
                    .isThrownBy(() -> ProjectFunding.of(" "))
                    .satisfies(e -> assertThat(e.getViolations()).extracting(Violation::getCode, Violation::getPath)
                            .containsExactly(tuple(ProjectFunding.FUNDER_BLANK, "/funderCode")));
        }
    }

    @Nested
    class Vouchers {

        private List<Violation> violationsOf(Voucher voucher) {
            return VALIDATOR.validate(voucherService(voucher)).getViolations();
        }

        @Test
        void acceptsCompleteVoucher() {
            assertThat(violationsOf(voucher())).isEmpty();
        }

        @Test
        void reportsMissingValue() {
            Voucher voucher = Voucher.builder().assessmentReference("SNA-0001").build();
            ViolationAssert.assertThat(violationsOf(voucher))
                    .containsExactlyViolations(violation("polku.service.voucher.value.missing").withSeverity(Severity.ERROR).at("/funding/voucher/value"));
        }

        @ParameterizedTest
        @CsvSource({"''", "'  '"})
        void reportsBlankAssessmentReference(String reference) {
            ViolationAssert.assertThat(violationsOf(voucher().withAssessmentReference(reference)))
                    .containsExactlyViolations(violation("polku.service.voucher.assessment.missing").withSeverity(Severity.ERROR).at("/funding/voucher/assessmentReference"));
        }

        @Test
        void reportsMissingAssessmentReference() {
            assertThat(violationsOf(voucher().withAssessmentReference(Optional.empty())))
                    .extracting(Violation::getCode).containsExactly("polku.service.voucher.assessment.missing");
        }

        @Test
        void reportsIncomeRelatedVoucherWithoutDecision() {
            ViolationAssert.assertThat(violationsOf(voucher().withIncomeRelated(true)))
                    .containsExactlyViolations(violation("polku.service.voucher.decision.missing").withSeverity(Severity.ERROR).at("/funding/voucher/decisionReference"));
        }

        @Test
        void acceptsIncomeRelatedVoucherWithDecision() {
            assertThat(violationsOf(voucher().withIncomeRelated(true).withDecisionReference("D-0001"))).isEmpty();
        }

        @Test
        void reportsRefusedVoucherWithoutAlternative() {
            ViolationAssert.assertThat(violationsOf(voucher().withRefused(true)))
                    .containsExactlyViolations(violation("polku.service.voucher.alternative.missing").withSeverity(Severity.ERROR).at("/funding/voucher/alternativeArrangement"));
        }

        @Test
        void acceptsRefusedVoucherWithAlternativeAndNoApprovedProvider() {
            Voucher refused = voucher().withRefused(true).withAlternativeArrangement("Own production group instead");
            Service service = voucherService(refused).withProvider(Provider.of(ProviderType.PUBLIC));
            assertThat(VALIDATOR.validate(service).isEmpty()).isTrue();
        }

        @Test
        void reportsVoucherWithProviderThatIsNotApproved() {
            Service service = voucherService(voucher()).withProvider(Provider.of(ProviderType.PRIVATE));
            ViolationAssert.assertThat(VALIDATOR.validate(service).getViolations())
                    .containsExactlyViolations(violation("polku.service.voucher.approvedProvider.missing").withSeverity(Severity.ERROR).at("/provider/approvedProviderId"));
        }

        @ParameterizedTest(name = "free by law {0}, self-payment {1}")
        @CsvSource(delimiter = '|', textBlock = """
                true  | 0
                false | 10
                true  |
                """)
        void acceptsSelfPaymentWhenAllowed(boolean freeByLaw, BigDecimal selfPayment) {
            Voucher voucher = voucher().withFreeByLaw(freeByLaw).withSelfPayment(Optional.ofNullable(selfPayment));
            assertThat(violationsOf(voucher)).isEmpty();
        }

        @Test
        void warnsOfSelfPaymentForServiceFreeByLaw() {
            Voucher voucher = voucher().withFreeByLaw(true).withSelfPayment(new BigDecimal("10.00"));
            ViolationAssert.assertThat(violationsOf(voucher))
                    .containsExactlyViolations(violation("polku.service.voucher.selfPayment.freeService").withSeverity(Severity.WARNING).at("/funding/voucher/selfPayment"));
        }

        @Test
        void rejectsNegativeSelfPayment() {
            assertThatExceptionOfType(InvalidValueException.class)
                    .isThrownBy(() -> voucher().withSelfPayment(new BigDecimal("-1")))
                    .satisfies(e -> assertThat(e.getViolations()).extracting(Violation::getCode, Violation::getPath)
                            .containsExactly(tuple(Voucher.SELF_PAYMENT_NEGATIVE, "/selfPayment")));
        }

        @ParameterizedTest
        @CsvSource({"0", "-5"})
        void rejectsValueThatIsNotPositive(String euros) {
            assertThatExceptionOfType(InvalidValueException.class)
                    .isThrownBy(() -> VoucherValue.of(new BigDecimal(euros), VoucherValueUnit.PER_VISIT))
                    .satisfies(e -> assertThat(e.getViolations()).extracting(Violation::getCode, Violation::getPath)
                            .containsExactly(tuple(VoucherValue.NOT_POSITIVE, "/euros")));
        }

        @Test
        void comparesValuesNumerically() {
            VoucherValue sixty = VoucherValue.of(new BigDecimal("60"), VoucherValueUnit.PER_DAY);
            assertThat(VoucherValue.of(new BigDecimal("60.00"), VoucherValueUnit.PER_DAY))
                    .isEqualTo(sixty).hasSameHashCodeAs(sixty);
            assertThat(VoucherValue.of(new BigDecimal("60"), VoucherValueUnit.PER_VISIT)).isNotEqualTo(sixty);
            assertThat(sixty).hasToString("60 EUR PER_DAY");
        }

        @Test
        void reportsEveryBrokenVoucherRuleOnce() {
            Voucher voucher = Voucher.builder().incomeRelated(true).refused(true).freeByLaw(true)
                    .selfPayment(BigDecimal.ONE).build();
            assertThat(violationsOf(voucher))
                    .extracting(Violation::getPath)
                    .containsExactlyInAnyOrder(
                            "/funding/voucher/value",
                            "/funding/voucher/assessmentReference",
                            "/funding/voucher/decisionReference",
                            "/funding/voucher/alternativeArrangement",
                            "/funding/voucher/selfPayment");
        }

        @Test
        void masksAlternativeArrangementInToString() {
            Voucher refused = voucher().withRefused(true).withAlternativeArrangement("Fictional: Testi Testinen joins group B");
            assertThat(refused.toString()).doesNotContain("Testinen").contains("alternativeArrangement=****");
        }

        @Test
        void validatesAVoucherAlone() {
            assertThat(VALIDATOR.validate(voucher().withIncomeRelated(true)).getViolations())
                    .extracting(Violation::getPath).containsExactly("/decisionReference");
        }
    }

    @Test
    void exposesNoSanctionOrEmploymentFields() {
        // Rules 18 and 40: voluntary participation, and a client who is never an employee.
        List<String> names = new ArrayList<>();
        for (Class<?> type : List.of(Service.class, RehabilitativeWorkActivity.class)) {
            Arrays.stream(type.getMethods()).forEach(m -> names.add(m.getName().toLowerCase(java.util.Locale.ROOT)));
        }
        assertThat(names).noneMatch(n -> n.contains("sanction") || n.contains("wage") || n.contains("salary")
                || n.contains("contract") || n.contains("employer"));
    }

    @Test
    void keepsServicePeriodOfWorkActivitySpanningItsPeriods() {
        DateRange span = workActivityService(workActivity()).getPeriod();
        assertThat(span).isEqualTo(ServiceSamples.HALF_YEAR_2024);
    }
}
