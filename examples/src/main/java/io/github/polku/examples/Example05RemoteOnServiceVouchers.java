package io.github.polku.examples;

import io.github.polku.calendar.DateRange;
import io.github.polku.client.ClientId;
import io.github.polku.client.Organiser;
import io.github.polku.client.OrganiserType;
import io.github.polku.path.ClientPlan;
import io.github.polku.path.Closure;
import io.github.polku.path.ClosureReason;
import io.github.polku.path.ContactChannel;
import io.github.polku.path.Destination;
import io.github.polku.path.FirstContact;
import io.github.polku.path.PathId;
import io.github.polku.path.Pause;
import io.github.polku.path.PauseReason;
import io.github.polku.path.PlanParticipant;
import io.github.polku.path.RehabilitationPath;
import io.github.polku.path.ServiceNeedAssessment;
import io.github.polku.path.Stage;
import io.github.polku.service.DeliveryMode;
import io.github.polku.service.Funding;
import io.github.polku.service.Provider;
import io.github.polku.service.ProviderType;
import io.github.polku.service.Service;
import io.github.polku.service.ServiceForm;
import io.github.polku.service.ServiceId;
import io.github.polku.service.ServiceKind;
import io.github.polku.service.ServiceMethod;
import io.github.polku.service.SocialRehabilitationComponent;
import io.github.polku.service.Voucher;
import io.github.polku.service.VoucherValue;
import io.github.polku.service.VoucherValueUnit;
import io.github.polku.validation.PolkuValidator;
import io.github.polku.validation.ValidationReport;
import io.github.polku.validation.Violation;
import java.math.BigDecimal;
import java.time.LocalDate;

/**
 * Remote social rehabilitation bought with service vouchers (fi: palveluseteli, sv: servicesedel),
 * as in Hämeenlinna in 2020.
 * <p>
 * <b>What this shows.</b> The city buys social rehabilitation from approved providers with a
 * voucher worth a fixed sum a day. When exceptional circumstances close the sites in March, the
 * client's path is paused, but guidance continues remotely: an online art group and individual
 * guidance by phone (CV writing, schedules and everyday skills). In June the client is back on
 * site, and in November moves on to rehabilitative work activity. The city later made remote
 * delivery a permanent option in its voucher rulebook.
 * <p>
 * <b>Things to notice.</b>
 * <ul>
 *   <li>A pause records its reason and that the service continued remotely; a pause of a closed
 *       path must have ended.</li>
 *   <li>A delivery mode knows whether it is remote, so the remote share is computed, not typed in.</li>
 *   <li>A voucher must have a value and rest on a service need assessment, and the provider must be
 *       approved: every missing piece is reported at once, each at its own JSON Pointer.</li>
 * </ul>
 */
public final class Example05RemoteOnServiceVouchers {

    private static final Voucher VOUCHER = Voucher.builder()
            .value(VoucherValue.of(new BigDecimal("48.00"), VoucherValueUnit.PER_DAY))
            .assessmentReference("SNA-2020-0001").build();

    private Example05RemoteOnServiceVouchers() {
    }

