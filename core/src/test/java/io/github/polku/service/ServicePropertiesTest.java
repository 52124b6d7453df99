package io.github.polku.service;

import io.github.polku.testing.CrossCheckedValidator;
import static org.assertj.core.api.Assertions.assertThat;
import static org.quicktheories.QuickTheory.qt;
import static org.quicktheories.generators.SourceDSL.arbitrary;
import static org.quicktheories.generators.SourceDSL.booleans;
import static org.quicktheories.generators.SourceDSL.integers;
import static org.quicktheories.generators.SourceDSL.lists;

import io.github.polku.calendar.DateRange;
import io.github.polku.validation.Severity;
import io.github.polku.validation.ValidationReport;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import io.github.polku.testing.EdgeCases;
import java.util.Collections;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import org.junit.jupiter.params.provider.ValueSource;
import org.quicktheories.core.Gen;

/**
 * Invariants over generated services that keep within the legal bounds (QuickTheories; a failure
 * prints the seed, rerun with {@code -DQT_SEED=...}, docs/TESTING.md), and the bounds themselves as rows.
 */
class ServicePropertiesTest {

    private static final CrossCheckedValidator VALIDATOR = CrossCheckedValidator.shared();

    @Test
    void lawfulWorkActivityHasNoError() {
        qt().withExamples(200).forAll(lawfulWorkActivities()).checkAssert(ServicePropertiesTest::lawfulHasNoError);
    }

    /** The earliest and latest start, the shortest and longest periods, 1 and 4 days, 4 and 8 hours; every allowance and basis. */
    static Stream<RehabilitativeWorkActivity> edgeWorkActivities() {
        AllowanceType[] allowances = AllowanceType.values();
        ActivityBasis[] bases = ActivityBasis.values();
        int[] row = {0};
        return EdgeCases.combinations(List.of(0, 3650), List.of(List.of(3), List.of(24), List.of(24, 24, 24), List.of(3, 24, 3)),
                List.of(1, 4), List.of(8, 16)).map(arguments -> {
                    Object[] a = arguments.get();
                    int n = row[0]++;
                    @SuppressWarnings("unchecked")
                    List<Integer> months = (List<Integer>) a[1];
                    return workActivity((Integer) a[0], months, (Integer) a[2], (Integer) a[3],
                            allowances[n % allowances.length], bases[n % bases.length]);
                });
    }

    @ParameterizedTest
    @MethodSource("edgeWorkActivities")
    void lawfulWorkActivityAtTheBoundsHasNoError(RehabilitativeWorkActivity rwa) {
        lawfulHasNoError(rwa);
    }

    private static void lawfulHasNoError(RehabilitativeWorkActivity rwa) {
        ValidationReport report = VALIDATOR.validate(ServiceSamples.workActivityService(rwa));
        assertThat(report.getViolations(Severity.ERROR)).isEmpty();
        assertThat(rwa.hoursPerWeek()).isLessThanOrEqualTo(new BigDecimal("32"));
    }

    @Test
    void completeVoucherServiceHasNoViolation() {
        qt().withExamples(200).forAll(completeVouchers()).checkAssert(ServicePropertiesTest::completeVoucherIsValid);
    }

    /** The least and greatest value and self-payment, with and without the other flags, in every unit. */
    static Stream<Voucher> edgeVouchers() {
        return EdgeCases.combinations(List.of(1, 2, 49_999, 50_000), List.of(VoucherValueUnit.values()), List.of(false, true),
                List.of(false, true), List.of(0, 5000)).map(arguments -> {
                    Object[] a = arguments.get();
                    return voucher((Integer) a[0], (VoucherValueUnit) a[1], (Boolean) a[2], (Boolean) a[3], (Integer) a[4]);
                });
    }

    @ParameterizedTest
    @MethodSource("edgeVouchers")
    void completeVoucherServiceAtTheBoundsHasNoViolation(Voucher voucher) {
        completeVoucherIsValid(voucher);
    }

    private static void completeVoucherIsValid(Voucher voucher) {
        assertThat(VALIDATOR.validate(ServiceSamples.voucherService(voucher)).isEmpty()).isTrue();
    }

    @Test
    void attendanceRateLiesBetweenZeroAndOne() {
        qt().withExamples(200).forAll(attendanceLists()).checkAssert(ServicePropertiesTest::rateBetweenZeroAndOne);
    }

