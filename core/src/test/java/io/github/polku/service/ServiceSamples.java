package io.github.polku.service;

import io.github.polku.calendar.DateRange;
import java.math.BigDecimal;
import java.time.LocalDate;

/** Fixture builders with obviously fictional data for the service tests. */
final class ServiceSamples {

    static final LocalDate START_2024 = LocalDate.of(2024, 1, 1);
    /** Six months from 1 January 2024, ends included. */
    static final DateRange HALF_YEAR_2024 = DateRange.of(START_2024, LocalDate.of(2024, 6, 30));
    static final String GOAL_TEXT = "Fictional goal: Testi Testinen keeps a daily rhythm";
    static final String SUPPORT_TEXT = "Fictional support: weekly talk with the instructor";

    private ServiceSamples() {
    }

    /** A lawful activity: activation plan, 3 days x 6 h, one 6-month period in 2024, one allowance. */
    static RehabilitativeWorkActivity workActivity() {
        return workActivity(HALF_YEAR_2024);
    }

    static RehabilitativeWorkActivity workActivity(DateRange... periods) {
        RehabilitativeWorkActivity.Builder b = RehabilitativeWorkActivity.builder()
                .basis(ActivityBasis.ACTIVATION_PLAN)
                .planReference("AP-0001")
                .daysPerWeek(3)
                .hoursPerDay(new BigDecimal("6"))
                .addAllowanceType(AllowanceType.EXPENSE_ALLOWANCE)
                .planGoal(GOAL_TEXT)
                .planSupport(SUPPORT_TEXT);
        for (DateRange p : periods) {
            b.addPeriod(p);
        }
        return b.build();
    }

    /** A social rehabilitation group in 2024, own production, with no attendance. */
    static Service socialRehabilitation() {
        return Service.builder()
                .id(ServiceId.of("S-1"))
                .kind(ServiceKind.SOCIAL_REHABILITATION)
                .addComponent(SocialRehabilitationComponent.GROUP_ACTIVITY_AND_SOCIAL_SUPPORT)
                .addMethod(ServiceMethod.ART_AND_CREATIVE)
                .form(ServiceForm.GROUP)
                .deliveryMode(DeliveryMode.ON_SITE)
                .provider(Provider.of(ProviderType.PUBLIC))
                .funding(Funding.of(FundingType.OWN_PRODUCTION))
                .period(DateRange.of(START_2024, LocalDate.of(2024, 12, 31)))
                .build();
    }

    /** A service of kind work activity holding the activity, over the span of its periods. */
    static Service workActivityService(RehabilitativeWorkActivity rwa) {
        DateRange last = rwa.latestPeriod();
        return Service.builder()
                .id(ServiceId.of("S-2"))
                .kind(ServiceKind.REHABILITATIVE_WORK_ACTIVITY)
                .addMethod(ServiceMethod.WORK_ACTIVITY)
                .form(ServiceForm.GROUP)
                .deliveryMode(DeliveryMode.ON_SITE)
                .provider(Provider.of(ProviderType.NGO))
                .funding(Funding.of(FundingType.PURCHASED_SERVICE))
                .period(DateRange.of(rwa.getPeriods().get(0).getStart(), last.getEnd()))
                .workActivity(rwa)
                .build();
    }

    /** A complete, flat-value voucher. */
    static Voucher voucher() {
        return Voucher.builder()
                .value(VoucherValue.of(new BigDecimal("60"), VoucherValueUnit.PER_DAY))
                .assessmentReference("SNA-0001")
                .build();
    }

    /** A social rehabilitation service bought with the given voucher from an approved provider. */
    static Service voucherService(Voucher voucher) {
        return socialRehabilitation()
                .withProvider(Provider.builder().type(ProviderType.PRIVATE).name("Example Coaching Ltd")
                        .approvedProviderId("KH-PS-0042").build())
                .withFunding(Funding.ofVoucher(voucher));
    }
}
