package io.github.polku.benchmarks;

import com.fasterxml.jackson.annotation.JsonInclude;
import io.github.polku.calendar.DateRange;
import io.github.polku.measurement.Dimension;
import io.github.polku.measurement.Instrument;
import io.github.polku.measurement.Measurement;
import io.github.polku.path.ClientPlan;
import io.github.polku.path.Goal;
import io.github.polku.path.GoalStatusChange;
import io.github.polku.path.Pause;
import io.github.polku.path.RehabilitationPath;
import io.github.polku.path.ServiceNeedAssessment;
import io.github.polku.path.StageChange;
import io.github.polku.service.Attendance;
import io.github.polku.service.Service;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.function.Function;

/**
 * The baseline twin of a rehabilitation path: the same information as plain Java records, with
 * codes as strings, read and written by plain Jackson databind without any validation.
 * <p>
 * The records mirror Polku's exchange format property for property, so that plain databind reads
 * and writes the very bytes Polku reads and writes (a test checks this). Absent optional values are
 * {@code null} and are left out of the JSON; maps are sorted by key as Polku writes them. This
 * class is immutable and thread-safe.
 *
 * @param documentType  the document type
 * @param formatVersion  the format version
 * @param id  the path identifier
 * @param clientId  the pseudonymous client identifier
 * @param organiser  the organiser
 * @param firstContact  the first contact
 * @param assessment  the service need assessment, may be null
 * @param plan  the client plan, may be null
 * @param stageChanges  the stage changes
 * @param pauses  the pauses
 * @param services  the services
 * @param instruments  the instruments described as data
 * @param measurements  the measurements
 * @param closure  the closure, may be null
 */
