package io.github.polku.benchmarks;

import io.github.polku.calendar.DateRange;
import io.github.polku.client.ClientId;
import io.github.polku.client.Organiser;
import io.github.polku.client.OrganiserType;
import io.github.polku.measurement.Dimension;
import io.github.polku.measurement.Direction;
import io.github.polku.measurement.IcfChapter;
import io.github.polku.measurement.Instrument;
import io.github.polku.measurement.InstrumentId;
import io.github.polku.measurement.Measurement;
import io.github.polku.measurement.Occasion;
import io.github.polku.measurement.Respondent;
import io.github.polku.measurement.Scale;
import io.github.polku.path.ClientPlan;
import io.github.polku.path.Closure;
import io.github.polku.path.ClosureReason;
import io.github.polku.path.ContactChannel;
import io.github.polku.path.Destination;
import io.github.polku.path.FirstContact;
import io.github.polku.path.Goal;
import io.github.polku.path.GoalId;
import io.github.polku.path.GoalStatus;
import io.github.polku.path.GoalStatusChange;
import io.github.polku.path.PathId;
import io.github.polku.path.Pause;
import io.github.polku.path.PauseReason;
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
import io.github.polku.service.Schedule;
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
 * The benchmark content: a realistic, valid rehabilitation path built through Polku's public API.
 * <p>
 * A path starts with a referral from social work, has a service need assessment, a client plan
 * with goals in the client's own words, services with weekly attendance, three repeated
 * measurements on a 17-dimension functioning instrument described as data, stage changes and a
 * pause (the events), and a closure. All text is obviously fictional. The {@code index} varies the
 * identifiers, dates and scores, so that a stream of documents is not one document repeated.
 * <p>
 * This class is immutable and thread-safe.
 */
public final class PathContent {

    /** The identifier of the benchmark instrument. */
    public static final InstrumentId FUNCTIONING_ID = InstrumentId.of("bench.functioning17");

    /** The 17 dimension codes of the benchmark instrument, each scored 0 to 10, higher is better. */
    public static final List<String> DIMENSIONS = List.of(
            "HOUSING", "DAILY_RHYTHM", "SLEEP", "NUTRITION", "PHYSICAL_HEALTH", "MENTAL_WELLBEING",
            "SUBSTANCE_USE", "FINANCES", "SOCIAL_RELATIONSHIPS", "LONELINESS", "HOBBIES", "SELF_CARE",
            "MOBILITY", "DIGITAL_SKILLS", "WORK_ABILITY", "STUDY_READINESS", "HOPE");

    private static final ServiceMethod[] METHODS = {
        ServiceMethod.ART_AND_CREATIVE, ServiceMethod.NATURE_BASED, ServiceMethod.PHYSICAL_EXERCISE,
        ServiceMethod.PEER_GROUP, ServiceMethod.EVERYDAY_LIFE_COACHING, ServiceMethod.NUTRITION,
        ServiceMethod.INTERACTION_SKILLS, ServiceMethod.VOLUNTEERING, ServiceMethod.CO_DEVELOPMENT};
    private static final DeliveryMode[] MODES = {
        DeliveryMode.ON_SITE, DeliveryMode.ON_SITE, DeliveryMode.VIDEO, DeliveryMode.ON_SITE,
        DeliveryMode.HOME_VISIT, DeliveryMode.ONLINE_GROUP, DeliveryMode.ON_SITE, DeliveryMode.OUTREACH};
    private static final IcfChapter[] LIFE_AREAS = {
        IcfChapter.D9, IcfChapter.D7, IcfChapter.D6, IcfChapter.D5, IcfChapter.D8};
    private static final String[] GOAL_WORDS = {
        "FICTIONAL I want to get out of the house twice a week",
        "FICTIONAL I want to call my sister once a week",
        "FICTIONAL I want to cook a warm meal every day",
        "FICTIONAL I want to keep a steady daily rhythm and wake up by nine",
        "FICTIONAL I want to try a work trial at the community garden"};

    private static final Instrument FUNCTIONING = functioningInstrument();

    private PathContent() {
    }

    /**
     * The size of a generated path: how many goals, services, attendances and measurements it has.
     */
    public enum Size {
        /** 2 goals, 3 services with 4 sessions each, 2 measurements. */
        SMALL(2, 3, 4, 2),
        /** 4 goals, 12 services with 6 sessions each, 3 measurements: the realistic document. */
        MEDIUM(4, 12, 6, 3),
        /** 5 goals, 40 services with 12 sessions each, 6 measurements. */
        LARGE(5, 40, 12, 6);

