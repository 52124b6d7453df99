package io.github.polku.cli;

import io.github.polku.calendar.DateRange;
import io.github.polku.client.ClientId;
import io.github.polku.client.Organiser;
import io.github.polku.client.OrganiserType;
import io.github.polku.measurement.Instruments;
import io.github.polku.measurement.Measurement;
import io.github.polku.measurement.Occasion;
import io.github.polku.measurement.Respondent;
import io.github.polku.path.ClientPlan;
import io.github.polku.path.Closure;
import io.github.polku.path.ClosureReason;
import io.github.polku.path.ContactChannel;
import io.github.polku.path.Destination;
import io.github.polku.path.FirstContact;
import io.github.polku.path.PathId;
import io.github.polku.path.PlanParticipant;
import io.github.polku.path.RehabilitationPath;
import io.github.polku.path.ServiceNeedAssessment;
import io.github.polku.path.Stage;
import io.github.polku.path.StageChange;
import io.github.polku.service.Attendance;
import io.github.polku.service.AttendanceStatus;
import io.github.polku.service.DeliveryMode;
import io.github.polku.service.Funding;
import io.github.polku.service.FundingType;
import io.github.polku.service.Provider;
import io.github.polku.service.ProviderType;
import io.github.polku.service.Service;
import io.github.polku.service.ServiceForm;
import io.github.polku.service.ServiceId;
import io.github.polku.service.ServiceKind;
import io.github.polku.service.ServiceMethod;
import io.github.polku.service.SocialRehabilitationComponent;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;

/**
 * Seeded cohorts of fictional paths for the report's tests, built as core's VALSKU test cohort is
 * (GH-21): most paths go through rehabilitation and are closed by their number, and about one in
 * seven stays at first contact. First contacts fall in 2020, so every path ends before the
 * municipalities handed social welfare over to the wellbeing services counties (2023). Every run
 * with the same seed builds the same cohort.
 */
final class GeneratedCohort {

    private static final Organiser TAMPERE = Organiser.of(OrganiserType.MUNICIPALITY, "837");
    private static final Organiser JYVASKYLA = Organiser.of(OrganiserType.MUNICIPALITY, "179");
    private static final LocalDate START = LocalDate.of(2020, 1, 1);
    private static final ServiceForm[] FORMS = ServiceForm.values();
    private static final DeliveryMode[] MODES = {DeliveryMode.ON_SITE, DeliveryMode.ON_SITE, DeliveryMode.ON_SITE,
        DeliveryMode.OUTREACH, DeliveryMode.VIDEO, DeliveryMode.PHONE, DeliveryMode.ONLINE_GROUP};
    private static final AttendanceStatus[] STATUSES = {AttendanceStatus.ATTENDED, AttendanceStatus.ATTENDED,
        AttendanceStatus.ATTENDED, AttendanceStatus.ABSENT_NOTIFIED, AttendanceStatus.ABSENT,
        AttendanceStatus.CANCELLED_BY_PROVIDER};

    private GeneratedCohort() {
    }

    /** A cohort of the given size built from the given seed, with the same construction by number. */
    static List<RehabilitationPath> generate(long seed, int size) {
        Random random = new Random(seed);
        List<RehabilitationPath> paths = new ArrayList<>(size);
        for (int i = 0; i < size; i++) {
            paths.add(path(i, random));
        }
        return paths;
    }

    static RehabilitationPath path(int i, Random random) {
        return random.nextInt(7) == 0 ? contactOnly(i, random) : fullPath(i, random);
    }

    /** A path that is still at first contact: small, so that large cohorts stay quick to write and read. */
    static RehabilitationPath contactOnly(int i, Random random) {
        LocalDate contact = START.plusDays(random.nextInt(365));
        return RehabilitationPath.builder().id(PathId.of(String.format("GEN-%06d", i)))
                .clientId(ClientId.of(String.format("G-%06d", i))).organiser(i % 2 == 0 ? TAMPERE : JYVASKYLA)
                .firstContact(FirstContact.of(contact, ContactChannel.SOCIAL_WORK)).build();
    }

