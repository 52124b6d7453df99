package io.github.polku.fhir;

import io.github.polku.calendar.DateRange;
import io.github.polku.client.Client;
import io.github.polku.client.ClientId;
import io.github.polku.client.ClientIdentity;
import io.github.polku.client.ClientLanguage;
import io.github.polku.client.NamedWorker;
import io.github.polku.client.OmissionReason;
import io.github.polku.client.Organiser;
import io.github.polku.client.OrganiserType;
import io.github.polku.client.PersonalIdentityCode;
import io.github.polku.client.Profession;
import io.github.polku.client.SupportNeed;
import io.github.polku.client.WorkerId;
import io.github.polku.measurement.Dimension;
import io.github.polku.measurement.Direction;
import io.github.polku.measurement.IcfChapter;
import io.github.polku.measurement.Instrument;
import io.github.polku.measurement.InstrumentId;
import io.github.polku.measurement.Instruments;
import io.github.polku.measurement.Measurement;
import io.github.polku.measurement.Occasion;
import io.github.polku.measurement.Respondent;
import io.github.polku.measurement.Scale;
import io.github.polku.path.ClientPlan;
import io.github.polku.path.Closure;
import io.github.polku.path.ClosureReason;
import io.github.polku.path.ContactChannel;
import io.github.polku.path.DeadlineGroup;
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
import io.github.polku.path.YouthPlacementTarget;
import io.github.polku.service.ActivityBasis;
import io.github.polku.service.AllowanceType;
import io.github.polku.service.Attendance;
import io.github.polku.service.AttendanceStatus;
import io.github.polku.service.DeliveryMode;
import io.github.polku.service.Funding;
import io.github.polku.service.FundingType;
import io.github.polku.service.ObligationExemption;
import io.github.polku.service.ProjectFunding;
import io.github.polku.service.Provider;
import io.github.polku.service.ProviderType;
import io.github.polku.service.RehabilitativeWorkActivity;
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
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Random;
import java.util.Set;

/**
 * Seeded generators of buildable Polku values with every optional part now and then: the
 * round trip must hold for any value the builders accept, not only for valid paths. The same seed
 * always gives the same value.
 */
final class Generated {

    private static final String CHECK = "0123456789ABCDEFHJKLMNPRSTUVWXY";
    private static final String[] COUNTIES = {"KESKI_SUOMI", "PIRKANMAA", "HELSINKI", "LAPPI", "VANTAA_KERAVA"};

    private final Random random;
    private int next;

    Generated(long seed) {
        this.random = new Random(seed);
    }

    FhirContent content() {
        RehabilitationPath path = path();
        FhirContent content = FhirContent.of(path);
        if (random.nextBoolean()) {
            content = content.withClient(client(path.getClientId(), path.getOrganiser()));
        }
        if (random.nextBoolean()) {
            content = content.withIdentity(identity(path.getClientId()));
        }
        return content;
    }

    private boolean maybe() {
        return random.nextInt(3) > 0;
    }

    private <E extends Enum<E>> E pick(Class<E> type) {
        E[] values = type.getEnumConstants();
        return values[random.nextInt(values.length)];
    }

    private <E extends Enum<E>> Set<E> some(Class<E> type) {
        Set<E> set = EnumSet.noneOf(type);
        int n = random.nextInt(4);
        for (int i = 0; i < n; i++) {
            set.add(pick(type));
        }
        return set;
    }

    private String id(String prefix) {
        return prefix + "-" + (++next) + "-" + random.nextInt(1000);
    }

    /** Free text: letters of Finnish and Swedish, digits, punctuation, a newline, an emoji now and then. */
    String text() {
        String alphabet = "abcdefghijklmnopqrstuvwxyzåäöÅÄÖ ,.;:!?-'\"<>&0123456789\n";
        StringBuilder b = new StringBuilder("T");
        int n = 1 + random.nextInt(40);
        for (int i = 0; i < n; i++) {
            b.append(alphabet.charAt(random.nextInt(alphabet.length())));
        }
        if (random.nextInt(5) == 0) {
            b.append("\uD83D\uDE42");
        }
        return b.append('.').toString();
    }

    private LocalDate date() {
        return LocalDate.of(2020, 1, 1).plusDays(random.nextInt(2000));
    }

    private BigDecimal decimal(int maxTenths) {
        // Up to maxTenths / 10, in tenths or, for a whole number now and then, without a fraction (scale matters to equals).
        int tenths = 1 + random.nextInt(maxTenths);
        return tenths % 10 == 0 && random.nextBoolean() ? BigDecimal.valueOf(tenths / 10) : BigDecimal.valueOf(tenths, 1);
    }