    /** No record, one record of every status, and twenty records of every status. */
    static Stream<List<Attendance>> edgeAttendanceLists() {
        List<List<Attendance>> lists = new ArrayList<>();
        lists.add(List.of());
        for (AttendanceStatus status : AttendanceStatus.values()) {
            lists.add(List.of(Attendance.of(LocalDate.of(2024, 3, 1), status)));
            lists.add(Collections.nCopies(20, Attendance.of(LocalDate.of(2024, 3, 1), status)));
        }
        return lists.stream();
    }

    @ParameterizedTest
    @MethodSource("edgeAttendanceLists")
    void attendanceRateAtTheEdgesLiesBetweenZeroAndOne(List<Attendance> records) {
        rateBetweenZeroAndOne(records);
    }

    private static void rateBetweenZeroAndOne(List<Attendance> records) {
        Service service = ServiceSamples.socialRehabilitation().withAttendances(records);
        boolean anyOffered = records.stream().anyMatch(a -> a.getStatus().isOffered());
        assertThat(service.attendanceRate().isPresent()).isEqualTo(anyOffered);
        service.attendanceRate().ifPresent(rate -> assertThat(rate).isBetween(BigDecimal.ZERO, BigDecimal.ONE));
    }

    @ParameterizedTest
    @ValueSource(ints = {5, 6, 7})
    void daysAboveTheLimitAreAlwaysReported(int days) {
        // the old property drew 100 tries from these three values; the rows cover all of them
        RehabilitativeWorkActivity rwa = ServiceSamples.workActivity().withDaysPerWeek(days).withHoursPerDay(new BigDecimal("4"));
        assertThat(VALIDATOR.validate(ServiceSamples.workActivityService(rwa)).getViolations())
                .extracting(v -> v.getCode())
                .contains("polku.service.workActivity.daysPerWeek.range");
    }

    private static Gen<RehabilitativeWorkActivity> lawfulWorkActivities() {
        Gen<List<Integer>> lengths = lists().of(integers().between(3, 24)).ofSizeBetween(1, 3);
        Gen<AllowanceType> allowance = arbitrary().enumValues(AllowanceType.class);
        Gen<ActivityBasis> basis = arbitrary().enumValues(ActivityBasis.class);
        Gen<Object[]> kinds = allowance.zip(basis, (a, b) -> new Object[] {a, b});
        return integers().between(0, 3650).zip(lengths, integers().between(1, 4), integers().between(8, 16), kinds,
                (start, months, d, halfHours, k) -> workActivity(start, months, d, halfHours, (AllowanceType) k[0], (ActivityBasis) k[1]));
    }

    private static RehabilitativeWorkActivity workActivity(int startDay, List<Integer> months, int days, int halfHours,
            AllowanceType allowance, ActivityBasis basis) {
        List<DateRange> periods = new ArrayList<>();
        LocalDate next = LocalDate.of(2021, 1, 1).plusDays(startDay);
        for (int m : months) {
            LocalDate end = next.plusMonths(m).minusDays(1);
            periods.add(DateRange.of(next, end));
            next = end.plusDays(1);
        }
        return RehabilitativeWorkActivity.builder()
                .basis(basis)
                .daysPerWeek(days)
                .hoursPerDay(BigDecimal.valueOf(halfHours, 0).divide(BigDecimal.valueOf(2)))
                .addAllPeriods(periods)
                .addAllowanceType(allowance)
                .planGoal("Fictional goal")
                .planSupport("Fictional support")
                .build();
    }

    private static Gen<Voucher> completeVouchers() {
        return integers().between(1, 50_000).zip(arbitrary().enumValues(VoucherValueUnit.class), booleans().all(), booleans().all(),
                integers().between(0, 5000), ServicePropertiesTest::voucher);
    }

    private static Voucher voucher(int cents, VoucherValueUnit unit, boolean incomeRelated, boolean freeByLaw, int selfPaymentCents) {
        return Voucher.builder()
                .value(VoucherValue.of(BigDecimal.valueOf(cents, 2), unit))
                .assessmentReference("SNA-0001")
                .incomeRelated(incomeRelated)
                .decisionReference("D-0001")
                .freeByLaw(freeByLaw)
                .selfPayment(freeByLaw ? BigDecimal.ZERO : BigDecimal.valueOf(selfPaymentCents, 2))
                .build();
    }

    private static Gen<List<Attendance>> attendanceLists() {
        return lists().of(arbitrary().enumValues(AttendanceStatus.class).map(s -> Attendance.of(LocalDate.of(2024, 3, 1), s)))
                .ofSizeBetween(0, 20);
    }
}
