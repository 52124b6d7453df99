package io.github.polku.testing;

import io.github.polku.calendar.DateRange;
import io.github.polku.client.Client;
import io.github.polku.client.ClientId;
import io.github.polku.client.ClientLanguage;
import io.github.polku.client.NamedWorker;
import io.github.polku.client.Organiser;
import io.github.polku.client.OrganiserType;
import io.github.polku.client.Profession;
import io.github.polku.client.SupportNeed;
import io.github.polku.client.WorkerId;
import io.github.polku.contact.AnonymousChannel;
import io.github.polku.contact.AnonymousContact;
import io.github.polku.contact.ContactActivity;
import io.github.polku.path.ClientPlan;
import io.github.polku.path.Closure;
import io.github.polku.path.ClosureReason;
import io.github.polku.path.ContactChannel;
import io.github.polku.path.Destination;
import io.github.polku.path.FirstContact;
import io.github.polku.path.Goal;
import io.github.polku.path.GoalId;
import io.github.polku.path.GoalStatus;
import io.github.polku.measurement.IcfChapter;
import io.github.polku.path.PathId;
import io.github.polku.path.Pause;
import io.github.polku.path.PauseReason;
import io.github.polku.path.PlanParticipant;
import io.github.polku.path.RehabilitationPath;
import io.github.polku.path.ServiceNeedAssessment;
import io.github.polku.path.Stage;
import io.github.polku.measurement.Instruments;
import io.github.polku.measurement.Measurement;
import io.github.polku.measurement.Occasion;
import io.github.polku.measurement.Respondent;
import io.github.polku.service.Attendance;
import io.github.polku.service.AttendanceStatus;
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
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;

/**
 * Fixture builders for obviously fictional clients, contacts and paths. Every free text is
 * marked as fictional; no identifier resembles a real one.
 */
public final class Samples {

    /** The first contact date of the standard sample path: Wednesday before Easter 2025. */
    public static final LocalDate CONTACT = LocalDate.of(2025, 4, 16);
    /** The free text used for the client's view: a marker that toString tests look for. */
    public static final String CLIENT_VIEW = "FICTIONAL-CLIENT-VIEW I would like company during the day";
    /** The free text used for the worker's view. */
    public static final String WORKER_VIEW = "FICTIONAL-WORKER-VIEW Group activity twice a week supports the client";
    /** The words of the sample goal. */
    public static final String GOAL_WORDS = "FICTIONAL-GOAL-WORDS I want to get out of the house twice a week";

    private Samples() {
    }

    /** Central Finland wellbeing services county, organiser from 2023. */
    public static Organiser county() {
        return Organiser.of(OrganiserType.WELLBEING_SERVICES_COUNTY, "KESKI_SUOMI");
    }

    /** Hämeenlinna (municipality 109), organiser before 2023. */
    public static Organiser hameenlinna() {
        return Organiser.of(OrganiserType.MUNICIPALITY, "109");
    }

    /** A licensed social worker as named worker. */
    public static NamedWorker socialWorker() {
        return NamedWorker.builder().workerId(WorkerId.of("W-TEST-01")).profession(Profession.SOCIAL_WORKER).build();
    }

    /** A client builder with a named social worker; add or override nothing twice (strict builder). */
    public static Client.Builder clientWithoutWorker() {
        return Client.builder()
                .clientId(ClientId.of("C-TEST-0001"))
                .language(ClientLanguage.FINNISH)
                .organiser(county())
                .addSupportNeed(SupportNeed.SOCIAL_INCLUSION);
    }

    /** A valid client. */
    public static Client client() {
        return clientWithoutWorker().namedWorker(socialWorker()).build();
    }

    /** A goal proposed on the plan date. */
    public static Goal.Builder goalBuilder(String id) {
        return Goal.builder().id(GoalId.of(id)).words(GOAL_WORDS).lifeArea(IcfChapter.D9).setOn(LocalDate.of(2025, 5, 6));
    }

    /** A goal made active on the plan date. */
    public static Goal goal(String id) {
        return goalBuilder(id).build().withStatus(GoalStatus.ACTIVE, LocalDate.of(2025, 5, 6));
    }