    Organiser organiser() {
        if (random.nextBoolean()) {
            return Organiser.of(OrganiserType.MUNICIPALITY, String.format("%03d", 5 + random.nextInt(990)));
        }
        String code = COUNTIES[random.nextInt(COUNTIES.length)];
        return Organiser.of(code.equals("HELSINKI") ? OrganiserType.CITY_OF_HELSINKI : OrganiserType.WELLBEING_SERVICES_COUNTY, code);
    }

    Client client(ClientId id, Organiser organiser) {
        Client.Builder b = Client.builder().clientId(id).language(pick(ClientLanguage.class))
                .organiser(random.nextBoolean() ? organiser : organiser())
                .addAllSupportNeeds(some(SupportNeed.class)).specialSupport(random.nextBoolean());
        int worker = random.nextInt(3);
        if (worker == 0) {
            NamedWorker.Builder w = NamedWorker.builder().workerId(WorkerId.of(id("W"))).profession(pick(Profession.class));
            if (maybe()) {
                LocalDate start = date();
                w.assignment(random.nextBoolean() ? DateRange.startingOn(start) : DateRange.of(start, start.plusDays(random.nextInt(300))));
            }
            if (maybe()) {
                w.supervisor(WorkerId.of(id("W")));
            }
            b.namedWorker(w.build());
        } else if (worker == 1) {
            b.namedWorkerOmission(pick(OmissionReason.class));
        }
        return b.build();
    }

    ClientIdentity identity(ClientId id) {
        LocalDate birth = LocalDate.of(1950, 1, 1).plusDays(random.nextInt(365 * 55));
        boolean temporary = random.nextInt(4) == 0;
        int individual = temporary ? 900 + random.nextInt(100) : 2 + random.nextInt(898);
        String digits = String.format("%02d%02d%02d", birth.getDayOfMonth(), birth.getMonthValue(), birth.getYear() % 100);
        long number = Long.parseLong(digits + String.format("%03d", individual));
        String code = digits + (birth.getYear() >= 2000 ? "A" : "-") + String.format("%03d", individual) + CHECK.charAt((int) (number % 31));
        ClientIdentity.Builder b = ClientIdentity.builder().clientId(id)
                .identityCode(temporary ? PersonalIdentityCode.parseAllowingTemporary(code) : PersonalIdentityCode.parse(code));
        if (maybe()) {
            b.name("Testi " + text().replace("\n", " "));
        }
        return b.build();
    }

    RehabilitationPath path() {
        LocalDate contact = date();
        RehabilitationPath.Builder b = RehabilitationPath.builder()
                .id(PathId.of(id("P")))
                .clientId(ClientId.of(id("C")))
                .organiser(organiser())
                .firstContact(FirstContact.builder().date(contact).channel(pick(ContactChannel.class)).urgent(random.nextBoolean()).build());
        if (maybe()) {
            b.clientBirthMonth(YearMonth.of(1960 + random.nextInt(45), 1 + random.nextInt(12)));
        }
        if (maybe()) {
            b.assessment(assessment(contact));
        } else if (random.nextBoolean()) {
            b.assessmentOmission(pick(OmissionReason.class));
        }
        if (maybe()) {
            b.plan(plan(contact));
        } else if (random.nextBoolean()) {
            b.planOmission(pick(OmissionReason.class));
        }
        LocalDate d = contact;
        List<StageChange> changes = new ArrayList<>();
        for (Stage stage : new Stage[] {Stage.ASSESSMENT, Stage.PLANNING, Stage.REHABILITATION, Stage.FOLLOW_UP}) {
            if (random.nextInt(4) == 0) {
                break;
            }
            d = d.plusDays(random.nextInt(30));
            changes.add(StageChange.of(d, stage));
        }
        b.addAllStageChanges(changes);
        int pauses = random.nextInt(3);
        for (int i = 0; i < pauses; i++) {
            d = d.plusDays(1 + random.nextInt(20));
            LocalDate start = d;
            boolean open = i == pauses - 1 && random.nextBoolean();
            d = d.plusDays(random.nextInt(40));
            b.addPause(Pause.builder().period(open ? DateRange.startingOn(start) : DateRange.of(start, d))
                    .reason(pick(PauseReason.class)).continuesRemotely(random.nextBoolean()).build());
        }
        int services = random.nextInt(4);
        for (int i = 0; i < services; i++) {
            b.addService(service(contact));
        }
        List<Instrument> instruments = new ArrayList<>();
        if (random.nextBoolean()) {
            instruments.add(instrument());
        }
        b.addAllInstruments(instruments);
        int measurements = random.nextInt(4);
        for (int i = 0; i < measurements; i++) {
            Instrument instrument = !instruments.isEmpty() && random.nextBoolean() ? instruments.get(0)
                    : random.nextBoolean() ? Instruments.perceivedWorkAbility() : Instruments.icfQualifiers();
            b.addMeasurement(measurement(instrument, contact));
        }
        if (random.nextInt(3) == 0) {
            b.closure(Closure.of(d.plusDays(random.nextInt(50)), pick(ClosureReason.class), pick(Destination.class)));
        }
        return b.build();
    }