        final int goals;
        final int services;
        final int sessions;
        final int measurements;

        Size(int goals, int services, int sessions, int measurements) {
            this.goals = goals;
            this.services = services;
            this.sessions = sessions;
            this.measurements = measurements;
        }
    }

    /**
     * Gets the 17-dimension functioning instrument of the benchmark, described as data.
     *
     * @return the instrument, not null
     */
    public static Instrument functioning() {
        return FUNCTIONING;
    }

    /**
     * Builds the realistic path number {@code index} of the given size.
     *
     * @param size  the size, not null
     * @param index  the document number, zero or more; varies identifiers, dates and scores
     * @return the path, valid, not null
     */
    public static RehabilitationPath path(Size size, int index) {
        LocalDate contact = LocalDate.of(2024, 1, 8).plusDays(index % 28);
        LocalDate started = contact.plusDays(2);
        LocalDate completed = contact.plusDays(16);
        LocalDate planned = contact.plusDays(24);
        LocalDate rehabilitation = planned.plusDays(4);
        LocalDate servicesEnd = rehabilitation.plusWeeks(30);
        LocalDate followUp = servicesEnd.plusDays(3);
        LocalDate closed = followUp.plusDays(30);

        RehabilitationPath.Builder b = RehabilitationPath.builder()
                .id(PathId.of("P-BENCH-" + index))
                .clientId(ClientId.of("C-BENCH-" + index))
                .organiser(Organiser.of(OrganiserType.WELLBEING_SERVICES_COUNTY, "KESKI_SUOMI"))
                .firstContact(FirstContact.of(contact, ContactChannel.SOCIAL_WORK))
                .assessment(ServiceNeedAssessment.builder()
                        .pendingOn(contact)
                        .startedOn(started)
                        .completedOn(completed)
                        .clientView("FICTIONAL-CLIENT-VIEW I would like company during the day and help with my rhythm")
                        .workerView("FICTIONAL-WORKER-VIEW Group activity twice a week and everyday-life coaching at home")
                        .rehabilitationNeed(true)
                        .build())
                .plan(plan(size, planned, servicesEnd))
                .addInstrument(FUNCTIONING);

        for (int s = 0; s < size.services; s++) {
            b.addService(service(s, index, rehabilitation, servicesEnd, size.sessions));
        }
        long span = java.time.temporal.ChronoUnit.DAYS.between(planned, servicesEnd);
        for (int m = 0; m < size.measurements; m++) {
            LocalDate date = planned.plusDays(span * m / Math.max(1, size.measurements - 1));
            Occasion occasion = m == 0 ? Occasion.PLAN_CREATED : Occasion.PLAN_EVALUATED;
            b.addMeasurement(measurement(date, occasion, index, m));
        }
        return b
                .addStageChange(StageChange.of(started, Stage.ASSESSMENT))
                .addStageChange(StageChange.of(completed, Stage.PLANNING))
                .addStageChange(StageChange.of(rehabilitation, Stage.REHABILITATION))
                .addPause(Pause.builder()
                        .period(DateRange.of(rehabilitation.plusWeeks(20), rehabilitation.plusWeeks(22)))
                        .reason(PauseReason.CLIENT_ILLNESS)
                        .continuesRemotely(false)
                        .build())
                .addStageChange(StageChange.of(followUp, Stage.FOLLOW_UP))
                .closure(Closure.of(closed, ClosureReason.GOALS_MET, Destination.REHABILITATIVE_WORK_ACTIVITY))
                .build();
    }