    /** An assessment pending on the contact date, started on the 2nd working day (Easter lies between), completed in May. */
    public static ServiceNeedAssessment.Builder assessmentBuilder() {
        return ServiceNeedAssessment.builder()
                .pendingOn(CONTACT)
                .startedOn(LocalDate.of(2025, 4, 22))
                .completedOn(LocalDate.of(2025, 5, 5))
                .clientView(CLIENT_VIEW)
                .workerView(WORKER_VIEW)
                .rehabilitationNeed(true);
    }

    /** A plan drawn up with the client on 6 May 2025, views agreeing, one active goal. */
    public static ClientPlan.Builder planBuilder() {
        return ClientPlan.builder()
                .createdOn(LocalDate.of(2025, 5, 6))
                .clientView(CLIENT_VIEW)
                .workerView(WORKER_VIEW)
                .addParticipant(PlanParticipant.CLIENT)
                .addParticipant(PlanParticipant.NAMED_WORKER)
                .addGoal(goal("G1"));
    }

    /** A path builder: a visitor of a low-threshold meeting place, with assessment and plan. */
    public static RehabilitationPath.Builder pathBuilder() {
        return RehabilitationPath.builder()
                .id(PathId.of("P-TEST-0001"))
                .clientId(ClientId.of("C-TEST-0001"))
                .organiser(county())
                .firstContact(FirstContact.of(CONTACT, ContactChannel.LOW_THRESHOLD_MEETING_PLACE));
    }

    /** The sample path in stage CONTACT with its assessment and plan recorded. */
    public static RehabilitationPath path() {
        return pathBuilder().assessment(assessmentBuilder().build()).plan(planBuilder().build()).build();
    }

    /** The sample path moved through assessment and planning into rehabilitation. */
    public static RehabilitationPath pathInRehabilitation() {
        return path()
                .advanceTo(Stage.ASSESSMENT, LocalDate.of(2025, 4, 22))
                .advanceTo(Stage.PLANNING, LocalDate.of(2025, 5, 5))
                .advanceTo(Stage.REHABILITATION, LocalDate.of(2025, 5, 13));
    }

    /**
     * The Meidän Tupa low-threshold case, part 1: anonymous coffee mornings at a fictional
     * meeting place, recorded without any identity.
     */
    public static List<AnonymousContact> meidanTupaContacts() {
        return List.of(
                tupa(LocalDate.of(2025, 3, 19), 7, ContactActivity.CONVERSATION),
                tupa(LocalDate.of(2025, 3, 26), 9, ContactActivity.CONVERSATION, ContactActivity.ADVICE_AND_GUIDANCE),
                tupa(LocalDate.of(2025, 4, 2), 6, ContactActivity.CONVERSATION, ContactActivity.SERVICE_GUIDANCE));
    }

    private static AnonymousContact tupa(LocalDate date, int people, ContactActivity... activities) {
        return AnonymousContact.builder()
                .date(date)
                .place("Fictional Tupa meeting place")
                .channel(AnonymousChannel.LOW_THRESHOLD_MEETING_PLACE)
                .addActivities(activities)
                .peopleCount(people)
                .organiser(county())
                .build();
    }

    /**
     * The Meidän Tupa low-threshold case, part 2: a visitor who asked for help at the meeting
     * place becomes a client, is assessed, plans goals and moves on to rehabilitative work
     * activity. The path is never linked to the anonymous contacts.
     */
    public static RehabilitationPath meidanTupaVisitorPath() {
        return pathInRehabilitation()
                .advanceTo(Stage.FOLLOW_UP, LocalDate.of(2025, 11, 3))
                .close(Closure.of(LocalDate.of(2025, 12, 1), ClosureReason.MOVED_ON, Destination.REHABILITATIVE_WORK_ACTIVITY));
    }