    private ServiceNeedAssessment assessment(LocalDate contact) {
        ServiceNeedAssessment.Builder b = ServiceNeedAssessment.builder().pendingOn(contact)
                .deadlineGroup(pick(DeadlineGroup.class)).rehabilitationNeed(random.nextBoolean());
        if (maybe()) {
            LocalDate started = contact.plusDays(random.nextInt(10));
            b.startedOn(started);
            if (maybe()) {
                b.completedOn(started.plusDays(random.nextInt(60)));
            }
        }
        if (maybe()) {
            b.clientView(text());
        }
        if (maybe()) {
            b.workerView(text());
        }
        return b.build();
    }

    private ClientPlan plan(LocalDate contact) {
        LocalDate created = contact.plusDays(random.nextInt(40));
        ClientPlan.Builder b = ClientPlan.builder().createdOn(created).agreement(random.nextBoolean())
                .addAllParticipants(some(PlanParticipant.class));
        int evaluations = random.nextInt(3);
        for (int i = 0; i < evaluations; i++) {
            b.addEvaluationDate(created.plusDays(30 + random.nextInt(200)));
        }
        if (maybe()) {
            b.clientView(text());
        }
        if (maybe()) {
            b.workerView(text());
        }
        if (random.nextBoolean()) {
            b.clientJustification(text());
        }
        if (random.nextBoolean()) {
            b.workerJustification(text());
        }
        int goals = random.nextInt(4);
        for (int i = 0; i < goals; i++) {
            Goal.Builder g = Goal.builder().id(GoalId.of(id("G"))).words(text()).lifeArea(pick(IcfChapter.class)).setOn(created);
            if (maybe()) {
                g.targetDate(created.plusDays(60 + random.nextInt(300)));
            }
            if (random.nextInt(4) == 0) {
                g.youthPlacement(pick(YouthPlacementTarget.class));
            }
            int changes = random.nextInt(4);
            LocalDate d = created;
            for (int j = 0; j < changes; j++) {
                d = d.plusDays(random.nextInt(60));
                g.addStatusHistory(GoalStatusChange.of(d, pick(GoalStatus.class)));
            }
            b.addGoal(g.build());
        }
        return b.build();
    }

    private Service service(LocalDate contact) {
        ServiceKind kind = random.nextInt(4) == 0 ? ServiceKind.REHABILITATIVE_WORK_ACTIVITY : ServiceKind.SOCIAL_REHABILITATION;
        LocalDate start = contact.plusDays(random.nextInt(60));
        DateRange period = random.nextBoolean() ? DateRange.startingOn(start) : DateRange.of(start, start.plusDays(random.nextInt(200)));
        Service.Builder b = Service.builder().id(ServiceId.of(id("S"))).kind(kind)
                .addAllComponents(some(SocialRehabilitationComponent.class)).addAllMethods(some(ServiceMethod.class))
                .form(pick(ServiceForm.class)).deliveryMode(pick(DeliveryMode.class)).provider(provider()).funding(funding())
                .period(period);
        if (maybe()) {
            b.schedule(Schedule.of(1 + random.nextInt(5), decimal(80)));
        }
        int attendances = random.nextInt(5);
        for (int i = 0; i < attendances; i++) {
            Attendance.Builder a = Attendance.builder().date(start.plusDays(random.nextInt(100))).status(pick(AttendanceStatus.class));
            if (random.nextBoolean()) {
                a.hours(decimal(80));
            }
            if (random.nextBoolean()) {
                a.deliveryMode(pick(DeliveryMode.class));
            }
            b.addAttendance(a.build());
        }
        if (kind == ServiceKind.REHABILITATIVE_WORK_ACTIVITY) {
            RehabilitativeWorkActivity.Builder w = RehabilitativeWorkActivity.builder()
                    .daysPerWeek(1 + random.nextInt(4)).hoursPerDay(decimal(60))
                    .addAllAllowanceTypes(some(AllowanceType.class)).addAllObligationExemptions(some(ObligationExemption.class));
            if (random.nextBoolean()) {
                w.basis(pick(ActivityBasis.class));
            }
            if (random.nextBoolean()) {
                w.planReference(id("PLAN"));
            }
            if (random.nextBoolean()) {
                w.planDate(start);
            }
            if (random.nextBoolean()) {
                w.planGoal(text());
            }
            if (random.nextBoolean()) {
                w.planSupport(text());
            }
            LocalDate d = start;
            int periods = 1 + random.nextInt(2);
            for (int i = 0; i < periods; i++) {
                LocalDate s = d.plusDays(1 + random.nextInt(10));
                d = s.plusDays(random.nextInt(90));
                w.addPeriod(DateRange.of(s, d));
            }
            if (random.nextBoolean()) {
                w.addReviewDate(start.plusDays(90));
            }
            b.workActivity(w.build());
        }
        return b.build();
    }

