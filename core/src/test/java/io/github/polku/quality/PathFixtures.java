package io.github.polku.quality;

import io.github.polku.calendar.DateRange;
import io.github.polku.client.ClientId;
import io.github.polku.client.Organiser;
import io.github.polku.client.OrganiserType;
import io.github.polku.measurement.Instruments;
import io.github.polku.measurement.Measurement;
import io.github.polku.measurement.Respondent;
import io.github.polku.path.ClientPlan;
import io.github.polku.path.ContactChannel;
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

/** Small builders of obviously fictional paths for the quality and cohort tests. */
final class PathFixtures {

    /** A free text that must never reach a result, evidence, explanation or summary. */
    static final String SECRET_VIEW = "FICTIONAL-SECRET Maija Meikalainen feels lonely";

    private PathFixtures() {
    }

    static Organiser county() {
        return Organiser.of(OrganiserType.WELLBEING_SERVICES_COUNTY, "PIRKANMAA");
    }

    /** A path builder with id, client, organiser and first contact. */
    static RehabilitationPath.Builder path(String id, LocalDate contact, ContactChannel channel) {
        return RehabilitationPath.builder().id(PathId.of(id)).clientId(ClientId.of("C-" + id)).organiser(county())
                .firstContact(FirstContact.of(contact, channel));
    }

    /** An assessment pending on the given day, started then, completed on {@code completed} (null: not completed). */
    static ServiceNeedAssessment assessment(LocalDate pending, LocalDate completed) {
        ServiceNeedAssessment.Builder b = ServiceNeedAssessment.builder().pendingOn(pending).startedOn(pending)
                .rehabilitationNeed(true).clientView(SECRET_VIEW);
        if (completed != null) {
            b.completedOn(completed);
        }
        return b.build();
    }

    /** A plan made with the client, with the client's view, no goals. */
    static ClientPlan plan(LocalDate created) {
        return ClientPlan.builder().createdOn(created).clientView(SECRET_VIEW).workerView("FICTIONAL worker view")
                .addParticipant(PlanParticipant.CLIENT).addParticipant(PlanParticipant.NAMED_WORKER).build();
    }

    /** Stage changes to assessment, planning and rehabilitation on the given days. */
    static RehabilitationPath.Builder throughRehabilitation(RehabilitationPath.Builder b, LocalDate assessment,
            LocalDate planning, LocalDate rehabilitation) {
        return b.addStageChange(StageChange.of(assessment, Stage.ASSESSMENT))
                .addStageChange(StageChange.of(planning, Stage.PLANNING))
                .addStageChange(StageChange.of(rehabilitation, Stage.REHABILITATION));
    }

    /** A social rehabilitation service of own production; {@code end} null for an open period. */
    static Service service(String id, ServiceForm form, DeliveryMode mode, LocalDate start, LocalDate end,
            Attendance... attendances) {
        Service.Builder b = Service.builder().id(ServiceId.of(id)).kind(ServiceKind.SOCIAL_REHABILITATION)
                .addComponent(SocialRehabilitationComponent.EVERYDAY_LIFE_COACHING)
                .addMethod(ServiceMethod.EVERYDAY_LIFE_COACHING).form(form).deliveryMode(mode)
                .provider(Provider.of(ProviderType.PUBLIC)).funding(Funding.of(FundingType.OWN_PRODUCTION))
                .period(end == null ? DateRange.startingOn(start) : DateRange.of(start, end));
        for (Attendance a : attendances) {
            b.addAttendance(a);
        }
        return b.build();
    }

    static Attendance attended(LocalDate date) {
        return Attendance.of(date, AttendanceStatus.ATTENDED);
    }

    static Attendance attended(LocalDate date, DeliveryMode mode) {
        return Attendance.builder().date(date).status(AttendanceStatus.ATTENDED).deliveryMode(mode).build();
    }

    static Attendance session(LocalDate date, AttendanceStatus status) {
        return Attendance.of(date, status);
    }

    /** A perceived work ability rating (0-10, higher is better). */
    static Measurement workAbility(LocalDate date, Respondent respondent, int value) {
        return Measurement.builder().instrumentId(Instruments.PERCEIVED_WORK_ABILITY_ID).date(date).respondent(respondent)
                .putScore(Instruments.WORK_ABILITY, BigDecimal.valueOf(value)).build();
    }
}
