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

/**
 * A stand-in reader for the streaming and cold-start harnesses until Polku's own JSON reader
 * exists: it converts a plain twin read by plain databind into the Polku model through the public
 * builders. Its cost is databind plus model construction, so figures measured with it are labelled
 * {@code twin}, never {@code polku}.
 * <p>
 * This class is immutable and thread-safe.
 */
public final class TwinReader {

    private TwinReader() {
    }

    /**
     * Builds the Polku path that a twin describes.
     *
     * @param t  the twin, not null
     * @return the path, not null
     * @throws io.github.polku.validation.InvalidValueException if a construction invariant is broken
     */
    public static RehabilitationPath toPath(PlainPath t) {
        RehabilitationPath.Builder b = RehabilitationPath.builder()
                .id(PathId.of(t.id()))
                .clientId(ClientId.of(t.clientId()))
                .organiser(Organiser.of(OrganiserType.valueOf(t.organiser().type()), t.organiser().code()))
                .firstContact(FirstContact.builder().date(t.firstContact().date())
                        .channel(ContactChannel.valueOf(t.firstContact().channel())).urgent(t.firstContact().urgent()).build());
        if (t.assessment() != null) {
            PlainPath.Assessment a = t.assessment();
            ServiceNeedAssessment.Builder ab = ServiceNeedAssessment.builder().pendingOn(a.pendingOn());
            if (a.startedOn() != null) {
                ab.startedOn(a.startedOn());
            }
            if (a.completedOn() != null) {
                ab.completedOn(a.completedOn());
            }
            if (a.deadlineGroup() != null) {
                ab.deadlineGroup(DeadlineGroup.valueOf(a.deadlineGroup()));
            }
            if (a.clientView() != null) {
                ab.clientView(a.clientView());
            }
            if (a.workerView() != null) {
                ab.workerView(a.workerView());
            }
            if (a.rehabilitationNeed() != null) {
                ab.rehabilitationNeed(a.rehabilitationNeed());
            }
            b.assessment(ab.build());
        }
        if (t.plan() != null) {
            b.plan(plan(t.plan()));
        }
        for (PlainPath.StageChangeRecord c : t.stageChanges()) {
            b.addStageChange(StageChange.of(c.date(), Stage.valueOf(c.stage())));
        }
        for (PlainPath.PauseRecord p : t.pauses()) {
            b.addPause(Pause.builder().period(period(p.period())).reason(PauseReason.valueOf(p.reason()))
                    .continuesRemotely(p.continuesRemotely()).build());
        }
        for (PlainPath.ServiceRecord s : t.services()) {
            b.addService(service(s));
        }
        for (PlainPath.InstrumentRecord i : t.instruments()) {
            Instrument.Builder ib = Instrument.builder().id(InstrumentId.of(i.id())).putAllNames(i.names())
                    .version(i.version()).source(i.source());
            for (PlainPath.DimensionRecord d : i.dimensions()) {
                ib.addDimension(Dimension.builder().code(d.code()).scale(Scale.builder().min(d.scale().min())
                        .max(d.scale().max()).step(d.scale().step()).direction(Direction.valueOf(d.scale().direction())).build()).build());
            }
            b.addInstrument(ib.build());
        }
        for (PlainPath.MeasurementRecord m : t.measurements()) {
            Measurement.Builder mb = Measurement.builder().instrumentId(InstrumentId.of(m.instrumentId()))
                    .date(m.date()).respondent(Respondent.valueOf(m.respondent())).putAllScores(m.scores());
            if (m.occasion() != null) {
                mb.occasion(Occasion.valueOf(m.occasion()));
            }
            b.addMeasurement(mb.build());
        }
        if (t.closure() != null) {
            PlainPath.Closure c = t.closure();
            b.closure(Closure.of(c.date(), ClosureReason.valueOf(c.reason()), Destination.valueOf(c.destination())));
        }
        return b.build();
    }

    private static ClientPlan plan(PlainPath.Plan p) {
        ClientPlan.Builder b = ClientPlan.builder().createdOn(p.createdOn()).addAllEvaluationDates(p.evaluationDates());
        if (p.clientView() != null) {
            b.clientView(p.clientView());
        }
        if (p.workerView() != null) {
            b.workerView(p.workerView());
        }
        if (p.agreement() != null) {
            b.agreement(p.agreement());
        }
        for (String participant : p.participants()) {
            b.addParticipant(PlanParticipant.valueOf(participant));
        }
        for (PlainPath.GoalRecord g : p.goals()) {
            Goal.Builder gb = Goal.builder().id(GoalId.of(g.id())).words(g.words())
                    .lifeArea(IcfChapter.valueOf(g.lifeArea())).setOn(g.setOn());
            if (g.targetDate() != null) {
                gb.targetDate(g.targetDate());
            }
            for (PlainPath.StatusChange c : g.statusHistory()) {
                gb.addStatusHistory(GoalStatusChange.of(c.date(), GoalStatus.valueOf(c.status())));
            }
            b.addGoal(gb.build());
        }
        return b.build();
    }

    private static Service service(PlainPath.ServiceRecord s) {
        Service.Builder b = Service.builder()
                .id(ServiceId.of(s.id()))
                .kind(ServiceKind.valueOf(s.kind()))
                .form(ServiceForm.valueOf(s.form()))
                .deliveryMode(DeliveryMode.valueOf(s.deliveryMode()))
                .period(period(s.period()));
        for (String c : s.components()) {
            b.addComponent(SocialRehabilitationComponent.valueOf(c));
        }
        for (String m : s.methods()) {
            b.addMethod(ServiceMethod.valueOf(m));
        }
        Provider.Builder pb = Provider.builder().type(ProviderType.valueOf(s.provider().type()));
        if (s.provider().name() != null) {
            pb.name(s.provider().name());
        }
        if (s.provider().approvedProviderId() != null) {
            pb.approvedProviderId(s.provider().approvedProviderId());
        }
        b.provider(pb.build());
        PlainPath.Voucher v = s.funding().voucher();
        if (v != null) {
            Voucher.Builder vb = Voucher.builder().incomeRelated(v.incomeRelated()).refused(v.refused())
                    .freeByLaw(v.freeByLaw());
            if (v.value() != null) {
                vb.value(VoucherValue.of(v.value().euros(), VoucherValueUnit.valueOf(v.value().unit())));
            }
            if (v.assessmentReference() != null) {
                vb.assessmentReference(v.assessmentReference());
            }
            b.funding(Funding.ofVoucher(vb.build()));
        } else {
            b.funding(Funding.of(FundingType.valueOf(s.funding().type())));
        }
        if (s.schedule() != null) {
            b.schedule(Schedule.of(s.schedule().sessionsPerWeek(), s.schedule().hoursPerSession()));
        }
        for (PlainPath.AttendanceRecord a : s.attendances()) {
            Attendance.Builder ab = Attendance.builder().date(a.date()).status(AttendanceStatus.valueOf(a.status()));
            if (a.hours() != null) {
                ab.hours(a.hours());
            }
            b.addAttendance(ab.build());
        }
        return b.build();
    }

    private static DateRange period(PlainPath.Period p) {
        return p.end() == null ? DateRange.startingOn(p.start()) : DateRange.of(p.start(), p.end());
    }
}