    private static ClientPlan plan(Size size, LocalDate planned, LocalDate end) {
        ClientPlan.Builder plan = ClientPlan.builder()
                .createdOn(planned)
                .addEvaluationDate(planned.plusWeeks(12))
                .addEvaluationDate(end)
                .clientView("FICTIONAL-CLIENT-VIEW I want to meet people and have something to do in the mornings")
                .workerView("FICTIONAL-WORKER-VIEW Peer group and art group; coaching for the daily rhythm")
                .addParticipant(PlanParticipant.CLIENT)
                .addParticipant(PlanParticipant.NAMED_WORKER);
        for (int g = 0; g < size.goals; g++) {
            GoalStatus outcome = g % 3 == 2 ? GoalStatus.PARTLY_ACHIEVED : GoalStatus.ACHIEVED;
            plan.addGoal(Goal.builder()
                    .id(GoalId.of("G" + (g + 1)))
                    .words(GOAL_WORDS[g % GOAL_WORDS.length])
                    .lifeArea(LIFE_AREAS[g % LIFE_AREAS.length])
                    .setOn(planned)
                    .targetDate(end)
                    .addStatusHistory(GoalStatusChange.of(planned, GoalStatus.ACTIVE))
                    .addStatusHistory(GoalStatusChange.of(end, outcome))
                    .build());
        }
        return plan.build();
    }

    private static Service service(int s, int index, LocalDate first, LocalDate last, int sessions) {
        LocalDate start = first.plusWeeks(s % 10);
        LocalDate end = start.plusWeeks(sessions + 1L);
        if (end.isAfter(last)) {
            end = last;
        }
        Service.Builder b = Service.builder()
                .id(ServiceId.of("S-" + (s + 1)))
                .kind(ServiceKind.SOCIAL_REHABILITATION)
                .addComponent(s % 2 == 0
                        ? SocialRehabilitationComponent.GROUP_ACTIVITY_AND_SOCIAL_SUPPORT
                        : SocialRehabilitationComponent.EVERYDAY_LIFE_COACHING)
                .addMethod(METHODS[s % METHODS.length])
                .form(s % 2 == 0 ? ServiceForm.GROUP : ServiceForm.INDIVIDUAL)
                .deliveryMode(MODES[s % MODES.length])
                .period(DateRange.of(start, end))
                .schedule(Schedule.of(1, new BigDecimal("3")));
        if (s % 3 == 1) {
            b.provider(Provider.builder().type(ProviderType.PRIVATE).name("Fictional Coaching Oy")
                            .approvedProviderId("KS-PS-00" + (10 + s)).build())
                    .funding(Funding.ofVoucher(Voucher.builder()
                            .value(VoucherValue.of(new BigDecimal("48.00"), VoucherValueUnit.PER_DAY))
                            .assessmentReference("SNA-2024-" + index)
                            .build()));
        } else {
            b.provider(Provider.of(ProviderType.PUBLIC)).funding(Funding.of(FundingType.OWN_PRODUCTION));
        }
        for (int k = 0; k < sessions; k++) {
            LocalDate date = start.plusWeeks(k).plusDays(1);
            if (date.isAfter(end)) {
                break;
            }
            AttendanceStatus status = (k + s + index) % 7 == 3 ? AttendanceStatus.ABSENT_NOTIFIED : AttendanceStatus.ATTENDED;
            Attendance.Builder a = Attendance.builder().date(date).status(status);
            if (status == AttendanceStatus.ATTENDED) {
                a.hours(new BigDecimal("2.5"));
            }
            b.addAttendance(a.build());
        }
        return b.build();
    }

    private static Measurement measurement(LocalDate date, Occasion occasion, int index, int m) {
        Measurement.Builder b = Measurement.builder()
                .instrumentId(FUNCTIONING_ID)
                .date(date)
                .respondent(Respondent.TOGETHER)
                .occasion(occasion);
        for (int d = 0; d < DIMENSIONS.size(); d++) {
            int score = Math.min(10, 3 + (d + index) % 4 + m);
            b.putScore(DIMENSIONS.get(d), BigDecimal.valueOf(score));
        }
        return b.build();
    }

    private static Instrument functioningInstrument() {
        Scale scale = Scale.ofIntegers(0, 10, Direction.HIGHER_IS_BETTER);
        Instrument.Builder b = Instrument.builder()
                .id(FUNCTIONING_ID)
                .putName("fi", "Toimintakyvyn itsearvio (17 osa-aluetta, kuvitteellinen)")
                .putName("sv", "Sj\u00e4lvskattning av funktionsf\u00f6rm\u00e5ga (17 omr\u00e5den, fiktiv)")
                .putName("en", "Functioning self-assessment (17 areas, fictional)")
                .version("1")
                .source("Fictional instrument for the Polku benchmarks; 0-10 per area, higher is better");
        for (String code : DIMENSIONS) {
            b.addDimension(Dimension.builder().code(code).scale(scale).build());
        }
        return b.build();
    }
}