    private Provider provider() {
        Provider.Builder b = Provider.builder().type(pick(ProviderType.class));
        if (maybe()) {
            b.name("Fictional " + text().replace("\n", " "));
        }
        if (random.nextBoolean()) {
            b.approvedProviderId(id("APP"));
        }
        return b.build();
    }

    private Funding funding() {
        FundingType type = pick(FundingType.class);
        if (type == FundingType.SERVICE_VOUCHER) {
            Voucher.Builder v = Voucher.builder().incomeRelated(random.nextBoolean()).refused(random.nextBoolean())
                    .freeByLaw(random.nextBoolean());
            if (maybe()) {
                v.value(VoucherValue.of(new BigDecimal(10 + random.nextInt(90) + "." + random.nextInt(10) + "0"), pick(VoucherValueUnit.class)));
            }
            if (random.nextBoolean()) {
                v.decisionReference(id("DEC"));
            }
            if (random.nextBoolean()) {
                v.assessmentReference(id("SNA"));
            }
            if (random.nextBoolean()) {
                v.alternativeArrangement(text());
            }
            if (random.nextBoolean()) {
                v.selfPayment(new BigDecimal(random.nextInt(30) + ".50"));
            }
            return Funding.ofVoucher(v.build());
        }
        if (type == FundingType.PROJECT_FUNDING && random.nextBoolean()) {
            ProjectFunding.Builder p = ProjectFunding.builder().funderCode(id("STEA"));
            if (random.nextBoolean()) {
                p.projectCode(id("PRJ"));
            }
            return Funding.ofProject(p.build());
        }
        return Funding.of(type);
    }

    private Instrument instrument() {
        Instrument.Builder b = Instrument.builder().id(InstrumentId.of("custom." + id("I").toLowerCase(java.util.Locale.ROOT)))
                .putName("en", "Custom " + random.nextInt(100)).version("1." + random.nextInt(10)).source(text());
        if (random.nextBoolean()) {
            b.putName("fi", "Oma mittari " + random.nextInt(100));
        }
        if (random.nextBoolean()) {
            b.licenceNote(text());
        }
        int dimensions = 1 + random.nextInt(3);
        for (int i = 0; i < dimensions; i++) {
            Scale.Builder s = Scale.builder().min(BigDecimal.ZERO).max(BigDecimal.TEN).direction(pick(Direction.class));
            if (random.nextBoolean()) {
                s.step(new BigDecimal("0.5"));
            }
            if (random.nextBoolean()) {
                s.addSpecialValue(new BigDecimal(99));
            }
            b.addDimension(Dimension.builder().code("DIM_" + i).putName("en", "Dimension " + i).scale(s.build()).build());
        }
        return b.build();
    }

    private Measurement measurement(Instrument instrument, LocalDate contact) {
        Measurement.Builder b = Measurement.builder().instrumentId(instrument.getId()).date(contact.plusDays(random.nextInt(300)))
                .respondent(pick(Respondent.class));
        if (maybe()) {
            b.occasion(pick(Occasion.class));
        }
        for (Dimension dimension : instrument.getDimensions()) {
            if (maybe()) {
                b.putScore(dimension.getCode(), dimension.getScale().getMin().add(BigDecimal.valueOf(random.nextInt(3))));
            }
        }
        return b.build();
    }
}
