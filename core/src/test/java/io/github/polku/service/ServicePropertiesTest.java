package io.github.polku.service;

import io.github.polku.testing.CrossCheckedValidator;
import static org.assertj.core.api.Assertions.assertThat;

import io.github.polku.calendar.DateRange;
import io.github.polku.validation.Severity;
import io.github.polku.validation.ValidationReport;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.constraints.IntRange;

/** Invariants over generated services that keep within the legal bounds. */
class ServicePropertiesTest {

    private static final CrossCheckedValidator VALIDATOR = CrossCheckedValidator.shared();

    @Property(tries = 200)
    void lawfulWorkActivityHasNoError(@ForAll("lawfulWorkActivities") RehabilitativeWorkActivity rwa) {
        ValidationReport report = VALIDATOR.validate(ServiceSamples.workActivityService(rwa));
        assertThat(report.getViolations(Severity.ERROR)).isEmpty();
        assertThat(rwa.hoursPerWeek()).isLessThanOrEqualTo(new BigDecimal("32"));
    }

    @Property(tries = 200)
    void completeVoucherServiceHasNoViolation(@ForAll("completeVouchers") Voucher voucher) {
        assertThat(VALIDATOR.validate(ServiceSamples.voucherService(voucher)).isEmpty()).isTrue();
    }

    @Property(tries = 200)
    void attendanceRateLiesBetweenZeroAndOne(@ForAll("attendanceLists") List<Attendance> records) {
        Service service = ServiceSamples.socialRehabilitation().withAttendances(records);
        boolean anyOffered = records.stream().anyMatch(a -> a.getStatus().isOffered());
        assertThat(service.attendanceRate().isPresent()).isEqualTo(anyOffered);
        service.attendanceRate().ifPresent(rate -> assertThat(rate).isBetween(BigDecimal.ZERO, BigDecimal.ONE));
    }

    @Property(tries = 100)
    void daysAboveTheLimitAreAlwaysReported(@ForAll @IntRange(min = 5, max = 7) int days) {
        RehabilitativeWorkActivity rwa = ServiceSamples.workActivity().withDaysPerWeek(days).withHoursPerDay(new BigDecimal("4"));
        assertThat(VALIDATOR.validate(ServiceSamples.workActivityService(rwa)).getViolations())
                .extracting(v -> v.getCode())
                .contains("polku.service.workActivity.daysPerWeek.range");
    }

    @Provide
    Arbitrary<RehabilitativeWorkActivity> lawfulWorkActivities() {
        Arbitrary<LocalDate> starts = Arbitraries.integers().between(0, 3650).map(d -> LocalDate.of(2021, 1, 1).plusDays(d));
        Arbitrary<List<Integer>> lengths = Arbitraries.integers().between(3, 24).list().ofMinSize(1).ofMaxSize(3);
        Arbitrary<Integer> days = Arbitraries.integers().between(1, 4);
        Arbitrary<BigDecimal> hours = Arbitraries.integers().between(8, 16).map(h -> BigDecimal.valueOf(h, 0).divide(BigDecimal.valueOf(2)));
        Arbitrary<AllowanceType> allowance = Arbitraries.of(AllowanceType.class);
        Arbitrary<ActivityBasis> basis = Arbitraries.of(ActivityBasis.class);
        return Combinators.combine(starts, lengths, days, hours, allowance, basis).as((start, months, d, h, a, b) -> {
            List<DateRange> periods = new ArrayList<>();
            LocalDate next = start;
            for (int m : months) {
                LocalDate end = next.plusMonths(m).minusDays(1);
                periods.add(DateRange.of(next, end));
                next = end.plusDays(1);
            }
            return RehabilitativeWorkActivity.builder()
                    .basis(b)
                    .daysPerWeek(d)
                    .hoursPerDay(h)
                    .addAllPeriods(periods)
                    .addAllowanceType(a)
                    .planGoal("Fictional goal")
                    .planSupport("Fictional support")
                    .build();
        });
    }

    @Provide
    Arbitrary<Voucher> completeVouchers() {
        Arbitrary<BigDecimal> euros = Arbitraries.bigDecimals().between(new BigDecimal("0.01"), new BigDecimal("500")).ofScale(2);
        Arbitrary<VoucherValueUnit> units = Arbitraries.of(VoucherValueUnit.class);
        Arbitrary<Boolean> incomeRelated = Arbitraries.of(true, false);
        Arbitrary<Boolean> freeByLaw = Arbitraries.of(true, false);
        Arbitrary<BigDecimal> selfPayment = Arbitraries.bigDecimals().between(BigDecimal.ZERO, new BigDecimal("50")).ofScale(2);
        return Combinators.combine(euros, units, incomeRelated, freeByLaw, selfPayment).as((e, u, income, free, self) ->
                Voucher.builder()
                        .value(VoucherValue.of(e, u))
                        .assessmentReference("SNA-0001")
                        .incomeRelated(income)
                        .decisionReference("D-0001")
                        .freeByLaw(free)
                        .selfPayment(free ? BigDecimal.ZERO : self)
                        .build());
    }

    @Provide
    Arbitrary<List<Attendance>> attendanceLists() {
        return Arbitraries.of(AttendanceStatus.class)
                .map(s -> Attendance.of(LocalDate.of(2024, 3, 1), s))
                .list().ofMaxSize(20);
    }
}