    /**
     * Runs the example.
     *
     * @param args  {@code --lang fi|sv|en}: the language of the lessons and messages (default: the locale)
     */
    public static void main(String[] args) {
        ExampleData.quietLogs();
        Lessons lessons = Lessons.of(5, args);
        // 1. Services from approved voucher providers: on site, then remote while the sites are closed.
        lessons.step(1);
        Service onSite = voucherService("S-ONSITE", "HML-PS-0001", ServiceMethod.EVERYDAY_LIFE_COACHING, ServiceForm.GROUP,
                DeliveryMode.ON_SITE, LocalDate.of(2020, 2, 10), LocalDate.of(2020, 3, 13));
        Service onlineArt = voucherService("S-ART", "HML-PS-0002", ServiceMethod.ART_AND_CREATIVE, ServiceForm.GROUP,
                DeliveryMode.ONLINE_GROUP, LocalDate.of(2020, 3, 16), LocalDate.of(2020, 5, 29));
        Service phone = voucherService("S-PHONE", "HML-PS-0003", ServiceMethod.JOB_SEARCH, ServiceForm.INDIVIDUAL,
                DeliveryMode.PHONE, LocalDate.of(2020, 3, 16), LocalDate.of(2020, 5, 29));
        Service back = voucherService("S-BACK", "HML-PS-0004", ServiceMethod.PHYSICAL_EXERCISE, ServiceForm.GROUP,
                DeliveryMode.ON_SITE, LocalDate.of(2020, 6, 1), LocalDate.of(2020, 11, 27));

        // 2. The path of one client of the city (municipality 109 before the 2023 reform).
        lessons.step(2);
        LocalDate contact = LocalDate.of(2020, 1, 8);
        RehabilitationPath path = RehabilitationPath.builder().id(PathId.of("P-DEMO-0501"))
                .clientId(ClientId.of("C-DEMO-0501")).organiser(Organiser.of(OrganiserType.MUNICIPALITY, "109"))
                .firstContact(FirstContact.of(contact, ContactChannel.SOCIAL_WORK))
                .assessment(ServiceNeedAssessment.builder().pendingOn(contact).startedOn(LocalDate.of(2020, 1, 13))
                        .completedOn(LocalDate.of(2020, 1, 27)).rehabilitationNeed(true).build())
                .plan(ClientPlan.builder().createdOn(LocalDate.of(2020, 2, 3)).clientView("(fictional) I want a daily rhythm")
                        .workerView("(fictional) A group near home").addParticipant(PlanParticipant.CLIENT).build())
                .addService(onSite).addService(onlineArt).addService(phone).addService(back).build()
                .advanceTo(Stage.ASSESSMENT, LocalDate.of(2020, 1, 13))
                .advanceTo(Stage.PLANNING, LocalDate.of(2020, 1, 27))
                .advanceTo(Stage.REHABILITATION, LocalDate.of(2020, 2, 10));

        // 3. The sites close on 16 March: pause, continuing remotely; resume after 31 May.
        lessons.step(3);
        path = path.pause(Pause.builder().period(DateRange.startingOn(LocalDate.of(2020, 3, 16)))
                .reason(PauseReason.SITES_CLOSED).continuesRemotely(true).build());
        System.out.println("16 March:       paused=" + path.isPaused() + ", reason " + path.getPauses().get(0).getReason());
        path = path.resume(LocalDate.of(2020, 5, 31))
                .close(Closure.of(LocalDate.of(2020, 11, 30), ClosureReason.GOALS_MET, Destination.REHABILITATIVE_WORK_ACTIVITY));
        Pause pause = path.getPauses().get(0);
        System.out.println("Pause:          " + pause.getPeriod() + ", " + pause.getPeriod().lengthInDays(path.getLatestDate())
                + " days, continued remotely=" + pause.isContinuesRemotely());

        // 4. How much was remote, and whether the path meets every rule.
        lessons.step(4);
        long remote = path.getServices().stream().filter(s -> s.getDeliveryMode().isRemote()).count();
        System.out.println("Remote:         " + remote + " of " + path.getServices().size() + " services");
        for (Service s : path.getServices()) {
            System.out.println("  " + s.getId().getValue() + " " + s.getDeliveryMode() + " by "
                    + s.getProvider().getApprovedProviderId().orElse("?") + ", " + s.getPeriod());
        }
        PolkuValidator validator = PolkuValidator.shared();
        System.out.println("Path valid:     " + validator.validate(path).isValid() + ", closed " + path.getClosure().orElseThrow()
                .getDestination());

        // 5. The rules a voucher must meet: a voucher with no value and no assessment, at an unapproved provider.
        lessons.step(5);
        Service careless = onSite.withProvider(Provider.builder().type(ProviderType.PRIVATE).name("Unlisted Fictional Oy").build())
                .withFunding(Funding.ofVoucher(Voucher.builder().build()));
        ValidationReport report = validator.validate(careless);
        System.out.println("Careless voucher: valid=" + report.isValid());
        for (Violation v : report.getViolations()) {
            System.out.println("  " + v.getSeverity() + " " + v.getPath() + " " + v.getCode() + ": " + v.getMessage(lessons.locale()));
        }
        lessons.notices();
    }

    private static Service voucherService(String id, String approvedProviderId, ServiceMethod method, ServiceForm form,
            DeliveryMode mode, LocalDate start, LocalDate end) {
        return Service.builder().id(ServiceId.of(id)).kind(ServiceKind.SOCIAL_REHABILITATION)
                .addComponent(SocialRehabilitationComponent.GROUP_ACTIVITY_AND_SOCIAL_SUPPORT).addMethod(method)
                .form(form).deliveryMode(mode)
                .provider(Provider.builder().type(ProviderType.PRIVATE).name("Fictional Provider " + approvedProviderId)
                        .approvedProviderId(approvedProviderId).build())
                .funding(Funding.ofVoucher(VOUCHER)).period(DateRange.of(start, end)).build();
    }
}
