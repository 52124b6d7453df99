package io.github.polku.examples;

import io.github.polku.calendar.DateRange;
import io.github.polku.rules.LegalNumber;
import io.github.polku.rules.RuleBook;
import io.github.polku.rules.RuleSet;
import io.github.polku.service.ActivityBasis;
import io.github.polku.service.AllowanceType;
import io.github.polku.service.DeliveryMode;
import io.github.polku.service.Funding;
import io.github.polku.service.FundingType;
import io.github.polku.service.Provider;
import io.github.polku.service.ProviderType;
import io.github.polku.service.RehabilitativeWorkActivity;
import io.github.polku.service.Service;
import io.github.polku.service.ServiceForm;
import io.github.polku.service.ServiceId;
import io.github.polku.service.ServiceKind;
import io.github.polku.service.ServiceMethod;
import io.github.polku.validation.PolkuValidator;
import io.github.polku.validation.ValidationReport;
import io.github.polku.validation.Violation;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.Optional;

/**
 * Rehabilitative work activity (fi: kuntouttava työtoiminta, sv: arbetsverksamhet i
 * rehabiliteringssyfte) within the limits of Act 189/2001.
 * <p>
 * <b>What this shows.</b> Work activity rests on an activation plan (aktivointisuunnitelma) or a
 * multidisciplinary employment plan; it takes a limited number of days a week and hours a day, in
 * periods of a limited length, with one daily allowance. The program builds a lawful arrangement,
 * then stretches it beyond the law and prints what the library reports. Finally it shows the
 * same five-day week before and after the law was amended in July 2015.
 * <p>
 * <b>Things to notice.</b>
 * <ul>
 *   <li>The limits are read from the rule book by date; the code holds no legal numbers.</li>
 *   <li>Every breach is reported at once as an error with a JSON Pointer, not thrown.</li>
 *   <li>Days and hours are judged by the rules in force when the latest period starts.</li>
 * </ul>
 */
public final class Example06WorkActivityWithinTheLaw {

    private Example06WorkActivityWithinTheLaw() {
    }

    /**
     * Runs the example.
     *
     * @param args  {@code --lang fi|sv|en}: the language of the lessons and messages (default: the locale)
     */
    public static void main(String[] args) {
        ExampleData.quietLogs();
        Lessons lessons = Lessons.of(6, args);
        // 1. The limits in force on 1 January 2024, from the rule book.
        lessons.step(1);
        LocalDate start = LocalDate.of(2024, 1, 1);
        RuleSet rules = RuleBook.finland().getEffective(start);
        System.out.println("Law on " + start + ": " + rules.getInt(LegalNumber.RWA_MIN_DAYS_PER_WEEK) + "-"
                + rules.getInt(LegalNumber.RWA_MAX_DAYS_PER_WEEK) + " days a week, "
                + rules.get(LegalNumber.RWA_MIN_HOURS_PER_DAY) + "-" + rules.get(LegalNumber.RWA_MAX_HOURS_PER_DAY)
                + " hours a day, at most " + rules.get(LegalNumber.RWA_MAX_HOURS_PER_WEEK) + " hours a week, periods of "
                + rules.getInt(LegalNumber.RWA_MIN_PERIOD_MONTHS) + "-" + rules.getInt(LegalNumber.RWA_MAX_PERIOD_MONTHS)
                + " months, allowance " + rules.get(LegalNumber.RWA_DAILY_ALLOWANCE_EUROS) + " euros a day");

        // 2. A lawful arrangement: activation plan, 3 days x 6 hours, January to June, one allowance.
        lessons.step(2);
        RehabilitativeWorkActivity lawful = RehabilitativeWorkActivity.builder().basis(ActivityBasis.ACTIVATION_PLAN)
                .planReference("AP-DEMO-0601").daysPerWeek(3).hoursPerDay(new BigDecimal("6"))
                .addPeriod(DateRange.of(start, LocalDate.of(2024, 6, 30))).addAllowanceType(AllowanceType.EXPENSE_ALLOWANCE)
                .planGoal("(fictional) Keeps a daily rhythm three days a week")
                .planSupport("(fictional) A weekly talk with the work instructor").build();
        System.out.println("Lawful:    " + lawful.getDaysPerWeek() + " days x " + lawful.getHoursPerDay() + " h = "
                + lawful.hoursPerWeek() + " h a week, basis " + lawful.getBasis().orElseThrow());

        PolkuValidator validator = PolkuValidator.shared();
        System.out.println("  valid: " + validator.validate(workshop(lawful)).isValid());

        // 3. Stretched beyond the law: no plan as basis, 5 days x 7 hours, a period of two months.
        lessons.step(3);
        RehabilitativeWorkActivity stretched = lawful.withBasis(Optional.empty()).withDaysPerWeek(5)
                .withHoursPerDay(new BigDecimal("7")).withPeriods(DateRange.of(start, LocalDate.of(2024, 2, 29)));
        ValidationReport report = validator.validate(workshop(stretched));
        System.out.println("Stretched: " + stretched.getDaysPerWeek() + " days x " + stretched.getHoursPerDay() + " h = "
                + stretched.hoursPerWeek() + " h a week, valid: " + report.isValid());
        for (Violation v : report.getViolations()) {
            System.out.println("  " + v.getSeverity() + " " + v.getPath() + " " + v.getCode());
            System.out.println("    " + v.getMessage(lessons.locale()));
        }

        // 4. The same five-day week before and after the amendment of 1 July 2015.
        lessons.step(4);
        for (LocalDate periodStart : new LocalDate[] {LocalDate.of(2015, 4, 6), LocalDate.of(2016, 1, 4)}) {
            RehabilitativeWorkActivity fiveDays = lawful.withDaysPerWeek(5)
                    .withPeriods(DateRange.of(periodStart, periodStart.plusMonths(6).minusDays(1)));
            System.out.println("Five days from " + periodStart + " (max "
                    + RuleBook.finland().getEffective(periodStart).getInt(LegalNumber.RWA_MAX_DAYS_PER_WEEK) + "): "
                    + validator.validate(fiveDays).getViolations().stream().map(Violation::getCode).findFirst().orElse("lawful"));
        }
        lessons.notices();
    }

    private static Service workshop(RehabilitativeWorkActivity activity) {
        DateRange first = activity.getPeriods().get(0);
        return Service.builder().id(ServiceId.of("S-WORKSHOP")).kind(ServiceKind.REHABILITATIVE_WORK_ACTIVITY)
                .addMethod(ServiceMethod.WORK_ACTIVITY).form(ServiceForm.GROUP).deliveryMode(DeliveryMode.ON_SITE)
                .provider(Provider.builder().type(ProviderType.NGO).name("Fictional Recycling Workshop ry").build())
                .funding(Funding.of(FundingType.PURCHASED_SERVICE))
                .period(DateRange.of(first.getStart(), activity.latestPeriod().getEnd())).workActivity(activity).build();
    }
}