@JsonInclude(JsonInclude.Include.NON_NULL)
public record PlainPath(String documentType, String formatVersion, String id, String clientId,
        Organiser organiser, FirstContact firstContact, Assessment assessment, Plan plan,
        List<StageChangeRecord> stageChanges, List<PauseRecord> pauses, List<ServiceRecord> services,
        List<InstrumentRecord> instruments, List<MeasurementRecord> measurements, Closure closure) {

    /** An organiser. @param type the type @param code the code */
    public record Organiser(String type, String code) { }

    /** A first contact. @param date the date @param channel the channel @param urgent urgency */
    public record FirstContact(LocalDate date, String channel, boolean urgent) { }

    /**
     * A service need assessment.
     *
     * @param pendingOn  pending date
     * @param startedOn  start date
     * @param completedOn  completion date
     * @param deadlineGroup  deadline group code
     * @param clientView  the client's view
     * @param workerView  the worker's view
     * @param rehabilitationNeed  whether a need for rehabilitation was found
     */
    @JsonInclude(JsonInclude.Include.NON_NULL)
    public record Assessment(LocalDate pendingOn, LocalDate startedOn, LocalDate completedOn,
            String deadlineGroup, String clientView, String workerView, Boolean rehabilitationNeed) { }

    /**
     * A client plan.
     *
     * @param createdOn  creation date
     * @param evaluationDates  evaluation dates
     * @param clientView  the client's view
     * @param workerView  the worker's view
     * @param agreement  whether the views agree
     * @param participants  participant codes
     * @param goals  the goals
     */
    @JsonInclude(JsonInclude.Include.NON_NULL)
    public record Plan(LocalDate createdOn, List<LocalDate> evaluationDates, String clientView,
            String workerView, Boolean agreement, List<String> participants, List<GoalRecord> goals) { }

    /**
     * A goal.
     *
     * @param id  identifier
     * @param words  the client's words
     * @param lifeArea  ICF chapter code
     * @param setOn  date set
     * @param targetDate  target date
     * @param statusHistory  status changes
     */
    @JsonInclude(JsonInclude.Include.NON_NULL)
    public record GoalRecord(String id, String words, String lifeArea, LocalDate setOn, LocalDate targetDate,
            List<StatusChange> statusHistory) { }

    /** A goal status change. @param date the date @param status the status */
    public record StatusChange(LocalDate date, String status) { }

    /** A stage change. @param date the date @param stage the stage */
    public record StageChangeRecord(LocalDate date, String stage) { }

    /**
     * A pause.
     *
     * @param period  the period
     * @param reason  reason code
     * @param continuesRemotely  whether remote work continues
     */
    public record PauseRecord(Period period, String reason, boolean continuesRemotely) { }

    /** A date range. @param start first day @param end last day, may be null */
    @JsonInclude(JsonInclude.Include.NON_NULL)
    public record Period(LocalDate start, LocalDate end) { }

    /**
     * A service.
     *
     * @param id  identifier
     * @param kind  kind code
     * @param components  component codes
     * @param methods  method codes
     * @param form  form code
     * @param deliveryMode  delivery mode code
     * @param provider  provider
     * @param funding  funding
     * @param period  period
     * @param schedule  schedule
     * @param attendances  attendances
     */
    @JsonInclude(JsonInclude.Include.NON_NULL)
    public record ServiceRecord(String id, String kind, List<String> components, List<String> methods,
            String form, String deliveryMode, Provider provider, Funding funding, Period period,
            Schedule schedule, List<AttendanceRecord> attendances) { }

    /** A provider. @param type type code @param name name @param approvedProviderId approval id */
    @JsonInclude(JsonInclude.Include.NON_NULL)
    public record Provider(String type, String name, String approvedProviderId) { }

    /** Funding. @param type type code @param voucher the voucher, may be null */
    @JsonInclude(JsonInclude.Include.NON_NULL)
    public record Funding(String type, Voucher voucher) { }

    /**
     * A voucher.
     *
     * @param value  the value
     * @param incomeRelated  whether the value depends on income
     * @param assessmentReference  reference to the assessment
     * @param refused  whether the client refused the voucher
     * @param freeByLaw  whether the service is free by law
     */
    @JsonInclude(JsonInclude.Include.NON_NULL)
    public record Voucher(VoucherValue value, boolean incomeRelated, String assessmentReference, boolean refused,
            boolean freeByLaw) { }

    /** A voucher value. @param euros euros @param unit unit code */
    public record VoucherValue(BigDecimal euros, String unit) { }

    /** A schedule. @param sessionsPerWeek sessions @param hoursPerSession hours */
    public record Schedule(int sessionsPerWeek, BigDecimal hoursPerSession) { }

    /** An attendance. @param date date @param status status code @param hours hours, may be null */
    @JsonInclude(JsonInclude.Include.NON_NULL)
    public record AttendanceRecord(LocalDate date, String status, BigDecimal hours) { }

    /**
     * An instrument descriptor.
     *
     * @param id  identifier
     * @param names  names by language
     * @param version  version
     * @param source  source
     * @param dimensions  dimensions
     */
    public record InstrumentRecord(String id, Map<String, String> names, String version, String source,
            List<DimensionRecord> dimensions) { }

    /** A dimension. @param code code @param scale scale */
    public record DimensionRecord(String code, ScaleRecord scale) { }

    /** A scale. @param min minimum @param max maximum @param step step @param direction direction code */
    public record ScaleRecord(BigDecimal min, BigDecimal max, BigDecimal step, String direction) { }

    /**
     * A measurement.
     *
     * @param instrumentId  instrument
     * @param date  date
     * @param respondent  respondent code
     * @param occasion  occasion code
     * @param scores  scores by dimension code
     */
    @JsonInclude(JsonInclude.Include.NON_NULL)
    public record MeasurementRecord(String instrumentId, LocalDate date, String respondent, String occasion,
            Map<String, BigDecimal> scores) { }

    /** A closure. @param date date @param reason reason code @param destination destination code */
    public record Closure(LocalDate date, String reason, String destination) { }

    /**
     * Copies the information of a Polku path into its plain twin.
     *
     * @param p  the path, not null
     * @return the twin, not null
     */
    public static PlainPath of(RehabilitationPath p) {
        return new PlainPath("REHABILITATION_PATH", "1.0", p.getId().getValue(), p.getClientId().getValue(),
                new Organiser(p.getOrganiser().getType().name(), p.getOrganiser().getCode()),
                new FirstContact(p.getFirstContact().getDate(), p.getFirstContact().getChannel().name(),
                        p.getFirstContact().isUrgent()),
                p.getAssessment().map(PlainPath::assessment).orElse(null),
                p.getPlan().map(PlainPath::plan).orElse(null),
                map(p.getStageChanges(), (StageChange c) -> new StageChangeRecord(c.getDate(), c.getStage().name())),
                map(p.getPauses(), (Pause x) -> new PauseRecord(period(x.getPeriod()), x.getReason().name(),
                        x.isContinuesRemotely())),
                map(p.getServices(), PlainPath::service),
                map(p.getInstruments(), PlainPath::instrument),
                map(p.getMeasurements(), PlainPath::measurement),
                p.getClosure().map(c -> new Closure(c.getDate(), c.getReason().name(), c.getDestination().name()))
                        .orElse(null));
    }

    private static Assessment assessment(ServiceNeedAssessment a) {
        return new Assessment(a.getPendingOn(), a.getStartedOn().orElse(null), a.getCompletedOn().orElse(null),
                a.getDeadlineGroup().name(), a.getClientView().orElse(null), a.getWorkerView().orElse(null), a.isRehabilitationNeed());
    }

    private static Plan plan(ClientPlan p) {
        return new Plan(p.getCreatedOn(), List.copyOf(p.getEvaluationDates()), p.getClientView().orElse(null),
                p.getWorkerView().orElse(null), p.isAgreement(), map(List.copyOf(p.getParticipants()), Enum::name),
                map(p.getGoals(), (Goal g) -> new GoalRecord(g.getId().getValue(), g.getWords(),
                        g.getLifeArea().name(), g.getSetOn(), g.getTargetDate().orElse(null),
                        map(g.getStatusHistory(), (GoalStatusChange c) -> new StatusChange(c.getDate(),
                                c.getStatus().name())))));
    }

    private static ServiceRecord service(Service s) {
        return new ServiceRecord(s.getId().getValue(), s.getKind().name(), map(List.copyOf(s.getComponents()), Enum::name),
                map(List.copyOf(s.getMethods()), Enum::name), s.getForm().name(), s.getDeliveryMode().name(),
                new Provider(s.getProvider().getType().name(), s.getProvider().getName().orElse(null),
                        s.getProvider().getApprovedProviderId().orElse(null)),
                new Funding(s.getFunding().getType().name(), s.getFunding().getVoucher()
                        .map(v -> new Voucher(v.getValue().map(x -> new VoucherValue(x.getEuros(), x.getUnit().name()))
                                .orElse(null), v.isIncomeRelated(), v.getAssessmentReference().orElse(null),
                                v.isRefused(), v.isFreeByLaw()))
                        .orElse(null)),
                period(s.getPeriod()),
                s.getSchedule().map(x -> new Schedule(x.getSessionsPerWeek(), x.getHoursPerSession())).orElse(null),
                map(s.getAttendances(), (Attendance a) -> new AttendanceRecord(a.getDate(), a.getStatus().name(),
                        a.getHours().orElse(null))));
    }

    private static InstrumentRecord instrument(Instrument i) {
        return new InstrumentRecord(i.getId().getValue(), new TreeMap<>(i.getNames()), i.getVersion(),
                i.getSource(), map(i.getDimensions(), (Dimension d) -> new DimensionRecord(d.getCode(),
                        new ScaleRecord(d.getScale().getMin(), d.getScale().getMax(), d.getScale().getStep(),
                                d.getScale().getDirection().name()))));
    }

    private static MeasurementRecord measurement(Measurement m) {
        return new MeasurementRecord(m.getInstrumentId().getValue(), m.getDate(), m.getRespondent().name(),
                m.getOccasion().map(Enum::name).orElse(null), new TreeMap<>(m.getScores()));
    }

    private static Period period(DateRange r) {
        return new Period(r.getStart(), r.getEnd().orElse(null));
    }

    private static <A, B> List<B> map(List<A> in, Function<A, B> f) {
        List<B> out = new ArrayList<>(in.size());
        for (A a : in) {
            out.add(f.apply(a));
        }
        return out;
    }
}