    /** A path through rehabilitation, closed by its number as in core's VALSKU cohort. */
    static RehabilitationPath fullPath(int i, Random random) {
        LocalDate contact = START.plusDays(random.nextInt(365));
        LocalDate assessed = contact.plusDays(1 + random.nextInt(14));
        LocalDate planned = assessed.plusDays(1 + random.nextInt(30));
        LocalDate rehabilitation = planned.plusDays(1 + random.nextInt(7));
        LocalDate serviceEnd = rehabilitation.plusDays(30 + random.nextInt(330));
        ContactChannel channel = random.nextInt(3) == 0 ? ContactChannel.LOW_THRESHOLD_MEETING_PLACE : ContactChannel.SOCIAL_WORK;
        RehabilitationPath.Builder b = RehabilitationPath.builder()
                .id(PathId.of(String.format("GEN-%06d", i)))
                .clientId(ClientId.of(String.format("G-%06d", i)))
                .organiser(i % 2 == 0 ? TAMPERE : JYVASKYLA)
                .firstContact(FirstContact.of(contact, channel))
                .assessment(ServiceNeedAssessment.builder().pendingOn(contact).startedOn(contact).completedOn(assessed)
                        .rehabilitationNeed(true).build())
                .plan(ClientPlan.builder().createdOn(planned).clientView("Fictional view of participant " + i)
                        .workerView("Fictional worker view")
                        .addParticipant(PlanParticipant.CLIENT).addParticipant(PlanParticipant.NAMED_WORKER).build())
                .addStageChange(StageChange.of(contact, Stage.ASSESSMENT))
                .addStageChange(StageChange.of(assessed, Stage.PLANNING))
                .addStageChange(StageChange.of(rehabilitation, Stage.REHABILITATION));
        boolean open = i % 4 == 3;
        int services = 1 + random.nextInt(3);
        for (int s = 0; s < services; s++) {
            b.addService(service(s, rehabilitation, open && s == 0 ? null : serviceEnd, random));
        }
        b.addMeasurement(workAbility(planned, 2 + random.nextInt(5), Occasion.PLAN_CREATED));
        if (random.nextInt(5) > 0) {
            b.addMeasurement(workAbility(serviceEnd.minusDays(7), 2 + random.nextInt(8), Occasion.PLAN_EVALUATED));
        }
        if (!open) {
            b.closure(closure(i, serviceEnd.plusDays(1 + random.nextInt(10))));
        }
        return b.build();
    }

    private static Closure closure(int i, LocalDate date) {
        switch (i % 8) {
            case 0:
                return Closure.of(date, ClosureReason.MOVED_ON, Destination.MENTAL_HEALTH_SERVICES);
            case 4:
                return Closure.of(date, ClosureReason.MOVED_ON, Destination.SUBSTANCE_ABUSE_SERVICES);
            case 1:
            case 5:
                return Closure.of(date, ClosureReason.MOVED_ON, Destination.REHABILITATIVE_WORK_ACTIVITY);
            case 2:
                return Closure.of(date, ClosureReason.CLIENT_WITHDREW, Destination.NONE);
            case 6:
                return Closure.of(date, ClosureReason.GOALS_MET,
                        i % 16 == 6 ? Destination.EDUCATION : Destination.PEER_OR_VOLUNTEER_ACTIVITY);
            default:
                throw new IllegalArgumentException("open path " + i);
        }
    }

    private static Service service(int s, LocalDate start, LocalDate end, Random random) {
        Service.Builder b = Service.builder().id(ServiceId.of("S" + s)).kind(ServiceKind.SOCIAL_REHABILITATION)
                .addComponent(SocialRehabilitationComponent.GROUP_ACTIVITY_AND_SOCIAL_SUPPORT)
                .addMethod(ServiceMethod.PEER_GROUP)
                .form(FORMS[random.nextInt(FORMS.length)])
                .deliveryMode(MODES[random.nextInt(MODES.length)])
                .provider(Provider.of(ProviderType.NGO)).funding(Funding.of(FundingType.PROJECT_FUNDING))
                .period(end == null ? DateRange.startingOn(start) : DateRange.of(start, end));
        int sessions = random.nextInt(12);
        if (end != null) {
            // weekly sessions within the period (at least 30 days, so up to five)
            sessions = Math.min(sessions, (int) (java.time.temporal.ChronoUnit.DAYS.between(start, end) / 7) + 1);
        }
        for (int k = 0; k < sessions; k++) {
            b.addAttendance(Attendance.of(start.plusDays(7L * k), STATUSES[random.nextInt(STATUSES.length)]));
        }
        return b.build();
    }

    private static Measurement workAbility(LocalDate date, int value, Occasion occasion) {
        return Measurement.builder().instrumentId(Instruments.PERCEIVED_WORK_ABILITY_ID).date(date)
                .respondent(Respondent.TOGETHER).occasion(occasion)
                .putScore(Instruments.WORK_ABILITY, BigDecimal.valueOf(value)).build();
    }
}