    /**
     * The Hämeenlinna 2020 case: a municipal voucher path paused when the sites closed, with
     * remote guidance continuing, then resumed on site.
     */
    public static RehabilitationPath hameenlinna2020Path() {
        LocalDate contact = LocalDate.of(2020, 1, 8);
        return RehabilitationPath.builder()
                .id(PathId.of("P-TEST-2020"))
                .clientId(ClientId.of("C-TEST-2020"))
                .organiser(hameenlinna())
                .firstContact(FirstContact.of(contact, ContactChannel.SOCIAL_WORK))
                .assessment(ServiceNeedAssessment.builder().pendingOn(contact).startedOn(LocalDate.of(2020, 1, 13))
                        .completedOn(LocalDate.of(2020, 1, 27)).build())
                .plan(ClientPlan.builder().createdOn(LocalDate.of(2020, 2, 3)).clientView(CLIENT_VIEW)
                        .workerView(WORKER_VIEW).addParticipant(PlanParticipant.CLIENT).build())
                .addService(hameenlinnaVoucherService("S-ONSITE", DeliveryMode.ON_SITE,
                        DateRange.of(LocalDate.of(2020, 2, 10), LocalDate.of(2020, 3, 13)), LocalDate.of(2020, 2, 12)))
                .addService(hameenlinnaVoucherService("S-REMOTE", DeliveryMode.VIDEO,
                        DateRange.of(LocalDate.of(2020, 3, 16), LocalDate.of(2020, 5, 31)), LocalDate.of(2020, 3, 18)))
                .addService(hameenlinnaVoucherService("S-BACK", DeliveryMode.ON_SITE,
                        DateRange.of(LocalDate.of(2020, 6, 1), LocalDate.of(2020, 11, 27)), LocalDate.of(2020, 6, 3)))
                .addMeasurement(workAbility(LocalDate.of(2020, 2, 3), 4, Occasion.PLAN_CREATED))
                .addMeasurement(workAbility(LocalDate.of(2020, 11, 23), 6, Occasion.PLAN_EVALUATED))
                .build()
                .advanceTo(Stage.ASSESSMENT, LocalDate.of(2020, 1, 13))
                .advanceTo(Stage.PLANNING, LocalDate.of(2020, 1, 27))
                .advanceTo(Stage.REHABILITATION, LocalDate.of(2020, 2, 10))
                .pause(Pause.builder().period(DateRange.startingOn(LocalDate.of(2020, 3, 16)))
                        .reason(PauseReason.SITES_CLOSED).continuesRemotely(true).build())
                .resume(LocalDate.of(2020, 5, 31))
                .close(Closure.of(LocalDate.of(2020, 11, 30), ClosureReason.GOALS_MET, Destination.REHABILITATIVE_WORK_ACTIVITY));
    }

    /**
     * A group bought with a flat service voucher from an approved provider, as the city of
     * Hämeenlinna did in 2020, with one attended session.
     */
    public static Service hameenlinnaVoucherService(String id, DeliveryMode mode, DateRange period, LocalDate session) {
        return Service.builder()
                .id(ServiceId.of(id))
                .kind(ServiceKind.SOCIAL_REHABILITATION)
                .addComponent(SocialRehabilitationComponent.GROUP_ACTIVITY_AND_SOCIAL_SUPPORT)
                .addMethod(ServiceMethod.EVERYDAY_LIFE_COACHING)
                .form(ServiceForm.GROUP)
                .deliveryMode(mode)
                .provider(Provider.builder().type(ProviderType.PRIVATE).name("Fictional Coaching Oy")
                        .approvedProviderId("HML-PS-0007").build())
                .funding(Funding.ofVoucher(Voucher.builder()
                        .value(VoucherValue.of(new BigDecimal("48.00"), VoucherValueUnit.PER_DAY))
                        .assessmentReference("SNA-2020-0001")
                        .build()))
                .period(period)
                .addAttendance(Attendance.builder().date(session).status(AttendanceStatus.ATTENDED).build())
                .build();
    }

    /** A perceived work ability rating given together by the client and the worker. */
    public static Measurement workAbility(LocalDate date, int value, Occasion occasion) {
        return Measurement.builder()
                .instrumentId(Instruments.PERCEIVED_WORK_ABILITY_ID)
                .date(date)
                .respondent(Respondent.TOGETHER)
                .occasion(occasion)
                .putScore(Instruments.WORK_ABILITY, BigDecimal.valueOf(value))
                .build();
    }
}
